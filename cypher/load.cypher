// Load statements, one per label and relationship type, run by src/store/load-graph.ts.
// Rows come as $rows; MERGE on the key (nodes), on the article (facts) or on the pair (structural relationships)
// makes every load idempotent.

// name: stored-hashes
// The content hash of each stored article, and the reading it was stored by (src/pipeline/reader-version.ts).
UNWIND $keys AS k
MATCH (a:Article {key: k})
RETURN a.key AS key, a.contentHash AS hash, a.reader AS reader;

// name: delete-article-facts
// An article's facts, reached from its node: every fact about a person hangs off a person it MENTIONS, every
// fact about a meeting off a meeting it REPORTS, about a document off one it CITES (build-graph.ts). Returns
// the posts whose holdings or events went, so that their tenures are computed again, and the nodes the facts
// touched (the readings it READS among them), among which orphans are looked for.
MATCH (art:Article {key: $article})
CALL (art) {
  MATCH (art)-[r:REPORTS|MENTIONS|CITES|ABOUT|READS]->(x) RETURN r, art AS a, x UNION ALL
  MATCH (art)-[:MENTIONS]->(a:Person)-[r:HELD_POST|TOOK_POST|LEFT_POST|CHAIRED|SPOKE_AT]->(x) WHERE r.article = $article RETURN r, a, x UNION ALL
  MATCH (art)-[:REPORTS]->(a:Meeting)-[r:APPROVED|HELD_BY]->(x) WHERE r.article = $article RETURN r, a, x UNION ALL
  MATCH (art)-[:CITES]->(a:Document)-[r:ISSUED_BY]->(x) WHERE r.article = $article RETURN r, a, x
}
WITH DISTINCT r, a, x
WITH r, a, x, CASE WHEN type(r) IN ['HELD_POST', 'TOOK_POST', 'LEFT_POST'] THEN x.key END AS post
DELETE r
RETURN collect(DISTINCT post) AS posts, collect(DISTINCT elementId(a)) + collect(DISTINCT elementId(x)) AS ids;

// name: delete-orphans
// Among the nodes that deleted facts touched ($ids): those no article speaks of any more (no relationship
// carrying an article is left): a reading no article reads, a person no reading is read as. Provinces, articles
// and computed nodes stay; a body stays while a post of it does, and goes with the last post or meeting that
// named it.
UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id
  AND NOT (n:Article OR n:Province OR n:Tenure OR n:Conflict)
  AND NOT EXISTS { (n)-[r]-() WHERE r.article IS NOT NULL }
  AND NOT (n:Body AND EXISTS { (:Post)-[:OF_BODY]->(n) })
OPTIONAL MATCH (n)-[:OF_BODY]->(b:Body)
WITH n, collect(b) AS bodies
DETACH DELETE n
WITH bodies UNWIND bodies AS b
WITH DISTINCT b
WHERE NOT EXISTS { (b)-[r]-() WHERE r.article IS NOT NULL } AND NOT EXISTS { (:Post)-[:OF_BODY]->(b) }
DETACH DELETE b;

// name: merge-Article
UNWIND $rows AS row MERGE (n:Article {key: row.key}) SET n += row.props;
// name: merge-Reading
// A reading new to the graph is read as a person of its own (key and name its own) until identity is worked out
// (identity.cypher); a reading already read as someone stays theirs.
UNWIND $rows AS row MERGE (n:Reading {key: row.key}) SET n += row.props
WITH n, row WHERE NOT (n)-[:READ_AS]->(:Person)
MERGE (p:Person {key: row.key})
ON CREATE SET p.name = row.props.name, p.search = row.props.search, p.nameKey = row.props.nameKey, p.province = row.props.province,
  p.provinces = CASE WHEN row.props.province IS NULL THEN [] ELSE [row.props.province] END
