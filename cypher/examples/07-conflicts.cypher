// vi: Mâu thuẫn giữa các nguồn
// Single-seat posts shown with two holders at once, and "thay ông X" statements the computed order
// contradicts: the two tenures involved and the articles behind each.
MATCH (c:Conflict)-[:INVOLVES]->(t:Tenure)
WITH c, t ORDER BY t.order
RETURN c.kind AS kind, c.post AS post, c.from AS from, c.to AS to,
       collect({holder: t.name, from: t.from, to: t.to, articles: t.evidenceArticles}) AS sides, c.message AS message
ORDER BY post, from;
