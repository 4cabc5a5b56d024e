// Tenures on load: for each post whose facts changed, read its HELD_POST / TOOK_POST / LEFT_POST facts,
// compute tenures, succession and conflicts (src/tenure/tenures.ts), and replace what was computed before,
// one write transaction per chunk of posts. Running it twice gives the same graph.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { PostFact, tenuresOfPost, type PostInfo, type PostTenures, type Tenure } from '../tenure/tenures';
import { cypher } from './cypher';
import { toNeo4j } from './read';

export interface TenureCounts { posts: number; tenures: number; successions: number; conflicts: number }

/** Neo4j keeps no nulls in lists: evidence goes in as parallel lists with "" for an unknown. */
function tenureProps(t: Tenure, order: number): Record<string, unknown> {
  const { evidence, ...rest } = t;
  return {
    ...rest,
    order,
    evidenceArticles: evidence.map((e) => e.article),
    evidenceSentences: evidence.map((e) => e.sentence ?? ''),
    evidenceRules: evidence.map((e) => e.rule),
    evidenceDates: evidence.map((e) => e.date ?? ''),
  };
}

async function refreshChunk(tx: ManagedTransaction, posts: string[]): Promise<TenureCounts> {
  await tx.run(cypher('tenures.cypher', 'lock-posts'), { posts });
  const res = await tx.run(cypher('tenures.cypher', 'post-facts'), { posts });
  const computed: PostTenures[] = res.records.map((r) => {
    const info: PostInfo = { key: r.get('key'), name: r.get('name'), seats: r.get('seats'), placed: r.get('placed'), province: r.get('province'), scope: r.get('scope') };
    const facts = (r.get('facts') as unknown[]).map((f) => PostFact.parse(f));
    return tenuresOfPost(info, facts);
  });
  await tx.run(cypher('tenures.cypher', 'delete-conflicts'), { posts });
  await tx.run(cypher('tenures.cypher', 'delete-tenures'), { posts });
  const tenures = computed.flatMap((c) => c.tenures.map((t, order) => ({ t, order })));
  const successions = computed.flatMap((c) => c.successions);
  const conflicts = computed.flatMap((c) => c.conflicts);
  if (tenures.length) {
    await tx.run(cypher('tenures.cypher', 'merge-tenures'), {
      rows: toNeo4j(tenures.map(({ t, order }) => ({ person: t.person, postKey: t.postKey, props: tenureProps(t, order) }))),
    });
  }
  if (successions.length) {
    await tx.run(cypher('tenures.cypher', 'merge-successions'), {
      rows: toNeo4j(successions.map(({ from, to, ...props }) => ({ from, to, props }))),
    });
  }
  if (conflicts.length) {
    await tx.run(cypher('tenures.cypher', 'merge-conflicts'), {
      rows: toNeo4j(conflicts.map(({ tenures: pair, ...props }) => ({ tenures: pair, props }))),
    });
  }
  await tx.run(cypher('tenures.cypher', 'tenures-done'), { posts });
  return { posts: posts.length, tenures: tenures.length, successions: successions.length, conflicts: conflicts.length };
}

/** Posts that have facts but no tenures yet (a database loaded before tenures were computed on load). */
export async function postsWithoutTenures(driver: Driver): Promise<string[]> {
  const res = await driver.executeQuery(cypher('tenures.cypher', 'posts-without-tenures'), {}, { routing: neo4j.routing.READ });
  return res.records.map((r) => r.get('key') as string);
}

/** Computes the tenures of the given posts again (all posts when `posts` is omitted). */
export async function refreshTenures(driver: Driver, posts?: Iterable<string>, chunkSize = 500): Promise<TenureCounts> {
  let keys = posts ? [...new Set(posts)].sort() : null;
  if (!keys) {
    const res = await driver.executeQuery(cypher('tenures.cypher', 'all-posts'), {}, { routing: neo4j.routing.READ });
    keys = res.records.map((r) => r.get('key') as string);
  }
  const total: TenureCounts = { posts: 0, tenures: 0, successions: 0, conflicts: 0 };
  for (let i = 0; i < keys.length; i += chunkSize) {
    const chunk = keys.slice(i, i + chunkSize);
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const c = await session.executeWrite((tx) => refreshChunk(tx, chunk));
      total.posts += c.posts; total.tenures += c.tenures; total.successions += c.successions; total.conflicts += c.conflicts;
    } finally {
      await session.close();
    }
  }
  return total;
}
