// Tenures on load: for each post whose facts changed, read its HELD_POST / TOOK_POST / LEFT_POST facts,
// compute tenures, succession and conflicts (src/tenure/tenures.ts), and replace what was computed before.
// Running it twice gives the same graph.
//
// The work is sized by what it reads, so that no transaction outgrows Neo4j's transaction memory
// (db.memory.transaction.max) however large the corpus: posts are packed into one transaction each up to
// `factsPerTx` facts, and a post with more facts than that (a membership such as "Ủy viên Ban Chấp hành Trung
// ương Đảng", a provincial seat over decades) is computed in pages: its facts streamed, its old tenures
// deleted and its new ones written a bounded page per transaction, under a claim that a later computation of
// the same post takes over (cypher/tenures.cypher, claim-posts).
import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import { FULL_TIME_CENTRAL_TITLES, PostFact, PostMove, tenuresOfPost, type PostInfo, type PostTenures, type Tenure } from '../tenure/tenures';
import { cypher } from './cypher';
import { toNeo4j } from './read';

export interface TenureCounts { posts: number; tenures: number; successions: number; conflicts: number }

export interface TenureWorkOptions {
  /**
   * The most facts one transaction reads and writes back as evidence (default 5,000: a few MB, far below
   * Neo4j's default transaction memory). A post with more is computed in pages.
   */
  factsPerTx?: number;
  /** Runs one unit of work (a transaction, or a paged post) with retries; plain by default. */
  retrying?: <T>(what: string, work: () => Promise<T>) => Promise<T>;
}

export const DEFAULT_FACTS_PER_TX = 5_000;

/** A later computation claimed the post while this one was paging through it: that one finishes it. */
class Superseded extends Error {}

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

const TYPE_FACT: Record<string, PostFact['fact']> = { HELD_POST: 'held', TOOK_POST: 'took', LEFT_POST: 'left' };

/** Cypher's ascending order: nulls last, strings by code unit (as `ORDER BY r.article, type(r), r.kind`). */
const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

interface ReadFact { post: string; type: string; fact: PostFact }

/** Streams the facts of `posts` (one row each, never collected in Neo4j) into their posts, in a stable order. */
/** The posts the holders of `posts` took elsewhere (moves-of-holders), by the post they may end. */
async function readMoves(tx: ManagedTransaction, posts: string[]): Promise<Map<string, PostMove[]>> {
  const out = new Map<string, PostMove[]>();
  const result = tx.run(cypher('tenures.cypher', 'moves-of-holders'), { posts });
  for await (const r of result as AsyncIterable<Neo4jRecord>) {
    const o = r.toObject() as Record<string, unknown>;
    const m = PostMove.parse({
      person: o.person, post: o.post, postName: o.postName, seats: o.seats, province: o.province ?? null, scope: o.scope ?? null,
      title: o.title ?? null, acting: o.acting, date: o.date, datePrecision: o.datePrecision ?? null, article: o.article,
      sentence: o.sentence ?? null, rule: o.rule,
    });
    const list = out.get(o.forPost as string);
    if (list) list.push(m); else out.set(o.forPost as string, [m]);
  }
  for (const list of out.values()) list.sort((a, b) => cmp(a.date, b.date) || cmp(a.article, b.article) || cmp(a.post, b.post));
  return out;
}

interface PostReadings { facts: Map<string, PostFact[]>; moves: Map<string, PostMove[]> }
const readAll = async (tx: ManagedTransaction, posts: string[]): Promise<PostReadings> => ({ facts: await readFacts(tx, posts), moves: await readMoves(tx, posts) });

async function readFacts(tx: ManagedTransaction, posts: string[]): Promise<Map<string, PostFact[]>> {
  const rows: ReadFact[] = [];
  const result = tx.run(cypher('tenures.cypher', 'post-facts'), { posts });
  for await (const r of result as AsyncIterable<Neo4jRecord>) {
    const o = r.toObject() as Record<string, unknown>;
    const type = o.type as string;
    rows.push({
      post: o.post as string, type,
      fact: PostFact.parse({
        person: o.person, name: o.name, fact: TYPE_FACT[type], kind: o.kind ?? null, date: o.date ?? null,
        datePrecision: o.datePrecision ?? null, pageDate: o.pageDate ?? null, former: o.former, acting: o.acting,
        concurrent: o.concurrent, term: o.term ?? null, replaces: o.replaces ?? null, article: o.article,
        sentence: o.sentence ?? null, rule: o.rule, confirmed: o.confirmed ?? false,
      }),
    });
  }
  rows.sort((a, b) => cmp(a.fact.article, b.fact.article) || cmp(a.type, b.type) || cmp(a.fact.kind, b.fact.kind));
  const out = new Map<string, PostFact[]>();
  for (const r of rows) {
    const list = out.get(r.post);
    if (list) list.push(r.fact); else out.set(r.post, [r.fact]);
  }
  return out;
}

