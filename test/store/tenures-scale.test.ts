// Tenures at scale (src/store/tenures.ts): the work is sized by the facts it reads, so a post with more facts
// than one transaction may hold (a membership of hundreds, a provincial seat over decades) still gets its
// tenures. Run against an embedded Neo4j of its own whose transactions may use only TX_MEMORY, with the
// budget per transaction scaled down as much as the limit (the default is 5,000 facts under 256 MiB).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/connect';
import { ensureEmbedded, releaseLease, stopEmbedded } from '../../src/store/embedded';
import { applySchema } from '../../src/store/load-graph';
import { planTenureWork, pages, postsWithoutTenures, refreshTenures } from '../../src/store/tenures';

const TX_MEMORY = '16m';
/** the default budget (5,000 facts a transaction under 256 MiB), scaled to TX_MEMORY */
const BUDGET = 300;

describe('planning the work by facts', () => {
  test.each<[string, number[], number, number[][]]>([
    ['items fill a page up to the budget', [2, 2, 2, 2], 4, [[0, 1], [2, 3]]],
    ['an item heavier than the budget stands alone', [1, 9, 1], 4, [[0], [1], [2]]],
    ['weightless items still count one', [0, 0, 0], 2, [[0, 1], [2]]],
    ['nothing to do', [], 4, []],
  ])('%s', (_name, weights, budget, expected) => {
    const items = weights.map((_, i) => i);
    expect(pages(items, (i) => weights[i]!, budget)).toEqual(expected);
  });

  test('posts are packed in key order; a post over the budget is a unit of its own, paged; a post gone joins a chunk', () => {
    const facts = new Map([['a', 10], ['b', 50], ['c', 500], ['d', 40], ['e', 120]]);
    expect(planTenureWork(['a', 'b', 'c', 'd', 'e', 'gone'], facts, 100)).toEqual([
      { posts: ['a', 'b', 'd'], large: false },
      { posts: ['gone'], large: false },
      { posts: ['c'], large: true },
      { posts: ['e'], large: true },
    ]);
  });
});

// Facts made directly in the graph, as a load would write them: PEOPLE members of the Central Committee seen
// in SIGHTINGS articles each, and three successive holders of one provincial seat seen every few days.
const PEOPLE = 150, SIGHTINGS = 80, SEAT_FACTS = 1_200;
const SENTENCE = 'Đồng chí {name}, Ủy viên Ban Chấp hành Trung ương Đảng, phát biểu chỉ đạo tại hội nghị tổng kết công tác năm của tỉnh, nhấn mạnh các nhiệm vụ trọng tâm về phát triển kinh tế - xã hội, quốc phòng, an ninh và xây dựng Đảng trong giai đoạn tới.';
const MEMBER = 'uy-vien-ban-chap-hanh-trung-uong-dang';
const SEAT = 'bi-thu-tinh-uy-lang-son';

