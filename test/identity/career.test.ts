// One person, one career, in the real Neo4j: articles that tie a name's posts in two provinces and the centre
// make one person; a namesake nothing ties stays apart; the result is the same whatever order the articles
// come in, and follows a changed article. The articles (test/fixtures/career) are in the project's own words.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/pipeline/ingest';
import { people } from '../../src/query/leadership';
import { timeline } from '../../src/query/viewer';
import type { Store } from '../../src/store/connect';
import { refreshIdentity } from '../../src/store/identity';
import { canonicalDump, clearDatabase, openTestStore } from '../support/store';
import { FIXTURES, scratchDir } from '../support/paths';

const CAREER = join(FIXTURES, 'career');
const FILES = readdirSync(CAREER).filter((f) => f.endsWith('.txt')).sort();
const X = 'Trần Văn Bình';

let store: Store;
beforeAll(async () => { store = await openTestStore(); });
afterAll(async () => { await store.close(); });

/** Ingests the files one run each, in the order given. */
async function ingestInOrder(files: string[]): Promise<void> {
  await clearDatabase(store);
  for (const f of files) await ingest(store.driver, [join(CAREER, f)]);
}

describe('a career across two provinces and the centre', () => {
  beforeAll(() => ingestInOrder(FILES));

  test('the transfer, "nguyên …" and the central post make one person; the Cà Mau namesake stays apart', async () => {
    const ps = await people(store.driver, X);
    expect(ps).toHaveLength(2);
    const career = ps.find((p) => p.provinces.includes('Sơn La'))!;
    const namesake = ps.find((p) => p.provinces.includes('Cà Mau'))!;
    expect(career.provinces).toEqual(['Hòa Bình', 'Sơn La']);
    expect(career.nodes).toHaveLength(3);
    expect(career.posts.map((t) => [t.post, t.province])).toEqual([
      ['Bí thư Tỉnh ủy Hòa Bình', 'Hòa Bình'],
      ['Bí thư Tỉnh ủy Sơn La', 'Sơn La'],
      ['Phó Trưởng Ban Tổ chức Trung ương', null],
    ]);
    expect(career.ties.map((t) => [t.article, t.reason])).toEqual(expect.arrayContaining([
      ['302_sonla_dieu_dong_2021.txt', 'transfer'], ['304_tw_lam_viec_2024.txt', 'former'],
    ]));
    expect(career.ties.find((t) => t.reason === 'transfer')!.sentence).toMatch(/điều động đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Hòa Bình/);
    expect(career.chaired.map((m) => m.date)).toEqual(['2019-03-14', '2025-03-08']);
    expect(namesake.nodes).toHaveLength(1);
    expect(namesake.apart).toBe('not Trần Văn Bình (Hòa Bình, Sơn La): no article ties them');
  });

  test('the person timeline has one lane per post, across provinces, from any of the person\'s nodes', async () => {
    const career = (await people(store.driver, X)).find((p) => p.provinces.includes('Sơn La'))!;
    for (const node of career.nodes) {
      const t = await timeline(store.driver, { person: `Person:${node}` });
      expect(t.id).toBe(`Person:${career.person}`);
      expect(t.lanes.map((l) => [l.name, l.province ?? null])).toEqual([
        ['Bí thư Tỉnh ủy Hòa Bình', 'Hòa Bình'], ['Bí thư Tỉnh ủy Sơn La', 'Sơn La'], ['Phó Trưởng Ban Tổ chức Trung ương', 'trung ương'], ['Hội nghị', null],
      ]);
      expect(t.identity!.nodes).toEqual(career.nodes);
      expect(t.identity!.ties.map((x) => x.article)).toContain('302_sonla_dieu_dong_2021.txt');
    }
  });

  test('working identity out again changes nothing', async () => {
    const before = await canonicalDump(store);
    await refreshIdentity(store.driver, true);
    expect(await canonicalDump(store)).toEqual(before);
  });
});

test('ingesting the articles in another order gives the same graph', async () => {
  await ingestInOrder(FILES);
  const forward = await canonicalDump(store);
  await ingestInOrder([...FILES].reverse());
  expect(await canonicalDump(store)).toEqual(forward);
  await clearDatabase(store);
  await ingest(store.driver, [CAREER]);
  expect(await canonicalDump(store)).toEqual(forward);
});

test('a changed article that no longer ties two posts splits the person, and changing it back joins them again', async () => {
  const dir = scratchDir('kg-career-');
  for (const f of FILES) copyFileSync(join(CAREER, f), join(dir, f));
  await clearDatabase(store);
  await ingest(store.driver, [dir]);
  const joined = await canonicalDump(store);
  const file = join(dir, '302_sonla_dieu_dong_2021.txt');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Hòa Bình, giữ chức', 'đồng chí Trần Văn Bình giữ chức'));
  await ingest(store.driver, [dir]);
  const ps = await people(store.driver, X);
  expect(ps.map((p) => p.provinces.join(', ')).sort()).toEqual(['Cà Mau', 'Hòa Bình', 'Sơn La']);
  expect(ps.find((p) => p.provinces.includes('Sơn La'))!.posts.map((t) => t.post)).not.toContain('Bí thư Tỉnh ủy Hòa Bình');
  writeFileSync(file, original);
  await ingest(store.driver, [dir]);
  expect(await canonicalDump(store)).toEqual(joined);
});
