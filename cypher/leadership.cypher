// Leadership over time, read by the CLI (kg succession, holders, person, chaired, conflicts) and the API.
// Names are matched by their folded search key ($search), so any spelling variant finds them.

// name: posts-by-search
MATCH (post:Post {search: $search})
RETURN post.key AS key, post.name AS name, coalesce(post.seats, 'many') AS seats, coalesce(post.placed, false) AS placed, post.province AS province
ORDER BY name;

// name: suggest
CALL db.index.fulltext.queryNodes('kg_search', $lucene) YIELD node, score
WHERE $label IN labels(node)
RETURN node.name AS name, score
ORDER BY score DESC, name
LIMIT 5;

// name: tenures-of-post
MATCH (t:Tenure {postKey: $post})
RETURN t AS tenure
ORDER BY t.order;

// name: successions-of-post
MATCH (a:Tenure {postKey: $post})-[s:SUCCEEDED_BY]->(b:Tenure)
RETURN a.key AS from, b.key AS to, s.basis AS basis, s.gapFrom AS gapFrom, s.gapTo AS gapTo, s.gapDays AS gapDays, s.across AS across
ORDER BY a.order, b.order;

// name: people-by-search
// The people a name may mean: one node each (src/identity), and a person whose reading of another spelling an
// analyst merged with them.
CALL () {
  MATCH (q:Person {search: $search}) RETURN q UNION
  MATCH (:Reading {search: $search})-[:READ_AS]->(q:Person) RETURN q
}
RETURN q.key AS key, q.name AS name, q.province AS province
ORDER BY province, key;

// name: nodes-of-person
// The readings that are one person, with the ties that made them one (SAME_PERSON, written by identity.cypher).
MATCH (x:Person {key: $person})<-[:READ_AS]-(p:Reading)
OPTIONAL MATCH (p)-[s:SAME_PERSON]->(:Reading {key: $person})
RETURN p.key AS key, p.province AS province, s.reasons AS reasons, s.posts AS posts, s.articles AS articles, s.sentences AS sentences
ORDER BY key;

// name: tenures-of-person
// a tenure with its post's province: a career runs across provinces and the centre
MATCH (:Person {key: $person})-[:HAS_TENURE]->(t:Tenure)
OPTIONAL MATCH (t)-[:OF_POST]->(post:Post)
RETURN t {.*, province: post.province, scope: post.scope} AS tenure
ORDER BY coalesce(t.from, t.to, t.endedBy, '9999'), t.post;

// name: meetings-of-person
MATCH (:Person {key: $person})-[r:CHAIRED|SPOKE_AT]->(m:Meeting) WHERE r.rejected IS NULL
OPTIONAL MATCH (m)-[:HELD_BY]->(b:Body)
RETURN type(r) AS role, m.key AS key, m.name AS meeting, m.kind AS kind, m.date AS date, b.name AS body, r.article AS article, r.sentence AS sentence
ORDER BY coalesce(date, '9999'), meeting, role;

// name: approved-at-chaired
MATCH (:Person {key: $person})-[c:CHAIRED]->(m:Meeting)-[a:APPROVED]->(r:Resolution) WHERE c.rejected IS NULL AND a.rejected IS NULL
RETURN m.key AS meetingKey, m.name AS meeting, m.date AS date, r.name AS resolution, a.article AS article, a.sentence AS sentence
ORDER BY coalesce(date, '9999'), resolution;

// name: conflicts
MATCH (c:Conflict)-[:INVOLVES]->(t:Tenure)
WITH c, t ORDER BY t.order
RETURN c AS conflict, collect(t) AS tenures
ORDER BY c.post, c.from, c.key;