async function claim(tx: ManagedTransaction, posts: string[], gen: string): Promise<PostInfo[]> {
  const res = await tx.run(cypher('tenures.cypher', 'claim-posts'), { posts, gen });
  return res.records.map((r) => ({
    key: r.get('key'), name: r.get('name'), seats: r.get('seats'), placed: r.get('placed'), province: r.get('province'), scope: r.get('scope'),
  }));
}

function compute(infos: PostInfo[], read: PostReadings): PostTenures {
  const computed = infos.map((info) => tenuresOfPost(info, read.facts.get(info.key) ?? [], read.moves.get(info.key) ?? []));
  return {
    tenures: computed.flatMap((c) => c.tenures),
    successions: computed.flatMap((c) => c.successions),
    conflicts: computed.flatMap((c) => c.conflicts),
  };
}

/** Writes computed tenures, successions and conflicts (the order of a tenure is its place in its post). */
async function writeComputed(tx: ManagedTransaction, part: { tenures: Array<{ t: Tenure; order: number }>; successions: PostTenures['successions']; conflicts: PostTenures['conflicts'] }): Promise<void> {
  if (part.tenures.length) {
    await tx.run(cypher('tenures.cypher', 'merge-tenures'), {
      rows: toNeo4j(part.tenures.map(({ t, order }) => ({ person: t.person, postKey: t.postKey, props: tenureProps(t, order) }))),
    });
  }
  if (part.successions.length) {
    await tx.run(cypher('tenures.cypher', 'merge-successions'), {
      rows: toNeo4j(part.successions.map(({ from, to, ...props }) => ({ from, to, props }))),
    });
  }
  if (part.conflicts.length) {
    await tx.run(cypher('tenures.cypher', 'merge-conflicts'), {
      rows: toNeo4j(part.conflicts.map(({ tenures: pair, ...props }) => ({ tenures: pair, props }))),
    });
  }
}

const withOrder = (c: PostTenures) => {
  const next = new Map<string, number>();
  return c.tenures.map((t) => { const order = next.get(t.postKey) ?? 0; next.set(t.postKey, order + 1); return { t, order }; });
};

const counted = (posts: number, c: PostTenures): TenureCounts =>
  ({ posts, tenures: c.tenures.length, successions: c.successions.length, conflicts: c.conflicts.length });

/** Posts whose facts together fit one transaction: claimed, read, computed and replaced at once. */
async function refreshChunk(tx: ManagedTransaction, posts: string[]): Promise<TenureCounts> {
  const gen = randomUUID();
  const infos = await claim(tx, posts, gen);
  const c = compute(infos, await readAll(tx, posts));
  await tx.run(cypher('tenures.cypher', 'delete-conflicts'), { posts });
  await tx.run(cypher('tenures.cypher', 'delete-tenures'), { posts });
  await writeComputed(tx, { tenures: withOrder(c), successions: c.successions, conflicts: c.conflicts });
  await tx.run(cypher('tenures.cypher', 'tenures-done'), { posts, gen });
  return counted(posts.length, c);
}

/** Splits `items` into pages whose weights add up to at most `budget` (an item heavier than that alone). */
export function pages<T>(items: T[], weight: (x: T) => number, budget: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [], sum = 0;
  for (const x of items) {
    const w = Math.max(1, weight(x));
    if (cur.length && sum + w > budget) { out.push(cur); cur = []; sum = 0; }
    cur.push(x); sum += w;
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * One post with more facts than a transaction may hold: claim it, stream its facts, compute, then delete the
 * old tenures and write the new ones a page at a time, each page under the post's lock and only while the
 * claim is this computation's. While it runs a reader may see the post half rewritten; the post stays due
 * until the last page, so a run stopped half-way is finished by the next.
 */
async function refreshLargePost(driver: Driver, post: string, budget: number, run: NonNullable<TenureWorkOptions['retrying']>): Promise<TenureCounts> {
  const gen = randomUUID();
  // every page first checks, under the post's lock, that the claim is still this computation's
  const guarded = <T>(what: string, work: (tx: ManagedTransaction) => Promise<T>) => run(what, () => inTransaction(driver, 'write', async (tx) => {
    const res = await tx.run(cypher('tenures.cypher', 'check-claim'), { post, gen });
    if (Number(res.records[0]?.get('claimed') ?? 0) === 0) throw new Superseded(post);
    return work(tx);
  }));
  try {
    const infos = await run(`claiming ${post}`, () => inTransaction(driver, 'write', (tx) => claim(tx, [post], gen)));
    const read = await run(`reading the facts of ${post}`, () => inTransaction(driver, 'read', (tx) => readAll(tx, [post])));
    const c = compute(infos, read);
    for (const what of ['delete-some-conflicts', 'delete-some-tenures']) {
      for (;;) {
        const deleted = await guarded(`deleting the old tenures of ${post}`, async (tx) => {
          const res = await tx.run(cypher('tenures.cypher', what), { post, limit: neo4j.int(budget) });
          return Number(res.records[0]?.get('deleted') ?? 0);
        });
        if (deleted < budget) break;
      }
    }
    const none = { tenures: [], successions: [], conflicts: [] };
    const parts = [
      ...pages(withOrder(c), ({ t }) => t.evidence.length + 1, budget).map((tenures) => ({ ...none, tenures })),
      ...pages(c.successions, () => 1, budget).map((successions) => ({ ...none, successions })),
      ...pages(c.conflicts, () => 1, budget).map((conflicts) => ({ ...none, conflicts })),
    ];
    for (const part of parts) await guarded(`writing the tenures of ${post}`, (tx) => writeComputed(tx, part));
    await guarded(`finishing ${post}`, (tx) => tx.run(cypher('tenures.cypher', 'tenures-done'), { posts: [post], gen }));
    return counted(1, c);
  } catch (e) {
    if (e instanceof Superseded) return { posts: 0, tenures: 0, successions: 0, conflicts: 0 };
    throw e;
  }
}

/** One managed transaction in a session of its own. */
async function inTransaction<T>(driver: Driver, mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE });
  try {
    return await (mode === 'read' ? session.executeRead(work) : session.executeWrite(work));
  } finally {
    await session.close();
  }
}

