// People shown holding two posts in the same article: concurrent posts ("kiêm", appositive lists).
MATCH (p:Person)-[h1:HELD_POST]->(a:Post), (p)-[h2:HELD_POST]->(b:Post)
WHERE h1.article = h2.article AND a.name < b.name AND h1.current AND h2.current
RETURN p.name AS person, a.name AS post1, b.name AS post2, h1.observedAt AS seen, h1.article AS article
ORDER BY person, seen;
