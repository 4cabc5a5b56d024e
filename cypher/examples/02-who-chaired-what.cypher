// vi: Ai chủ trì hội nghị nào
// Every meeting and who chaired it, with the sentence that says so.
MATCH (p:Person)-[c:CHAIRED]->(m:Meeting)
OPTIONAL MATCH (m)-[:HELD_BY]->(b:Body)
RETURN m.date AS date, b.name AS body, p.name AS chair, c.article AS article, c.sentence AS evidence
ORDER BY date, chair;