describe('a post with more facts than a transaction may hold', () => {
  let home: string;
  let store: Store;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'kg-scale-'));
    const saved = { tx: process.env.KG_NEO4J_TX_MEMORY, heap: process.env.KG_NEO4J_HEAP };
    process.env.KG_NEO4J_TX_MEMORY = TX_MEMORY;
    process.env.KG_NEO4J_HEAP = '512m';
    try {
      const connection = await ensureEmbedded({ home, log: (l) => process.stderr.write(`${l}\n`) });
      store = await openStore({ connection });
    } finally {
      for (const [k, v] of [['KG_NEO4J_TX_MEMORY', saved.tx], ['KG_NEO4J_HEAP', saved.heap]] as const) {
        if (v === undefined) delete process.env[k]; else process.env[k] = v;
      }
    }
    await applySchema(store.driver);
    const run = (q: string, p: Record<string, unknown>) => store.driver.executeQuery(q, p);
    await run(`MERGE (m:Post {key: $m}) SET m.name = 'Ủy viên Ban Chấp hành Trung ương Đảng', m.seats = 'many', m.placed = true, m.scope = 'national', m.tenuresDue = true
               MERGE (s:Post {key: $s}) SET s.name = 'Bí thư Tỉnh ủy Lạng Sơn', s.seats = 'one', s.placed = true, s.province = 'Lạng Sơn', s.scope = 'provincial', s.tenuresDue = true`,
    { m: MEMBER, s: SEAT });
    // a page of people at a time, so that making the fixture fits the limit it tests
    for (let p0 = 0; p0 < PEOPLE; p0 += 10) {
      await run(`UNWIND range($p0, $p1) AS i
        MERGE (p:Person {key: 'uv' + i + '@tw'}) SET p.name = 'Ủy Viên Số ' + i
        WITH p, i MATCH (m:Post {key: $m})
        UNWIND range(1, $n) AS j
        CREATE (p)-[:HELD_POST {article: 'a' + i + '-' + j + '.txt', sentence: replace($sentence, '{name}', p.name) + ' (' + j + ')',
          rule: 'people.appositive', date: toString(date('2010-01-01') + duration({days: j * 30})), datePrecision: 'day',
          pageDate: '2025-01-01', former: false, acting: false, concurrent: false}]->(m)`,
      { p0, p1: Math.min(PEOPLE, p0 + 10) - 1, m: MEMBER, n: SIGHTINGS, sentence: SENTENCE });
    }
    for (let i0 = 0; i0 < SEAT_FACTS; i0 += 400) {
      await run(`UNWIND range($i0, $i1) AS i
        WITH i, ['Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn', 'Hoàng Văn Nghiệm'][toInteger(i * 3 / $total)] AS name
        MERGE (p:Person {key: toLower(replace(name, ' ', '-')) + '@lang-son'}) SET p.name = name
        WITH p, i MATCH (s:Post {key: $s})
        CREATE (p)-[:HELD_POST {article: 's' + i + '.txt', sentence: replace($sentence, '{name}', p.name) + ' (' + i + ')', rule: 'people.title-first',
          date: toString(date('2012-01-01') + duration({days: i * 3})), datePrecision: 'day', pageDate: '2025-06-01',
          former: false, acting: false, concurrent: false}]->(s)`,
      { i0, i1: Math.min(SEAT_FACTS, i0 + 400) - 1, total: SEAT_FACTS, s: SEAT, sentence: SENTENCE });
    }
  }, 240_000);

  afterAll(async () => {
    await store?.close();
    releaseLease(home);
    await stopEmbedded(home);
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  test('read in one transaction, as before, the facts are over the limit (the fixture is large enough)', async () => {
    const before = `MATCH (post:Post {key: $k}) OPTIONAL MATCH (p:Person)-[r:HELD_POST|TOOK_POST|LEFT_POST]->(post)
      WITH post, p, r ORDER BY r.article, type(r), r.kind
      RETURN post.key, collect({person: p.key, name: p.name, date: r.date, article: r.article, sentence: r.sentence, rule: r.rule}) AS facts`;
    // once, in an auto-commit query: Neo4j calls the error transient, and a managed transaction would retry it
    const session = store.driver.session();
    try {
      await expect(session.run(before, { k: MEMBER })).rejects.toMatchObject({ code: expect.stringMatching(/Memory/) });
    } finally {
      await session.close();
    }
  });

  test('every holder gets their tenure, the seat its succession, and both posts are done', async () => {
    const counts = await refreshTenures(store.driver, [MEMBER, SEAT], { factsPerTx: BUDGET });
    expect(counts).toEqual({ posts: 2, tenures: PEOPLE + 3, successions: 2, conflicts: 0 });

    const members = await store.driver.executeQuery(
      `MATCH (:Post {key: $m})<-[:OF_POST]-(t:Tenure)<-[:HAS_TENURE]-(p:Person)
       RETURN count(t) AS tenures, min(size(t.evidenceArticles)) AS least, max(size(t.evidenceArticles)) AS most, min(t.from) AS from`, { m: MEMBER });
    const m = members.records[0]!;
    expect(['tenures', 'least', 'most'].map((k) => Number(m.get(k)))).toEqual([PEOPLE, SIGHTINGS, SIGHTINGS]);
    expect(m.get('from')).toBe('2010-01-31');

    const seat = await store.driver.executeQuery(
      `MATCH (:Post {key: $s})<-[:OF_POST]-(t:Tenure) OPTIONAL MATCH (t)-[:SUCCEEDED_BY]->(n:Tenure)
       RETURN t.name AS name, t.from AS from, t.to AS to, t.order AS order, n.name AS next ORDER BY t.order`, { s: SEAT });
    expect(seat.records.map((r) => `${r.get('name')} ${r.get('from')} – ${r.get('to') ?? 'open'} → ${r.get('next') ?? ''}`)).toEqual([
      'Lâm Thị Phương Thanh 2012-01-01 – 2015-04-12 → Nguyễn Quốc Đoàn',
      'Nguyễn Quốc Đoàn 2015-04-15 – 2018-07-25 → Hoàng Văn Nghiệm',
      'Hoàng Văn Nghiệm 2018-07-28 – open → ',
    ]);
    expect(await postsWithoutTenures(store.driver)).toEqual([]);
    const left = await store.driver.executeQuery('MATCH (p:Post) WHERE p.tenuresGen IS NOT NULL OR p.tenuresDue IS NOT NULL RETURN count(p) AS n');
    expect(Number(left.records[0]!.get('n'))).toBe(0);
  }, 120_000);

  test('computed again it is the same graph, in pages or in one transaction where the limit allows', async () => {
    const dump = async () => (await store.driver.executeQuery(
      `MATCH (t:Tenure) OPTIONAL MATCH (t)-[s:SUCCEEDED_BY]->(n) RETURN t.key + ' ' + toString(t.order) + ' ' + t.from + ' ' + coalesce(t.to, '') + ' ' +
       toString(size(t.evidenceArticles)) + ' ' + coalesce(n.key, '') AS row ORDER BY row`)).records.map((r) => r.get('row') as string);
    const first = await dump();
    await refreshTenures(store.driver, [MEMBER, SEAT], { factsPerTx: BUDGET });
    expect(await dump()).toEqual(first);
    await refreshTenures(store.driver, [SEAT], { factsPerTx: SEAT_FACTS });
    expect(await dump()).toEqual(first);
  }, 120_000);

  test('a computation stopped half-way leaves its post due, and the next finishes it', async () => {
    await store.driver.executeQuery('MATCH (p:Post {key: $s}) SET p.tenuresGen = "stopped", p.tenuresDue = "stopped"', { s: SEAT });
    expect(await postsWithoutTenures(store.driver)).toEqual([SEAT]);
    await refreshTenures(store.driver, await postsWithoutTenures(store.driver), { factsPerTx: BUDGET });
    expect(await postsWithoutTenures(store.driver)).toEqual([]);
  }, 120_000);
});
