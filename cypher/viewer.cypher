// Reads behind the viewer: the start view of a province, the provenance of a node, timelines.
// Every value is a $parameter; labels are never spliced in (a node is found through a UNION by key).

// name: provinces
// Provinces by the number of articles about them, then by name.
MATCH (p:Province)
OPTIONAL MATCH (p)<-[:ABOUT]-(a:Article)
RETURN p.key AS key, p.name AS name, count(a) AS articles
ORDER BY articles DESC, name;

// name: province-posts
// The province's posts that have tenures: the open (current) ones, the latest one, and the post's body.
MATCH (post:Post {province: $province})
WHERE coalesce(post.placed, false)
MATCH (post)<-[:OF_POST]-(t:Tenure)
WITH post, t ORDER BY t.order DESC
WITH post, collect(t) AS ts
// Relationships are one per article: the body and its province are drawn with one of each.
OPTIONAL MATCH (post)-[ob:OF_BODY]->(b:Body)
OPTIONAL MATCH (b)-[ip:IN_PROVINCE]->(prov:Province)
WITH post, ts, collect([b, ob, ip, prov])[0] AS via
RETURN post, via[0] AS body, via[1] AS ob, via[2] AS ip, via[3] AS prov, [t IN ts WHERE t.toBasis = 'open'] AS open, ts[0] AS latest, size(ts) AS tenures;

// name: province-meetings
// The latest meetings held by a body of the province or reported by an article about it, with their chairs.
MATCH (p:Province {name: $province})
CALL (p) {
  MATCH (m:Meeting)-[:HELD_BY]->(:Body)-[:IN_PROVINCE]->(p) RETURN m UNION
  MATCH (m:Meeting)<-[:REPORTS]-(:Article)-[:ABOUT]->(p) RETURN m
}
WITH DISTINCT m
OPTIONAL MATCH (m)-[hb:HELD_BY]->(b:Body)
OPTIONAL MATCH (b)-[ip:IN_PROVINCE]->(prov:Province)
WITH m, collect([b, hb, ip, prov])[0] AS via
OPTIONAL MATCH (chair:Person)-[c:CHAIRED]->(m)
WITH m, via, chair, collect(c)[0] AS c
WITH m, via, collect(chair) AS chairs, collect(c) AS chaired
RETURN m AS meeting, via[0] AS body, via[1] AS hb, via[2] AS ip, via[3] AS prov, chairs, chaired, COUNT { (m)-[:APPROVED]->() } AS approved
ORDER BY coalesce(m.date, '') DESC, m.name
LIMIT $limit;

// name: held-post-rels
// The HELD_POST relationships between people and posts (the evidence that a holder held it).
UNWIND $pairs AS pair
MATCH (:Person {key: pair.person})-[r:HELD_POST]->(:Post {key: pair.post})
WITH pair, r ORDER BY coalesce(r.date, r.pageDate) DESC
WITH pair, collect(r)[0] AS r
RETURN pair.person AS person, pair.post AS post, r;

// name: nodes-by-key
// Nodes named by (label, key) pairs, in one round trip.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person {key: id.key}) WHERE id.label = 'Person' RETURN n UNION
  MATCH (n:Reading {key: id.key}) WHERE id.label = 'Reading' RETURN n UNION
  MATCH (n:Post {key: id.key}) WHERE id.label = 'Post' RETURN n UNION
  MATCH (n:Body {key: id.key}) WHERE id.label = 'Body' RETURN n UNION
  MATCH (n:Province {key: id.key}) WHERE id.label = 'Province' RETURN n UNION
  MATCH (n:Meeting {key: id.key}) WHERE id.label = 'Meeting' RETURN n UNION
  MATCH (n:Resolution {key: id.key}) WHERE id.label = 'Resolution' RETURN n UNION
  MATCH (n:Document {key: id.key}) WHERE id.label = 'Document' RETURN n UNION
  MATCH (n:Article {key: id.key}) WHERE id.label = 'Article' RETURN n UNION
  MATCH (n:Tenure {key: id.key}) WHERE id.label = 'Tenure' RETURN n UNION
  MATCH (n:Conflict {key: id.key}) WHERE id.label = 'Conflict' RETURN n
}
RETURN n, COUNT { (n)--() } AS degree;

// name: provenance
// The facts read about a node: each relationship with its sentence, rule, article (title, page date) and the
// date of the meeting it concerns.
CALL {
  MATCH (n:Person {key: $key}) RETURN n UNION
  MATCH (n:Reading {key: $key}) RETURN n UNION
  MATCH (n:Post {key: $key}) RETURN n UNION
  MATCH (n:Body {key: $key}) RETURN n UNION
  MATCH (n:Province {key: $key}) RETURN n UNION
  MATCH (n:Meeting {key: $key}) RETURN n UNION
  MATCH (n:Resolution {key: $key}) RETURN n UNION
  MATCH (n:Document {key: $key}) RETURN n UNION
  MATCH (n:Article {key: $key}) RETURN n
}
WITH n WHERE $label IN labels(n)
MATCH (n)-[r]-(m)
WHERE r.article IS NOT NULL AND r.sentence IS NOT NULL
OPTIONAL MATCH (a:Article {key: r.article})
WITH n, r, m, a, CASE WHEN m:Meeting THEN m.date WHEN n:Meeting THEN n.date END AS meetingDate
RETURN type(r) AS type, startNode(r) = n AS outgoing, labels(m)[0] AS otherLabel, m.key AS otherKey,
       coalesce(m.name, m.title) AS otherName, r.sentence AS sentence, r.rule AS rule, r.article AS article,
       a.title AS articleTitle, a.pageDate AS pageDate, meetingDate, r.date AS date
ORDER BY coalesce(meetingDate, r.date, a.pageDate, '') , type, otherName
LIMIT $limit;

// name: articles-by-key
UNWIND $keys AS k
MATCH (a:Article {key: k})
RETURN a.key AS key, a.title AS title, a.pageDate AS pageDate;

// name: post-by-key
MATCH (post:Post {key: $key})
RETURN post.key AS key, post.name AS name, coalesce(post.seats, 'many') AS seats, coalesce(post.placed, false) AS placed, post.province AS province;

// name: person-by-key
// A person by their key, or by the key of any of their readings.
CALL () {
  MATCH (q:Person {key: $key}) RETURN q UNION
  MATCH (:Reading {key: $key})-[:READ_AS]->(q:Person) RETURN q
}
RETURN q.key AS key, q.name AS name, q.province AS province
LIMIT 1;

// name: conflicts-of-tenures
UNWIND $keys AS k
MATCH (c:Conflict)-[:INVOLVES]->(:Tenure {key: k})
WITH DISTINCT c
MATCH (c)-[:INVOLVES]->(t:Tenure)
RETURN c AS conflict, collect(t.key) AS tenures
ORDER BY c.from, c.key;
