// Identity: which readings (a name as read in one place, `name@province`) are one person (src/identity/identity.ts),
// written after each load for the names whose readings or ties changed. Each person is one Person node, keyed by
// the smallest key of its readings; every reading is READ_AS its person, and the facts read from it (HELD_POST,
// TOOK_POST, LEFT_POST, CHAIRED, SPOKE_AT, and the article's MENTIONS) hang off the person, each carrying the
// reading it came from (`reading`), so that they follow it when identity changes. SAME_PERSON relationships between
// readings keep the ties as evidence. Computed, never edited by hand.

// name: adopt-unkeyed
// Readings written before identity was worked out have no name key: they get one and are due.
MATCH (p:Reading) WHERE p.nameKey IS NULL
SET p.nameKey = split(p.key, '@')[0], p.identityDue = true;

// name: names-due
// Names whose readings a load wrote or whose facts were deleted since identity was last worked out.
MATCH (p:Reading) WHERE p.identityDue
RETURN DISTINCT p.nameKey AS name;

// name: mark-curated-due
// The names of the readings the analyst's merges and splits name now ($nodes) or named before (curatedBy): due.
MATCH (p:Reading) WHERE p.curatedBy IS NOT NULL OR p.key IN $nodes
WITH DISTINCT p.nameKey AS n
MATCH (q:Reading {nameKey: n})
SET q.identityDue = true;

// name: all-names
MATCH (p:Reading) WHERE p.nameKey IS NOT NULL
RETURN DISTINCT p.nameKey AS name;

// name: lock-names
// Takes the write lock of every reading of these names, in key order: two `kg ingest` processes working out the
// same names wait for each other (as tenures.cypher's lock-posts).
UNWIND $names AS n
MATCH (p:Reading {nameKey: n})
WITH p ORDER BY p.key
SET p.identityLock = true
REMOVE p.identityLock;

// name: atoms-of-names
// Every reading of these names, the person it is read as now, and the ties each article that reads it gives
// (parallel lists on READS).
UNWIND $names AS n
MATCH (p:Reading {nameKey: n})
OPTIONAL MATCH (p)-[:READ_AS]->(now:Person)
OPTIONAL MATCH (:Article)-[m:READS]->(p) WHERE m.tieTo IS NOT NULL
WITH p, now, m ORDER BY m.article
RETURN p.key AS key, p.name AS name, p.province AS province, now.key AS was,
  collect(CASE WHEN m IS NULL THEN null ELSE {article: m.article, to: m.tieTo, reason: m.tieReason, post: m.tiePost, sentence: m.tieSentence, rule: m.tieRule} END) AS ties
ORDER BY key;

// name: delete-same-person
UNWIND $names AS n
MATCH (p:Reading {nameKey: n})-[r:SAME_PERSON]->()
DELETE r;

// name: write-identity
// $rows: {atom, person, curatedBy, ties: [{from, to, reason, post, article, sentence, rule}]}; curatedBy: the ids of
// the analyst's corrections (merge, split) that name the reading, null for none. Every reading gets its person's
// key; a reading other than the person's own gets a SAME_PERSON relationship to it, with the ties as evidence.
UNWIND $rows AS row
MATCH (p:Reading {key: row.atom})
SET p.person = row.person, p.curatedBy = row.curatedBy
REMOVE p.identityDue
WITH p, row WHERE row.atom <> row.person
MATCH (q:Reading {key: row.person})
MERGE (p)-[r:SAME_PERSON]->(q)
SET r.rule = 'identity', r.reasons = [t IN row.ties | t.reason], r.posts = [t IN row.ties | t.post],
  r.articles = [t IN row.ties | t.article], r.sentences = [t IN row.ties | t.sentence], r.tieRules = [t IN row.ties | t.rule];

// name: write-persons
// $rows: {key, name, search, nameKey, province, provinces}: each person of the names, one node, as a reader names
// them (the name of its own reading, the provinces of all its readings).
UNWIND $rows AS row
MERGE (p:Person {key: row.key})
SET p.name = row.name, p.search = row.search, p.nameKey = row.nameKey, p.province = row.province, p.provinces = row.provinces
// (a store written before people had nodes of their own kept these on the person's readings)
REMOVE p.person, p.identityDue, p.curatedBy;

