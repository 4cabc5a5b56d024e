// vi: Ai giữ chức vụ vào một ngày
// Who held a post on a given day: a tenure begun by then and not ended before it (an open one has not ended).
// An empty answer on a single seat means the day falls in a gap the articles do not cover.
// Parameters: $post — e.g. "Bí thư Tỉnh ủy Lạng Sơn"; $date — e.g. "2019-06-01".
MATCH (t:Tenure)-[:OF_POST]->(:Post {name: $post})
WHERE t.from <= $date AND (t.to >= $date OR (t.to IS NULL AND t.toBasis = 'open'))
RETURN t.name AS holder, t.acting AS acting, t.from AS from, t.to AS to, t.lastSeen AS lastSeen
ORDER BY t.order;
