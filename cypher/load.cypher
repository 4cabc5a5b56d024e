// Load statements, one per label and relationship type, run by src/store/load-graph.ts.
// Rows come as $rows; MERGE on the key (nodes) or on the article (relationships) makes every load idempotent.

// name: stored-hashes
UNWIND $keys AS k
MATCH (a:Article {key: k})
RETURN a.key AS key, a.contentHash AS hash;

// name: delete-article-facts
// Returns the posts whose holdings or events went, so that their tenures are computed again.
MATCH (:Article {key: $article})
OPTIONAL MATCH ()-[r:HELD_POST|TOOK_POST|LEFT_POST|CHAIRED|SPOKE_AT|APPROVED|HELD_BY|OF_BODY|IN_PROVINCE|REPORTS|MENTIONS|CITES|ISSUED_BY|ABOUT]->(x)
WHERE r.article = $article
WITH r, CASE WHEN type(r) IN ['HELD_POST', 'TOOK_POST', 'LEFT_POST'] THEN x.key END AS post
DELETE r
RETURN collect(DISTINCT post) AS posts;

// name: delete-orphans
MATCH (n)
WHERE NOT n:Article AND NOT n:Province AND NOT (n)--()
DELETE n;

// name: merge-Article
UNWIND $rows AS row MERGE (n:Article {key: row.key}) SET n += row.props;
// name: merge-Person
UNWIND $rows AS row MERGE (n:Person {key: row.key}) SET n += row.props;
// name: merge-Post
UNWIND $rows AS row MERGE (n:Post {key: row.key}) SET n += row.props;
// name: merge-Body
UNWIND $rows AS row MERGE (n:Body {key: row.key}) SET n += row.props;
// name: merge-Province
UNWIND $rows AS row MERGE (n:Province {key: row.key}) SET n += row.props;
// name: merge-Meeting
UNWIND $rows AS row MERGE (n:Meeting {key: row.key}) SET n += row.props;
// name: merge-Resolution
UNWIND $rows AS row MERGE (n:Resolution {key: row.key}) SET n += row.props;
// name: merge-Document
UNWIND $rows AS row MERGE (n:Document {key: row.key}) SET n += row.props;

// name: merge-HELD_POST
UNWIND $rows AS row MATCH (a:Person {key: row.from}) MATCH (b:Post {key: row.to})
MERGE (a)-[r:HELD_POST {article: row.props.article, acting: row.props.acting}]->(b) SET r += row.props;
// name: merge-TOOK_POST
UNWIND $rows AS row MATCH (a:Person {key: row.from}) MATCH (b:Post {key: row.to})
MERGE (a)-[r:TOOK_POST {article: row.props.article, kind: row.props.kind}]->(b) SET r += row.props;
// name: merge-LEFT_POST
UNWIND $rows AS row MATCH (a:Person {key: row.from}) MATCH (b:Post {key: row.to})
MERGE (a)-[r:LEFT_POST {article: row.props.article, kind: row.props.kind}]->(b) SET r += row.props;
// name: merge-CHAIRED
UNWIND $rows AS row MATCH (a:Person {key: row.from}) MATCH (b:Meeting {key: row.to})
MERGE (a)-[r:CHAIRED {article: row.props.article}]->(b) SET r += row.props;
// name: merge-SPOKE_AT
UNWIND $rows AS row MATCH (a:Person {key: row.from}) MATCH (b:Meeting {key: row.to})
MERGE (a)-[r:SPOKE_AT {article: row.props.article}]->(b) SET r += row.props;
// name: merge-APPROVED
UNWIND $rows AS row MATCH (a:Meeting {key: row.from}) MATCH (b:Resolution {key: row.to})
MERGE (a)-[r:APPROVED {article: row.props.article}]->(b) SET r += row.props;
// name: merge-HELD_BY
UNWIND $rows AS row MATCH (a:Meeting {key: row.from}) MATCH (b:Body {key: row.to})
MERGE (a)-[r:HELD_BY {article: row.props.article}]->(b) SET r += row.props;
// name: merge-OF_BODY
UNWIND $rows AS row MATCH (a:Post {key: row.from}) MATCH (b:Body {key: row.to})
MERGE (a)-[r:OF_BODY {article: row.props.article}]->(b) SET r += row.props;
// name: merge-IN_PROVINCE
UNWIND $rows AS row MATCH (a:Body {key: row.from}) MATCH (b:Province {key: row.to})
MERGE (a)-[r:IN_PROVINCE {article: row.props.article}]->(b) SET r += row.props;
// name: merge-REPORTS
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Meeting {key: row.to})
MERGE (a)-[r:REPORTS {article: row.props.article}]->(b) SET r += row.props;
// name: merge-MENTIONS
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Person {key: row.to})
MERGE (a)-[r:MENTIONS {article: row.props.article}]->(b) SET r += row.props;
// name: merge-CITES
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Document {key: row.to})
MERGE (a)-[r:CITES {article: row.props.article}]->(b) SET r += row.props;
// name: merge-ISSUED_BY
UNWIND $rows AS row MATCH (a:Document {key: row.from}) MATCH (b:Body {key: row.to})
MERGE (a)-[r:ISSUED_BY {article: row.props.article}]->(b) SET r += row.props;
// name: merge-ABOUT
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Province {key: row.to})
MERGE (a)-[r:ABOUT {article: row.props.article}]->(b) SET r += row.props;
