// vi: Những người kế nhiệm nhau ở một chức vụ
// The holders of a post in order of tenure, each with the next holder and the gap between them, from the
// Tenure nodes computed on load. A bound's basis says how it is known: stated (an event), seen (first or last
// day an article shows them in the post), before ("nguyên …": ended by then), open.
// Parameters: $post — the post's canonical name, e.g. "Bí thư Tỉnh ủy Lạng Sơn".
MATCH (t:Tenure)-[:OF_POST]->(:Post {name: $post})
OPTIONAL MATCH (t)-[s:SUCCEEDED_BY]->(next:Tenure)
RETURN t.name AS holder, t.acting AS acting, t.from AS from, t.fromBasis AS fromBasis, t.to AS to, t.toBasis AS toBasis,
       next.name AS successor, s.gapFrom AS gapFrom, s.gapTo AS gapTo, t.evidenceArticles AS articles
ORDER BY t.order;
