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
RETURN a.key AS from, b.key AS to, s.basis AS basis, s.gapFrom AS gapFrom, s.gapTo AS gapTo, s.gapDays AS gapDays
ORDER BY a.order, b.order;

// name: people-by-search
MATCH (p:Person {search: $search})
RETURN p.key AS key, p.name AS name, p.province AS province
ORDER BY province, key;

// name: tenures-of-person
MATCH (:Person {key: $person})-[:HAS_TENURE]->(t:Tenure)
RETURN t AS tenure
ORDER BY coalesce(t.from, t.to, t.endedBy, '9999'), t.post;

// name: meetings-of-person
MATCH (:Person {key: $person})-[r:CHAIRED|SPOKE_AT]->(m:Meeting)
OPTIONAL MATCH (m)-[:HELD_BY]->(b:Body)
RETURN type(r) AS role, m.key AS key, m.name AS meeting, m.kind AS kind, m.date AS date, b.name AS body, r.article AS article, r.sentence AS sentence
ORDER BY coalesce(date, '9999'), meeting, role;

// name: approved-at-chaired
MATCH (:Person {key: $person})-[:CHAIRED]->(m:Meeting)-[a:APPROVED]->(r:Resolution)
RETURN m.key AS meetingKey, m.name AS meeting, m.date AS date, r.name AS resolution, a.article AS article, a.sentence AS sentence
ORDER BY coalesce(date, '9999'), resolution;

// name: conflicts
MATCH (c:Conflict)-[:INVOLVES]->(t:Tenure)
WITH c, t ORDER BY t.order
RETURN c AS conflict, collect(t) AS tenures
ORDER BY c.post, c.from, c.key;
