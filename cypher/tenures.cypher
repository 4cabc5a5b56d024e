// Tenures, succession and conflicts: computed from the HELD_POST, TOOK_POST and LEFT_POST facts of a post
// (src/tenure/tenures.ts) and written again whenever those facts change. Never edited by hand.

// name: lock-posts
// Takes each post's write lock for the rest of the transaction (held until it commits), in key order: two
// `kg ingest` processes computing the same post's tenures wait for each other instead of interleaving their
// deletes and writes, so the last to commit, which read every fact committed before it, leaves the graph.
UNWIND $posts AS k
MATCH (post:Post {key: k})
SET post.tenuresLock = true
REMOVE post.tenuresLock;

// name: post-facts
UNWIND $posts AS k
MATCH (post:Post {key: k})
OPTIONAL MATCH (p:Person)-[r:HELD_POST|TOOK_POST|LEFT_POST]->(post) WHERE r.rejected IS NULL
WITH post, p, r ORDER BY r.article, type(r), r.kind
RETURN post.key AS key, post.name AS name, coalesce(post.seats, 'many') AS seats, coalesce(post.placed, false) AS placed,
  post.province AS province, post.scope AS scope,
  collect(CASE WHEN r IS NULL THEN null ELSE {
    person: coalesce(p.person, p.key), name: p.name, fact: CASE type(r) WHEN 'HELD_POST' THEN 'held' WHEN 'TOOK_POST' THEN 'took' ELSE 'left' END,
    kind: r.kind, date: r.date, datePrecision: r.datePrecision, pageDate: r.pageDate, former: coalesce(r.former, false),
    acting: coalesce(r.acting, false), concurrent: coalesce(r.concurrent, false), term: r.term, replaces: r.replaces,
    article: r.article, sentence: r.sentence, rule: r.rule
  } END) AS facts;

// name: delete-conflicts
UNWIND $posts AS k
MATCH (c:Conflict {postKey: k})
DETACH DELETE c;

// name: delete-tenures
UNWIND $posts AS k
MATCH (t:Tenure {postKey: k})
DETACH DELETE t;

// name: merge-tenures
UNWIND $rows AS row
MATCH (p:Person {key: row.person}) MATCH (post:Post {key: row.postKey})
MERGE (t:Tenure {key: row.props.key}) SET t += row.props
MERGE (p)-[:HAS_TENURE]->(t)
MERGE (t)-[:OF_POST]->(post);

// name: merge-successions
UNWIND $rows AS row
MATCH (a:Tenure {key: row.from}) MATCH (b:Tenure {key: row.to})
MERGE (a)-[r:SUCCEEDED_BY]->(b) SET r += row.props;

// name: merge-conflicts
UNWIND $rows AS row
MERGE (c:Conflict {key: row.props.key}) SET c += row.props
WITH c, row
UNWIND row.tenures AS tk
MATCH (t:Tenure {key: tk})
MERGE (c)-[:INVOLVES]->(t);

// name: all-posts
MATCH (post:Post) RETURN post.key AS key;

// name: posts-without-tenures
// Posts whose tenures are due: a load marked them and the run stopped before computing them, or they were
// loaded before tenures were computed on load (facts but no tenures).
MATCH (post:Post)
WHERE post.tenuresDue OR (NOT (post)<-[:OF_POST]-(:Tenure) AND (post)<-[:HELD_POST|TOOK_POST|LEFT_POST]-())
RETURN post.key AS key;

// name: tenures-done
UNWIND $posts AS k
MATCH (p:Post {key: k})
REMOVE p.tenuresDue;
