// vi: Nghị quyết một cơ quan thông qua trong một năm
// What a body's meetings adopted in a year.
// Parameters: $body — e.g. "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"; $year — e.g. "2021".
MATCH (m:Meeting)-[:HELD_BY]->(:Body {name: $body})
WHERE m.date STARTS WITH $year
MATCH (m)-[a:APPROVED]->(r:Resolution)
RETURN m.date AS date, r.name AS resolution, a.sentence AS evidence
ORDER BY date, resolution;
