// Read statements used by the API and the CLI; every value is a $parameter.

// name: search
CALL db.index.fulltext.queryNodes('kg_search', $lucene) YIELD node, score
RETURN labels(node)[0] AS label, node.key AS key, node.name AS name, coalesce(node.title, node.date, node.province) AS detail, score
ORDER BY score DESC, name
LIMIT $limit;

// name: node-by-key
CALL {
  MATCH (n:Person {key: $key}) RETURN n UNION
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
OPTIONAL MATCH (n)-[r]-()
WITH n, count(r) AS degree
RETURN n, degree;

// name: neighbors
CALL {
  MATCH (n:Person {key: $key}) RETURN n UNION
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
WHERE (size($types) = 0 OR type(r) IN $types)
RETURN n, r, m, startNode(r) = n AS outgoing
ORDER BY type(r), m.name
LIMIT $limit;

// name: stats-labels
MATCH (n) RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label;

// name: stats-types
MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type;
