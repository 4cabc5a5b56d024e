// The analyst's corrections (src/curation), applied after every load: a rejected fact is marked and counts for
// nothing; a renamed post shows its new name. Corrections no longer in the file are undone. Merges and splits
// are identity's (identity.cypher).

// name: unreject
// Facts rejected by a correction that is no longer in the file count again.
MATCH (a) WHERE (a:Person OR a:Meeting) AND a.rejectedFacts IS NOT NULL
MATCH (a)-[r]->(b) WHERE r.rejectedBy IS NOT NULL AND NOT r.rejectedBy IN $ids
REMOVE r.rejected, r.rejectedBy, r.rejectReason
WITH a, b
SET a.rejectedFacts = null
RETURN DISTINCT CASE WHEN b:Post THEN b.key END AS post;

// name: reject-person-facts
// $rows: {id, type, from, to, article, reason}: the fact of one article, read from a reading (`from`), on the
// person the reading is read as.
UNWIND $rows AS x
MATCH (:Reading {key: x.from})-[:READ_AS]->(a:Person)-[r]->(b)
WHERE type(r) = x.type AND r.article = x.article AND r.reading = x.from AND b.key = x.to
SET r.rejected = true, r.rejectedBy = x.id, r.rejectReason = x.reason, a.rejectedFacts = true
RETURN x.id AS id, CASE WHEN b:Post THEN b.key END AS post;

// name: unconfirm
// Facts confirmed by a correction that is no longer in the file may be doubted again.
MATCH (a:Person) WHERE a.confirmedFacts IS NOT NULL
MATCH (a)-[r]->(b) WHERE r.confirmedBy IS NOT NULL AND NOT r.confirmedBy IN $ids
REMOVE r.confirmedBy, r.confirmReason
WITH a, b
SET a.confirmedFacts = null
RETURN DISTINCT CASE WHEN b:Post THEN b.key END AS post;

// name: confirm-person-facts
// $rows: {id, type, from, to, article, reason}: a fact of one article, read from a reading (`from`), that an analyst
// says is right: it is never doubtful (src/tenure/tenures.ts).
UNWIND $rows AS x
MATCH (:Reading {key: x.from})-[:READ_AS]->(a:Person)-[r]->(b)
WHERE type(r) = x.type AND r.article = x.article AND r.reading = x.from AND b.key = x.to
SET r.confirmedBy = x.id, r.confirmReason = x.reason, a.confirmedFacts = true
RETURN x.id AS id, CASE WHEN b:Post THEN b.key END AS post;

// name: reject-meeting-facts
UNWIND $rows AS x
MATCH (a:Meeting {key: x.from})-[r:APPROVED]->(b:Resolution {key: x.to})
WHERE r.article = x.article
SET r.rejected = true, r.rejectedBy = x.id, r.rejectReason = x.reason, a.rejectedFacts = true
RETURN x.id AS id, null AS post;

// name: unrename
// Posts renamed by a correction that is no longer in the file take their name back.
MATCH (p:Post) WHERE p.correctedBy IS NOT NULL AND NOT p.correctedBy IN $ids
SET p.name = p.renamedFrom, p.search = p.originalSearch
REMOVE p.correctedBy, p.renamedFrom, p.originalSearch, p.renameReason
RETURN p.key AS post;

// name: rename-posts
// $rows: {id, post, to, search, reason}. The name the articles gave is kept (renamedFrom) to show and to undo.
UNWIND $rows AS x
MATCH (p:Post {key: x.post})
SET p.renamedFrom = CASE WHEN p.correctedBy IS NULL THEN p.name ELSE p.renamedFrom END,
  p.originalSearch = CASE WHEN p.correctedBy IS NULL THEN p.search ELSE p.originalSearch END,
  p.name = x.to, p.search = x.search, p.correctedBy = x.id, p.renameReason = x.reason
RETURN p.key AS post;

// name: person-node
// A reading by its key (a person's key is the key of its own reading), with the person it is read as.
MATCH (p:Reading {key: $key})-[:READ_AS]->(q:Person)
RETURN p.key AS key, p.name AS name, q.key AS person, p.province AS province;

// name: facts-of-person
// The facts of a person, to a post or a meeting, with their article and sentence; `from` is the reading a
// correction names the fact by (it stays when identity changes).
MATCH (:Person {key: $person})-[r:HELD_POST|TOOK_POST|LEFT_POST|CHAIRED|SPOKE_AT]->(b)
RETURN type(r) AS type, r.reading AS from, b.key AS to, b.name AS target, r.article AS article, r.sentence AS sentence
ORDER BY target, type, article;

// name: fact
// One fact by its type, ends and article (the viewer names an edge this way: from a person's key, or the
// reading it was read from), with the reading it was read from.
CALL () {
  MATCH (a:Person {key: $from})-[r]->(b) WHERE b.key = $to AND type(r) = $type AND r.article = $article RETURN a, r, b, r.reading AS reading
  UNION
  MATCH (:Reading {key: $from})-[:READ_AS]->(a:Person)-[r]->(b) WHERE r.reading = $from AND b.key = $to AND type(r) = $type AND r.article = $article
  RETURN a, r, b, r.reading AS reading
  UNION
  MATCH (a:Meeting {key: $from})-[r:APPROVED]->(b:Resolution {key: $to}) WHERE $type = 'APPROVED' AND r.article = $article RETURN a, r, b, a.key AS reading
}
RETURN a.name AS fromName, b.name AS toName, r.sentence AS sentence, reading
LIMIT 1;

// name: post-by-key
MATCH (post:Post {key: $key})
RETURN post.key AS key, post.name AS name;
