// Identity: which Person nodes are one person (src/identity/identity.ts), written after each load for the
// names whose nodes or ties changed. Computed, like tenures: SAME_PERSON relationships and `person` are
// replaced whenever the name's facts change. Never edited by hand.

// name: adopt-unkeyed
// Nodes written before identity was worked out have no name key: they get one and are due. (The ties of their
// articles come with the articles' next load.)
MATCH (p:Person) WHERE p.nameKey IS NULL
SET p.nameKey = split(p.key, '@')[0], p.identityDue = true;

// name: names-due
// Names whose nodes a load wrote or whose facts were deleted since identity was last worked out.
MATCH (p:Person) WHERE p.identityDue
RETURN DISTINCT p.nameKey AS name;

// name: mark-curated-due
// The names of the nodes the analyst's merges and splits name now ($nodes) or named before (curatedBy): due.
MATCH (p:Person) WHERE p.curatedBy IS NOT NULL OR p.key IN $nodes
WITH DISTINCT p.nameKey AS n
MATCH (q:Person {nameKey: n})
SET q.identityDue = true;

// name: all-names
MATCH (p:Person) WHERE p.nameKey IS NOT NULL
RETURN DISTINCT p.nameKey AS name;

// name: lock-names
// Takes the write lock of every node of these names, in key order: two `kg ingest` processes working out the
// same names wait for each other (as tenures.cypher's lock-posts).
UNWIND $names AS n
MATCH (p:Person {nameKey: n})
WITH p ORDER BY p.key
SET p.identityLock = true
REMOVE p.identityLock;

// name: atoms-of-names
// Every node of these names, with the ties each article that mentions it gives (parallel lists on MENTIONS).
UNWIND $names AS n
MATCH (p:Person {nameKey: n})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(p) WHERE m.tieTo IS NOT NULL
WITH p, m ORDER BY m.article
RETURN p.key AS key, p.name AS name, p.province AS province, coalesce(p.person, p.key) AS was,
  collect(CASE WHEN m IS NULL THEN null ELSE {article: m.article, to: m.tieTo, reason: m.tieReason, post: m.tiePost, sentence: m.tieSentence, rule: m.tieRule} END) AS ties
ORDER BY key;

// name: delete-same-person
UNWIND $names AS n
MATCH (p:Person {nameKey: n})-[r:SAME_PERSON]->()
DELETE r;

// name: write-identity
// $rows: {atom, person, curatedBy, ties: [{from, to, reason, post, article, sentence, rule}]}; curatedBy: the ids of
// the analyst's corrections (merge, split) that name the node, null for none. Every node gets its person's
// key; a node other than the person's own gets a SAME_PERSON relationship to it, with the ties as evidence.
UNWIND $rows AS row
MATCH (p:Person {key: row.atom})
SET p.person = row.person, p.curatedBy = row.curatedBy
REMOVE p.identityDue
WITH p, row WHERE row.atom <> row.person
MATCH (q:Person {key: row.person})
MERGE (p)-[r:SAME_PERSON]->(q)
SET r.rule = 'identity', r.reasons = [t IN row.ties | t.reason], r.posts = [t IN row.ties | t.post],
  r.articles = [t IN row.ties | t.article], r.sentences = [t IN row.ties | t.sentence], r.tieRules = [t IN row.ties | t.rule];

// name: posts-of-atoms
// The posts whose holders' identity changed: their tenures are computed again.
UNWIND $atoms AS k
MATCH (:Person {key: k})-[:HELD_POST|TOOK_POST|LEFT_POST|HAS_TENURE]->(x)
OPTIONAL MATCH (x)-[:OF_POST]->(tp:Post)
WITH coalesce(tp, x) AS post WHERE post:Post
RETURN DISTINCT post.key AS key;
