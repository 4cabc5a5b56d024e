// Loading into the real Neo4j of the test run: idempotent, order-independent, incremental.
import { copyFileSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../src/gen/main';
import { ingest } from '../../src/pipeline/ingest';
import type { Store } from '../../src/store/connect';
import { canonicalDump, clearDatabase, openTestStore } from '../support/store';
import { SAMPLES, scratchDir } from '../support/paths';

let store: Store;
beforeAll(async () => { store = await openTestStore(); });
afterAll(async () => { await store.close(); });
beforeEach(async () => { await clearDatabase(store); });

const samples = () => readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => join(SAMPLES, f));

test('ingesting twice: the second run is all unchanged and the graph is the same', async () => {
  const first = await ingest(store.driver, [SAMPLES]);
  expect(first.items.map((x) => x.outcome)).toEqual(Array(5).fill('loaded'));
  const dump1 = await canonicalDump(store);
  const second = await ingest(store.driver, [SAMPLES]);
  expect(second.items.map((x) => x.outcome)).toEqual(Array(5).fill('unchanged'));
  expect(await canonicalDump(store)).toEqual(dump1);
});

test('articles stored by another version of kg are read again, though their text is the same; then they are unchanged', async () => {
  await ingest(store.driver, [SAMPLES]);
  const dump1 = await canonicalDump(store);
  await store.driver.executeQuery('MATCH (a:Article) SET a.reader = "an-older-one"');
  const again = await ingest(store.driver, [SAMPLES]);
  expect(again.items.map((x) => x.outcome)).toEqual(Array(5).fill('replaced'));
  expect(again.reread).toBe(5);
  expect(await canonicalDump(store)).toEqual(dump1);
  const third = await ingest(store.driver, [SAMPLES]);
  expect(third.items.map((x) => x.outcome)).toEqual(Array(5).fill('unchanged'));
  expect(third.reread).toBe(0);
});

test('another order and overlapping batches give the same graph', async () => {
  await ingest(store.driver, [SAMPLES]);
  const inOrder = await canonicalDump(store);
  await clearDatabase(store);
  const files = samples().reverse();
  await ingest(store.driver, files.slice(0, 3), { batchSize: 2 });
  await ingest(store.driver, files.slice(1), { batchSize: 1 });
  expect(await canonicalDump(store)).toEqual(inOrder);
});

test('two overlapping ingests at once leave no duplicates', async () => {
  await ingest(store.driver, [SAMPLES]);
  const expected = await canonicalDump(store);
  await clearDatabase(store);
  const files = samples();
  await Promise.all([ingest(store.driver, files.slice(0, 4), { batchSize: 1 }), ingest(store.driver, files.slice(1), { batchSize: 1 })]);
  expect(await canonicalDump(store)).toEqual(expected);
});

test('a changed article replaces its own facts, leaving no stale edges', async () => {
  const dir = scratchDir('kg-changed-');
  const file = join(dir, '004_ac388c513d8c7a51.txt');
  copyFileSync(join(SAMPLES, '004_ac388c513d8c7a51.txt'), file);
  await ingest(store.driver, [dir]);
  const speakers = async () => (await store.driver.executeQuery('MATCH (p:Person)-[:SPOKE_AT]->(:Meeting) RETURN p.name AS n ORDER BY n')).records.map((r) => r.get('n'));
  expect(await speakers()).toEqual(['Lâm Thị Phương Thanh', 'Phạm Ngọc Thưởng']);
  writeFileSync(file, readFileSync(file, 'utf8').replace('Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\nđiều hành thảo luận', 'Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh\ndự hội nghị'));
  const again = await ingest(store.driver, [dir]);
  expect(again.items[0]!.outcome).toBe('replaced');
  expect(await speakers()).toEqual(['Lâm Thị Phương Thanh']);
});

