// Read statements used by the API and the CLI; every value is a $parameter.

// name: search
CALL db.index.fulltext.queryNodes('kg_search', $lucene) YIELD node, score
// a person once, with every province the articles read them in
RETURN labels(node)[0] AS label, node.key AS key, node.name AS name,
  coalesce(node.title, node.date, CASE WHEN size(coalesce(node.provinces, [])) > 0 THEN reduce(s = head(node.provinces), x IN tail(node.provinces) | s + ', ' + x) END, node.province) AS detail, score
ORDER BY score DESC, name
LIMIT $limit;

// name: neighbors
// One page of a node's neighbours (of the given relationship types, dated within [$from, $to] when given:
// undated facts are kept), with the total before paging and each neighbour's degree.
CALL {
  MATCH (n:Person {key: $key}) RETURN n UNION
  MATCH (n:Reading {key: $key}) RETURN n UNION
  MATCH (n:Post {key: $key}) RETURN n UNION
  MATCH (n:Body {key: $key}) RETURN n UNION
  MATCH (n:Province {key: $key}) RETURN n UNION
  MATCH (n:Meeting {key: $key}) RETURN n UNION
  MATCH (n:Resolution {key: $key}) RETURN n UNION
  MATCH (n:Document {key: $key}) RETURN n UNION
  MATCH (n:Article {key: $key}) RETURN n UNION
  MATCH (n:Tenure {key: $key}) RETURN n UNION
  MATCH (n:Conflict {key: $key}) RETURN n
}
WITH n WHERE $label IN labels(n)
MATCH (n)-[r]-(m)
WHERE size($types) = 0 OR type(r) IN $types
WITH n, r, m,
  CASE WHEN m:Tenure THEN coalesce(m.from, m.firstSeen) ELSE coalesce(r.date, m.date) END AS since,
  CASE WHEN m:Tenure AND m.toBasis = 'open' THEN '9999-12-31' WHEN m:Tenure THEN coalesce(m.to, m.lastSeen) ELSE coalesce(r.date, m.date) END AS until
WHERE ($from IS NULL OR until IS NULL OR until >= $from) AND ($to IS NULL OR since IS NULL OR since <= $to)
WITH n, r, m ORDER BY type(r), coalesce(m.date, m.from, ''), coalesce(m.name, m.title, m.key), m.key
WITH n, collect({r: r, m: m}) AS facts
WITH n, size(facts) AS total, facts[$skip..($skip + $limit)] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x
WITH n, total, x.r AS r, x.m AS m
RETURN n, r, m, CASE WHEN r IS NULL THEN null ELSE startNode(r) = n END AS outgoing,
       CASE WHEN m IS NULL THEN 0 ELSE COUNT { (m)--() } END AS degree, total;

// name: stats-labels
MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label;

// name: stats-types
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type;