/** Posts that have facts but no tenures yet, or whose computation was claimed and never finished. */
export async function postsWithoutTenures(driver: Driver): Promise<string[]> {
  const res = await driver.executeQuery(cypher('tenures.cypher', 'posts-without-tenures'), {}, { routing: neo4j.routing.READ });
  return res.records.map((r) => r.get('key') as string);
}

/** How many facts each post has, read a page of keys at a time. */
async function factCounts(driver: Driver, keys: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < keys.length; i += 10_000) {
    const res = await driver.executeQuery(cypher('tenures.cypher', 'fact-counts'), { posts: keys.slice(i, i + 10_000) }, { routing: neo4j.routing.READ });
    for (const r of res.records) out.set(r.get('key') as string, Number(r.get('facts')));
  }
  return out;
}

/**
 * The units of work, in key order: chunks of posts whose facts add up to at most `budget`, and each post with
 * more facts than that on its own (`large`). A post no longer in the graph joins a chunk, so that what was
 * computed for it is deleted.
 */
export function planTenureWork(keys: string[], facts: Map<string, number>, budget: number): Array<{ posts: string[]; large: boolean }> {
  const small = keys.filter((k) => (facts.get(k) ?? 0) <= budget);
  return [
    ...pages(small, (k) => facts.get(k) ?? 0, budget).map((posts) => ({ posts, large: false })),
    ...keys.filter((k) => (facts.get(k) ?? 0) > budget).map((k) => ({ posts: [k], large: true })),
  ];
}

/** Computes the tenures of the given posts again (all posts when `posts` is omitted). */
export async function refreshTenures(driver: Driver, posts?: Iterable<string>, opts: TenureWorkOptions = {}): Promise<TenureCounts> {
  const budget = opts.factsPerTx ?? DEFAULT_FACTS_PER_TX;
  const run = opts.retrying ?? (<T>(_what: string, work: () => Promise<T>) => work());
  let keys = posts ? [...new Set(posts)].sort() : null;
  // a post taken elsewhere may end a single seat here: those seats are computed again too
  if (keys?.length) {
    const given = keys;
    const res = await run('finding the seats a post taken elsewhere may end', () =>
      driver.executeQuery(cypher('tenures.cypher', 'dependent-posts'), { posts: given, fullTime: FULL_TIME_CENTRAL_TITLES }, { routing: neo4j.routing.READ }));
    keys = [...new Set([...keys, ...res.records.map((r) => r.get('key') as string)])].sort();
  }
  if (!keys) {
    const res = await driver.executeQuery(cypher('tenures.cypher', 'all-posts'), {}, { routing: neo4j.routing.READ });
    keys = res.records.map((r) => r.get('key') as string).sort();
  }
  const facts = await run('counting the facts of the posts', () => factCounts(driver, keys!));
  const total: TenureCounts = { posts: 0, tenures: 0, successions: 0, conflicts: 0 };
  for (const unit of planTenureWork(keys, facts, budget)) {
    const c = unit.large
      ? await refreshLargePost(driver, unit.posts[0]!, budget, run)
      : await run(`computing the tenures of ${unit.posts.length} posts`, () => inTransaction(driver, 'write', (tx) => refreshChunk(tx, unit.posts)));
    total.posts += c.posts; total.tenures += c.tenures; total.successions += c.successions; total.conflicts += c.conflicts;
  }
  return total;
}
