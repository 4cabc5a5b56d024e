// What changed: tenures begun or ended, conflicts, read by `kg changes`, GET /api/changes and /changes.atom
// (src/query/changes.ts). Dates are ISO strings; a null bound is open. Every value is a $parameter.

// name: tenure-changes
// Tenures that begin or end in [$since, $until], of the province $province (a post of it, or a central post of a
// person read there) or of anywhere when null; with what came before on the post.
MATCH (p:Person)-[:HAS_TENURE]->(t:Tenure)-[:OF_POST]->(post:Post)
WHERE (t.from IS NOT NULL AND ($since IS NULL OR t.from >= $since) AND ($until IS NULL OR t.from <= $until))
   OR (t.to IS NOT NULL AND t.toBasis <> 'open' AND ($since IS NULL OR t.to >= $since) AND ($until IS NULL OR t.to <= $until))
WITH p, t, post
WHERE $province IS NULL OR post.province = $province OR (post.province IS NULL AND $province IN coalesce(p.provinces, []))
OPTIONAL MATCH (prev:Tenure)-[:SUCCEEDED_BY]->(t)
RETURN t AS tenure, post.province AS province, p.key AS person, prev.name AS predecessor;

// name: conflict-changes
MATCH (c:Conflict)
WHERE c.from IS NOT NULL AND ($since IS NULL OR c.from >= $since) AND ($until IS NULL OR c.from <= $until)
MATCH (post:Post {key: c.postKey})
WITH c, post WHERE $province IS NULL OR post.province = $province
OPTIONAL MATCH (c)-[:INVOLVES]->(t:Tenure)
WITH c, post, t ORDER BY t.order
RETURN c AS conflict, post.province AS province, collect(t.name) AS names;

// name: latest-load
// The articles the last ingest loaded (new or changed): those stamped with the latest `loadedAt`.
MATCH (a:Article) WHERE a.loadedAt IS NOT NULL
WITH max(a.loadedAt) AS latest
MATCH (b:Article {loadedAt: latest})
RETURN latest, collect(b.key) AS articles;
