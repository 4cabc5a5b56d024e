// Who held a post, in the order of the meetings at which articles show them in it.
// Parameters: $post — the post's canonical name, e.g. "Bí thư Tỉnh ủy Lạng Sơn".
MATCH (p:Person)-[h:HELD_POST]->(post:Post {name: $post})
WHERE h.current
WITH p, min(h.observedAt) AS firstSeen, max(h.observedAt) AS lastSeen, collect(DISTINCT h.article) AS articles
RETURN p.name AS person, firstSeen, lastSeen, articles
ORDER BY firstSeen;
