// The kg command as a user runs it, against the test run's Neo4j.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleRecord } from '../../src/schema/records';
import { FIXTURES, ROOT, SAMPLES, scratchDir } from '../support/paths';
import { clearDatabase, openTestStore, testEnv } from '../support/store';

const kg = (args: string[], env: NodeJS.ProcessEnv = testEnv()) =>
  spawnSync('node', [join(ROOT, 'bin', 'kg.js'), ...args], { encoding: 'utf8', env, timeout: 120_000 });

beforeEach(async () => {
  const s = await openTestStore();
  await clearDatabase(s);
  await s.close();
});

test('kg extract writes one valid record per article', () => {
  const out = scratchDir('kg-extract-');
  const r = kg(['extract', SAMPLES, '--records', out]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('5 records written');
  const files = readdirSync(out).sort();
  expect(files).toEqual(readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => f.replace('.txt', '.json')).sort());
  for (const f of files) expect(ArticleRecord.safeParse(JSON.parse(readFileSync(join(out, f), 'utf8'))).success).toBe(true);
});

test('kg ingest test/fixtures/bad: the readable files load, every other one is named with its reason, exit 3', () => {
  const r = kg(['ingest', 'test/fixtures/bad'], { ...testEnv(), FORCE_COLOR: '0' });
  expect(r.status).toBe(3);
  const lines = r.stdout.split('\n');
  expect(lines[0]).toBe('15 files: 10 loaded, 1 duplicate, 4 rejected');
  expect(r.stdout).toMatch(/Loaded, with notes:\n  test\/fixtures\/bad\/04_utf16le_bom\.txt +decoded from UTF-16LE\n/);
  expect(r.stdout).toMatch(/Duplicates, not loaded again:\n  test\/fixtures\/bad\/14_same_article_b\.txt +same text as 13_same_article_a\.txt\n/);
  expect(r.stdout).toMatch(/Rejected \(fix the file and run again\):\n  test\/fixtures\/bad\/01_empty\.txt +empty file\n/);
  expect(r.stdout).toMatch(/07_latin1\.txt +letters were lost/);
  const q = kg(['query', "MATCH (p:Person)-[:CHAIRED]->(m:Meeting) WHERE m.body CONTAINS 'Sóc Trăng' RETURN p.name AS name, m.body AS body", '--json']);
  expect(JSON.parse(q.stdout)).toEqual([{ name: 'Hồ Thị Cẩm Đào', body: 'HĐND tỉnh Sóc Trăng' }]);
});

test('kg ingest twice: all unchanged the second time, the same count after each', () => {
  expect(kg(['ingest', SAMPLES]).status).toBe(0);
  const count = () => JSON.parse(kg(['query', 'MATCH (n) RETURN count(n) AS n', '--json']).stdout)[0].n;
  const n1 = count();
  const second = kg(['ingest', SAMPLES]);
  expect(second.stdout).toContain('5 files: 5 unchanged');
  expect(count()).toBe(n1);
});

test('kg query is read-only and takes parameters', () => {
  kg(['ingest', SAMPLES]);
  const w = kg(['query', 'CREATE (n:Intruder) RETURN n']);
  expect(w.status).toBe(1);
  expect(w.stderr).toMatch(/read access mode/i);
  const p = kg(['query', 'MATCH (m:Meeting) WHERE m.date STARTS WITH toString($y) RETURN m.body AS body', '--param', 'y=2020', '--json']);
  expect(JSON.parse(p.stdout)).toEqual([{ body: 'Ban Thường vụ Tỉnh ủy Lạng Sơn' }]);
});

test('Neo4j unreachable: one line naming the URI, exit 1, within 15 s', () => {
  const t0 = Date.now();
  const r = kg(['ingest', SAMPLES], { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'x' });
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('bolt://127.0.0.1:9');
  expect(Date.now() - t0).toBeLessThan(15_000);
});

test('usage errors exit 2 with a message; --help works everywhere', () => {
  expect(kg(['extract', SAMPLES]).status).toBe(2);
  // serving beyond this machine needs a token, and says so before starting anything
  const open = kg(['serve', '--host', '0.0.0.0']);
  expect(open.status).toBe(2);
  expect(open.stderr).toContain('KG_API_TOKEN');
  for (const bad of [['--batch', '0'], ['--workers', '-1'], ['--batch', 'many']]) {
    const r = kg(['ingest', SAMPLES, ...bad]);
    expect([bad, r.status]).toEqual([bad, 2]);
    expect(r.stderr).toContain(bad[0]);
  }
  for (const c of ['ingest', 'extract', 'query', 'serve', 'start', 'db']) {
    const h = kg([c, '--help']);
    expect([c, h.status]).toEqual([c, 0]);
    expect(h.stdout).toContain(`kg ${c}`);
  }
});

describe('leadership commands', () => {
  beforeEach(() => { expect(kg(['ingest', SAMPLES]).status).toBe(0); });

  test('kg succession --json prints the holders in order, with dates, precision and evidence', () => {
    const r = kg(['succession', 'Bí thư Tỉnh uỷ Lạng Sơn', '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.post).toBe('Bí thư Tỉnh ủy Lạng Sơn');
    expect(s.holders.map((h: { name: string; from: string; fromPrecision: string }) => [h.name, h.from, h.fromPrecision])).toEqual([
      ['Lâm Thị Phương Thanh', '2018-11-29', 'day'], ['Nguyễn Quốc Đoàn', '2021-07-14', 'day'],
    ]);
    expect(s.holders[1].evidence[0]).toMatchObject({ article: '000_b1a23f1789d5980e.txt', sentence: expect.stringContaining('Nguyễn Quốc Đoàn') });
    const text = kg(['succession', 'bi thu tinh uy lang son']);
    expect(text.stdout).toMatch(/1\. Lâm Thị Phương Thanh[\s\S]*gap 2020-12-23 – 2021-07-14[\s\S]*2\. Nguyễn Quốc Đoàn/);
  });

  test('kg holders --at, kg person, kg chaired, kg conflicts', () => {
    expect(JSON.parse(kg(['holders', 'bi thu tinh uy lang son', '--at', '2020-01-01', '--json']).stdout).holders.map((h: { name: string }) => h.name))
      .toEqual(['Lâm Thị Phương Thanh']);
    expect(kg(['person', 'nguyen quoc doan']).stdout).toMatch(/Bí thư Tỉnh ủy Lạng Sơn\s+2021-07-14 \(seen\) – open[\s\S]*chaired \(1\)/);
    expect(JSON.parse(kg(['chaired', 'Lâm Thị Phương Thanh', '--json']).stdout)[0].chaired).toHaveLength(2);
    expect(kg(['conflicts']).stdout.trim()).toBe('no conflicts');
    expect(JSON.parse(kg(['conflicts', '--json']).stdout)).toEqual([]);
  });

  test('misuse and unknown names: exit 2 for a bad date, 1 with suggestions for an unknown post', () => {
    const bad = kg(['holders', 'bi thu tinh uy lang son', '--at', '2020-13-45']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--at 2020-13-45: expected a date YYYY-MM-DD/);
    const unknown = kg(['succession', 'Bí thư Tỉnh ủy Lạng']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no post named "Bí thư Tỉnh ủy Lạng"; did you mean: "Bí thư Tỉnh ủy Lạng Sơn"/);
  });
});