MERGE (n)-[:READ_AS]->(p);
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
UNWIND $rows AS row MATCH (:Reading {key: row.from})-[:READ_AS]->(a:Person) MATCH (b:Post {key: row.to})
MERGE (a)-[r:HELD_POST {article: row.props.article, acting: row.props.acting, reading: row.from}]->(b) SET r += row.props;
// name: merge-TOOK_POST
UNWIND $rows AS row MATCH (:Reading {key: row.from})-[:READ_AS]->(a:Person) MATCH (b:Post {key: row.to})
MERGE (a)-[r:TOOK_POST {article: row.props.article, kind: row.props.kind, reading: row.from}]->(b) SET r += row.props;
// name: merge-LEFT_POST
UNWIND $rows AS row MATCH (:Reading {key: row.from})-[:READ_AS]->(a:Person) MATCH (b:Post {key: row.to})
MERGE (a)-[r:LEFT_POST {article: row.props.article, kind: row.props.kind, reading: row.from}]->(b) SET r += row.props;
// name: merge-CHAIRED
UNWIND $rows AS row MATCH (:Reading {key: row.from})-[:READ_AS]->(a:Person) MATCH (b:Meeting {key: row.to})
MERGE (a)-[r:CHAIRED {article: row.props.article, reading: row.from}]->(b) SET r += row.props;
// name: merge-SPOKE_AT
UNWIND $rows AS row MATCH (:Reading {key: row.from})-[:READ_AS]->(a:Person) MATCH (b:Meeting {key: row.to})
MERGE (a)-[r:SPOKE_AT {article: row.props.article, reading: row.from}]->(b) SET r += row.props;
// name: merge-APPROVED
UNWIND $rows AS row MATCH (a:Meeting {key: row.from}) MATCH (b:Resolution {key: row.to})
MERGE (a)-[r:APPROVED {article: row.props.article}]->(b) SET r += row.props;
// name: merge-HELD_BY
UNWIND $rows AS row MATCH (a:Meeting {key: row.from}) MATCH (b:Body {key: row.to})
MERGE (a)-[r:HELD_BY {article: row.props.article}]->(b) SET r += row.props;
// name: merge-OF_BODY
// Structural, read from the post's name and not from a sentence: one per (post, body), whatever the article.
UNWIND $rows AS row MATCH (a:Post {key: row.from}) MATCH (b:Body {key: row.to})
MERGE (a)-[r:OF_BODY]->(b) SET r.rule = row.props.rule;
// name: merge-IN_PROVINCE
// Structural, read from the body's name: one per (body, province).
UNWIND $rows AS row MATCH (a:Body {key: row.from}) MATCH (b:Province {key: row.to})
MERGE (a)-[r:IN_PROVINCE]->(b) SET r.rule = row.props.rule;
// name: merge-REPORTS
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Meeting {key: row.to})
MERGE (a)-[r:REPORTS {article: row.props.article}]->(b) SET r += row.props;
// name: merge-MENTIONS
// The article mentions the person its reading is read as.
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (:Reading {key: row.to})-[:READ_AS]->(b:Person)
MERGE (a)-[r:MENTIONS {article: row.props.article, reading: row.to}]->(b) SET r += row.props;
// name: merge-READS
// The reading, with the ties the article gives it to other places (the evidence identity.cypher reads).
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Reading {key: row.to})
MERGE (a)-[r:READS {article: row.props.article}]->(b) SET r += row.props;
// name: merge-CITES
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Document {key: row.to})
MERGE (a)-[r:CITES {article: row.props.article}]->(b) SET r += row.props;
// name: merge-ISSUED_BY
UNWIND $rows AS row MATCH (a:Document {key: row.from}) MATCH (b:Body {key: row.to})
MERGE (a)-[r:ISSUED_BY {article: row.props.article}]->(b) SET r += row.props;
// name: merge-ABOUT
UNWIND $rows AS row MATCH (a:Article {key: row.from}) MATCH (b:Province {key: row.to})
MERGE (a)-[r:ABOUT {article: row.props.article}]->(b) SET r += row.props;

// name: articles-with-hashes
// Articles already loaded with one of these contents, under whatever name.
UNWIND $hashes AS h
MATCH (a:Article {contentHash: h})
RETURN h AS hash, min(a.key) AS key;

// name: mark-tenures-due
// In the batch's own transaction: these posts' tenures must be computed again. Cleared when they are
// (tenures.cypher), so a run stopped between the two leaves the flag, and the next run finishes the work.
UNWIND $posts AS k
MATCH (p:Post {key: k})
SET p.tenuresDue = true;

// name: mark-identity-due
// In the batch's own transaction: the readings of every name whose facts were deleted (a changed article) are
// worked out again (src/store/identity.ts), before orphans go.
UNWIND $ids AS id
MATCH (p:Reading) WHERE elementId(p) = id
WITH DISTINCT p.nameKey AS n
MATCH (q:Reading {nameKey: n})
SET q.identityDue = true;