// name: move-readings
// $moves: {atom, was, person}: the reading is now read as another person.
UNWIND $moves AS mv
MATCH (r:Reading {key: mv.atom})
OPTIONAL MATCH (r)-[old:READ_AS]->()
DELETE old
WITH r, mv
MATCH (p:Person {key: mv.person})
MERGE (r)-[:READ_AS]->(p);

// The facts of a moved reading follow it to its new person: one statement per relationship type (a type is
// never a parameter), each copying the relationship with its properties and deleting the old one.

// name: move-HELD_POST
UNWIND $moves AS mv
MATCH (a:Person {key: mv.was})-[r:HELD_POST]->(x) WHERE r.reading = mv.atom
MATCH (b:Person {key: mv.person})
CREATE (b)-[n:HELD_POST]->(x) SET n = properties(r)
DELETE r;

// name: move-TOOK_POST
UNWIND $moves AS mv
MATCH (a:Person {key: mv.was})-[r:TOOK_POST]->(x) WHERE r.reading = mv.atom
MATCH (b:Person {key: mv.person})
CREATE (b)-[n:TOOK_POST]->(x) SET n = properties(r)
DELETE r;

// name: move-LEFT_POST
UNWIND $moves AS mv
MATCH (a:Person {key: mv.was})-[r:LEFT_POST]->(x) WHERE r.reading = mv.atom
MATCH (b:Person {key: mv.person})
CREATE (b)-[n:LEFT_POST]->(x) SET n = properties(r)
DELETE r;

// name: move-CHAIRED
UNWIND $moves AS mv
MATCH (a:Person {key: mv.was})-[r:CHAIRED]->(x) WHERE r.reading = mv.atom
MATCH (b:Person {key: mv.person})
CREATE (b)-[n:CHAIRED]->(x) SET n = properties(r)
DELETE r;

// name: move-SPOKE_AT
UNWIND $moves AS mv
MATCH (a:Person {key: mv.was})-[r:SPOKE_AT]->(x) WHERE r.reading = mv.atom
MATCH (b:Person {key: mv.person})
CREATE (b)-[n:SPOKE_AT]->(x) SET n = properties(r)
DELETE r;

// name: move-MENTIONS
UNWIND $moves AS mv
MATCH (a:Person {key: mv.was})<-[r:MENTIONS]-(x) WHERE r.reading = mv.atom
MATCH (b:Person {key: mv.person})
CREATE (x)-[n:MENTIONS]->(b) SET n = properties(r)
DELETE r;

// name: flag-moved-corrections
// A moved fact that a correction rejected or confirmed: its new person is marked, so that taking the correction
// back finds it (curation.cypher, unreject and unconfirm start from the marked people).
UNWIND $moves AS mv
MATCH (b:Person {key: mv.person})-[r]->()
WHERE r.reading = mv.atom AND (r.rejectedBy IS NOT NULL OR r.confirmedBy IS NOT NULL)
WITH b, collect(r) AS rs
SET b.rejectedFacts = CASE WHEN any(x IN rs WHERE x.rejectedBy IS NOT NULL) THEN true ELSE b.rejectedFacts END,
  b.confirmedFacts = CASE WHEN any(x IN rs WHERE x.confirmedBy IS NOT NULL) THEN true ELSE b.confirmedFacts END;

// name: delete-unread-persons
// A person no reading is read as any more (its readings moved to another): gone, with its tenures' links (the
// tenures of its posts are computed again).
UNWIND $keys AS k
MATCH (p:Person {key: k})
WHERE NOT EXISTS { (:Reading)-[:READ_AS]->(p) }
DETACH DELETE p;

// name: posts-of-atoms
// The posts whose holders' identity changed: their tenures are computed again.
UNWIND $atoms AS k
MATCH (:Reading {key: k})-[:READ_AS]->(p:Person)-[r:HELD_POST|TOOK_POST|LEFT_POST]->(post:Post)
WHERE r.reading = k
RETURN DISTINCT post.key AS key;
