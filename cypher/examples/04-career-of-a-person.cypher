// A person's posts over time and the meetings they chaired or spoke at.
// Parameters: $name — e.g. "Lâm Thị Phương Thanh".
MATCH (p:Person {name: $name})
OPTIONAL MATCH (p)-[h:HELD_POST]->(post:Post)
WITH p, post, min(h.observedAt) AS firstSeen, max(h.observedAt) AS lastSeen
ORDER BY firstSeen
WITH p, collect({post: post.name, from: firstSeen, to: lastSeen}) AS posts
OPTIONAL MATCH (p)-[r:CHAIRED|SPOKE_AT]->(m:Meeting)
WITH p, posts, m, collect(type(r)) AS roles
ORDER BY m.date
RETURN p.name AS person, posts, collect({meeting: m.name, date: m.date, roles: roles}) AS meetings;