test('every relationship carries its provenance', async () => {
  await ingest(store.driver, [SAMPLES]);
  const r = await store.driver.executeQuery(
    "MATCH (:Person {name: 'Nguyễn Quốc Đoàn'})-[c:CHAIRED]->(m:Meeting) RETURN c.article AS a, c.sentence AS s, c.rule AS rule, c.spanStart AS st, m.date AS d",
  );
  expect(r.records).toHaveLength(1);
  expect(r.records[0]!.get('a')).toBe('000_b1a23f1789d5980e.txt');
  expect(r.records[0]!.get('s')).toContain('chủ trì hội nghị Ban Chấp hành Đảng bộ tỉnh');
  expect(r.records[0]!.get('rule')).toBe('chair.chu-tri');
  expect(r.records[0]!.get('d')).toBe('2021-07-14');
});

test('extraction on worker threads gives the same graph as on this thread; a re-run extracts nothing', async () => {
  const dir = scratchDir('kg-gen-pool-');
  generateCorpus({ articles: 240, out: dir, seed: 11 });
  const here = await ingest(store.driver, [join(dir, 'articles')], { workers: 0, batchSize: 60 });
  expect(here.timing.workers).toBe(0);
  const expected = await canonicalDump(store);
  await clearDatabase(store);
  const pooled = await ingest(store.driver, [join(dir, 'articles')], { workers: 2, batchSize: 60 });
  expect(pooled.timing.workers).toBe(2);
  expect(pooled.items.filter((x) => x.outcome === 'loaded')).toHaveLength(240);
  expect(await canonicalDump(store)).toEqual(expected);
  // unchanged articles are recognised by their hash before any extraction: nothing is loaded or computed
  const again = await ingest(store.driver, [join(dir, 'articles')], { workers: 2, batchSize: 60 });
  expect(again.items.every((x) => x.outcome === 'unchanged')).toBe(true);
  expect([again.nodes, again.rels, again.timing.loadSeconds]).toEqual([0, 0, 0]);
}, 120_000);

test('replacing an article takes away what only it said: its post, and the post\'s body, go', async () => {
  const dir = scratchDir('kg-orphans-');
  const file = join(dir, 'a.txt');
  const text = (post: string) => `Thứ hai, 10/01/2022\n\nHội nghị\n\nLSO-Sáng nay (5/1), đồng chí Nguyễn Văn An, ${post} chủ trì hội nghị Ban Thường vụ Tỉnh ủy.\n`;
  writeFileSync(file, text('Trưởng Ban Dân vận Tỉnh ủy'));
  await ingest(store.driver, [dir]);
  const names = async (label: string) => (await store.driver.executeQuery(`MATCH (n:${label}) RETURN n.name AS n ORDER BY n`)).records.map((r) => r.get('n'));
  expect(await names('Post')).toEqual(['Trưởng Ban Dân vận Tỉnh ủy Lạng Sơn']);
  const body = (await store.driver.executeQuery("MATCH (:Post {name: 'Trưởng Ban Dân vận Tỉnh ủy Lạng Sơn'})-[:OF_BODY]->(b:Body) RETURN b.name AS n")).records[0]!.get('n') as string;
  expect(await names('Body')).toContain(body);
  writeFileSync(file, text('Bí thư Tỉnh ủy'));
  expect((await ingest(store.driver, [dir])).items[0]!.outcome).toBe('replaced');
  expect(await names('Post')).toEqual(['Bí thư Tỉnh ủy Lạng Sơn']);
  expect(await names('Body')).not.toContain(body);
  expect(await names('Body')).toContain('Tỉnh ủy Lạng Sơn'); // the new post's body, and the meeting's, stay
  // structural relationships are one per pair, whatever the number of articles naming it
  const n = (await store.driver.executeQuery('MATCH ()-[r:OF_BODY|IN_PROVINCE]->() RETURN count(r) AS n, count(DISTINCT [startNode(r), endNode(r), type(r)]) AS pairs')).records[0]!;
  expect(Number(n.get('n'))).toBe(Number(n.get('pairs')));
});
