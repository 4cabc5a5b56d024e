// vi: Quá trình công tác của một người
// A person's posts over time (computed tenures) and the meetings they chaired or spoke at, across provinces
// and the centre (one node per person: namesakes in different provinces are one row each).
// Parameters: $name — e.g. "Lâm Thị Phương Thanh".
MATCH (p:Person {name: $name})
OPTIONAL MATCH (p)-[:HAS_TENURE]->(t:Tenure)
WITH p, t ORDER BY coalesce(t.from, t.to, '9999'), t.post
WITH p, collect({post: t.post, acting: t.acting, from: t.from, to: t.to, toBasis: t.toBasis}) AS posts
OPTIONAL MATCH (p)-[r:CHAIRED|SPOKE_AT]->(m:Meeting)
WITH p, posts, m, collect(type(r)) AS roles
ORDER BY m.date
RETURN p.name AS person, p.provinces AS provinces, posts, collect({meeting: m.name, date: m.date, roles: roles}) AS meetings;
