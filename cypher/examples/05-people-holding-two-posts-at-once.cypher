// vi: Người giữ hai chức vụ cùng lúc
// People who held two posts at the same time: their tenures overlap on days the articles show both
// (an open tenure counts up to its last sighting). "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh" is one such pair.
MATCH (p:Person)-[:HAS_TENURE]->(a:Tenure), (p)-[:HAS_TENURE]->(b:Tenure)
WHERE a.post < b.post AND a.from IS NOT NULL AND b.from IS NOT NULL
  AND a.from <= coalesce(b.to, b.lastSeen) AND b.from <= coalesce(a.to, a.lastSeen)
RETURN p.name AS person, a.post AS post1, b.post AS post2,
       CASE WHEN a.from > b.from THEN a.from ELSE b.from END AS since,
       a.concurrent OR b.concurrent AS saidConcurrently
ORDER BY person, since, post1, post2;
