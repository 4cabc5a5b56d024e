// Tenures, succession and conflicts: computed from the HELD_POST, TOOK_POST and LEFT_POST facts of a post
// (src/tenure/tenures.ts) and written again whenever those facts change. Never edited by hand.

// name: claim-posts
// Claims the posts for one computation ($gen) and takes each post's write lock for the rest of the
// transaction, in key order: two `kg ingest` processes computing the same post wait for each other, and a
// computation paged over several transactions (a post with more facts than one may hold) stops at its next
// page when a later one has claimed the post (check-claim), so the last to claim, which read every fact
// committed before it, leaves the graph. `tenuresDue` holds the claim until it is done: a load that adds
// facts meanwhile sets it back to true, and a run stopped half-way leaves it for the next.
UNWIND $posts AS k
MATCH (post:Post {key: k})
WITH post ORDER BY post.key
SET post.tenuresGen = $gen, post.tenuresDue = $gen
RETURN post.key AS key, post.name AS name, coalesce(post.seats, 'many') AS seats, coalesce(post.placed, false) AS placed,
  post.province AS province, post.scope AS scope;

// name: check-claim
// A later page of a paged computation: the post's lock again, if the claim is still this computation's.
MATCH (post:Post {key: $post})
WHERE post.tenuresGen = $gen
SET post.tenuresGen = $gen
RETURN count(post) AS claimed;

// name: fact-counts
// How many facts each post has (the degree, read from the store without touching the facts).
UNWIND $posts AS k
MATCH (post:Post {key: k})
RETURN post.key AS key, COUNT { (post)<-[:HELD_POST|TOOK_POST|LEFT_POST]-() } AS facts;

// name: post-facts
// One row a fact, streamed (no collect, no ORDER BY): the memory it takes in Neo4j does not grow with the
// number of facts. The caller orders them (by article, type, kind).
UNWIND $posts AS k
MATCH (post:Post {key: k})<-[r:HELD_POST|TOOK_POST|LEFT_POST]-(p:Person)
WHERE r.rejected IS NULL
RETURN post.key AS post, p.key AS person, p.name AS name, type(r) AS type,
  r.kind AS kind, r.date AS date, r.datePrecision AS datePrecision, r.pageDate AS pageDate, coalesce(r.former, false) AS former,
  coalesce(r.acting, false) AS acting, coalesce(r.concurrent, false) AS concurrent, r.term AS term, r.replaces AS replaces,
  r.article AS article, r.sentence AS sentence, r.rule AS rule, r.confirmedBy IS NOT NULL AS confirmed;

// name: moves-of-holders
// The posts the holders of these posts (a province's, or a single seat) took elsewhere, dated: a single seat in
// another province or a full-time central post ends a tenure here (src/tenure/tenures.ts, leavesPost). One row a
// fact, streamed.
UNWIND $posts AS k
MATCH (post:Post {key: k}) WHERE post.seats = 'one' OR post.scope = 'provincial'
MATCH (post)<-[:HELD_POST|TOOK_POST|LEFT_POST]-(p:Person)
WITH DISTINCT post, p
MATCH (p)-[r:TOOK_POST]->(other:Post)
WHERE other <> post AND r.rejected IS NULL AND r.date IS NOT NULL AND r.kind <> 'reelected'
RETURN post.key AS forPost, p.key AS person, other.key AS post, other.name AS postName, coalesce(other.seats, 'many') AS seats,
  other.province AS province, other.scope AS scope, other.title AS title, coalesce(r.acting, false) AS acting,
  r.date AS date, r.datePrecision AS datePrecision, r.article AS article, r.sentence AS sentence, r.rule AS rule;

// name: dependent-posts
// The posts whose tenures a change on these posts may end: those held by anyone who took one of them (a post
// taken elsewhere ends a province's post or a single seat here, moves-of-holders).
// Only a post that can end another counts: a single seat, or a full-time central post ($fullTime titles).
UNWIND $posts AS k
MATCH (taken:Post {key: k}) WHERE taken.seats = 'one' OR (taken.scope = 'national' AND taken.title IN $fullTime)
MATCH (taken)<-[:TOOK_POST]-(p:Person)-[:HELD_POST|TOOK_POST|LEFT_POST]->(other:Post)
WHERE (other.seats = 'one' OR other.scope = 'provincial') AND other <> taken
RETURN DISTINCT other.key AS key;

// name: delete-conflicts
UNWIND $posts AS k
MATCH (c:Conflict {postKey: k})
DETACH DELETE c;

// name: delete-tenures
UNWIND $posts AS k
MATCH (t:Tenure {postKey: k})
DETACH DELETE t;

// name: delete-some-conflicts
// A page of a paged computation: at most $limit of the post's conflicts.
MATCH (c:Conflict {postKey: $post})
WITH c LIMIT $limit
DETACH DELETE c
RETURN count(*) AS deleted;

// name: delete-some-tenures
MATCH (t:Tenure {postKey: $post})
WITH t LIMIT $limit
DETACH DELETE t
RETURN count(*) AS deleted;

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
WHERE post.tenuresDue IS NOT NULL OR (NOT (post)<-[:OF_POST]-(:Tenure) AND (post)<-[:HELD_POST|TOOK_POST|LEFT_POST]-())
RETURN post.key AS key;

// name: tenures-done
// The computation is done: the claim is dropped, and the post is no longer due unless a load added facts
// after the claim (it set tenuresDue back to true; the run that loaded them computes the post again).
UNWIND $posts AS k
MATCH (p:Post {key: k})
WHERE p.tenuresGen = $gen
REMOVE p.tenuresGen
WITH p WHERE p.tenuresDue = $gen
REMOVE p.tenuresDue;
