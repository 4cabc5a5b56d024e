// Tenures, succession, holders at a date, careers and conflicts, computed on load into the real Neo4j.
import neo4j from 'neo4j-driver';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/pipeline/ingest';
import { conflicts, holdersAt, luceneQuery, people, succession } from '../../src/query/leadership';
import type { Store } from '../../src/store/connect';
import { cypher } from '../../src/store/cypher';
import { runRead } from '../../src/store/read';
import { refreshTenures } from '../../src/store/tenures';
import { canonicalDump, clearDatabase, openTestStore } from '../support/store';
import { FIXTURES, SAMPLES, SHARED, scratchDir, withShared } from '../support/paths';

const STORY = join(FIXTURES, 'tenure-story');
const BAC_KAN = 'Chủ tịch UBND tỉnh Bắc Kạn';

let store: Store;
beforeAll(async () => { store = await openTestStore(); });
afterAll(async () => { await store.close(); });

describe('the sample corpus', () => {
  beforeAll(async () => {
    await clearDatabase(store);
    await ingest(store.driver, [SAMPLES]);
  });

  test('Bí thư Tỉnh ủy Lạng Sơn: Lâm Thị Phương Thanh, then Nguyễn Quốc Đoàn; Ngô Đông Hải (no province) absent', async () => {
    const s = await succession(store.driver, 'Bí thư Tỉnh ủy Lạng Sơn');
    expect(s.holders.map((h) => h.name)).toEqual(['Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn']);
    const [lam, doan] = s.holders;
    expect(lam!.from! <= '2018-11-29').toBe(true);
    expect(lam!.to! >= '2020-12-23').toBe(true);
    expect(doan).toMatchObject({ from: '2021-07-14', fromPrecision: 'day', to: null, toPrecision: 'open' });
    expect(lam!.evidence.map((e) => e.article).sort()).toEqual(['001_e6d35a45ef2bf389.txt', '004_ac388c513d8c7a51.txt']);
    expect(s.gaps).toEqual([{ after: 'Lâm Thị Phương Thanh', before: 'Nguyễn Quốc Đoàn', from: '2020-12-23', to: '2021-07-14', days: 203 }]);
  });

  test.each(['Bí thư Tỉnh uỷ Lạng Sơn', 'bi thu tinh uy lang son', 'BÍ THƯ TỈNH ỦY LẠNG SƠN', 'Bi thu Tinh uy  Lang Son'])('any spelling finds the post: %s', async (name) => {
    expect((await succession(store.driver, name)).post).toBe('Bí thư Tỉnh ủy Lạng Sơn');
  });

  test('the unqualified "Bí thư Tỉnh ủy" is its own post, not placed, never a succession', async () => {
    const s = await succession(store.driver, 'Bí thư Tỉnh ủy');
    expect(s).toMatchObject({ placed: false, gaps: [] });
    expect(s.holders.map((h) => h.name)).toEqual(['Ngô Đông Hải']);
  });

  test('holders at a date: inside a tenure, in the gap, after the last sighting of an open tenure', async () => {
    expect((await holdersAt(store.driver, 'bi thu tinh uy lang son', '2019-06-01')).holders.map((h) => h.name)).toEqual(['Lâm Thị Phương Thanh']);
    const gap = await holdersAt(store.driver, 'bi thu tinh uy lang son', '2021-03-01');
    expect(gap.holders).toEqual([]);
    expect([gap.before?.name, gap.after?.name]).toEqual(['Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn']);
    expect((await holdersAt(store.driver, 'bi thu tinh uy lang son', '2023-01-01')).holders.map((h) => h.name)).toEqual(['Nguyễn Quốc Đoàn']);
  });

  test('a person: posts over time, meetings chaired and spoken at, resolutions adopted where they chaired', async () => {
    const [p] = await people(store.driver, 'lam thi phuong thanh');
    expect(p!.posts.map((t) => t.post)).toContain('Bí thư Tỉnh ủy Lạng Sơn');
    expect(p!.chaired.map((m) => m.date)).toEqual(['2018-11-29', '2020-12-23']);
    expect(p!.spokeAt.length).toBeGreaterThan(0);
    expect(p!.approvedAtChaired.map((a) => a.date)).toEqual(['2018-11-29']);
    expect(p!.chaired[0]!.sentence).toMatch(/chủ trì/);
  });

  test('an unknown name says so and suggests near ones', async () => {
    await expect(succession(store.driver, 'Bí thư Tỉnh ủy Lạng')).rejects.toThrow(/no post named .*did you mean: "Bí thư Tỉnh ủy Lạng Sơn"/);
    await expect(people(store.driver, 'Không Có Ai')).rejects.toThrow(/no person named/);
  });
});

describe('a ten-year story of Chủ tịch UBND tỉnh Bắc Kạn (test/fixtures/tenure-story)', () => {
  beforeAll(async () => {
    await clearDatabase(store);
    await ingest(store.driver, [STORY]);
  });

  test('order, intervals and flags', async () => {
    const s = await succession(store.driver, 'chu tich ubnd tinh bac kan');
    expect(s.holders.map((h) => [h.name, h.acting, h.from, h.fromBasis, h.to, h.toBasis])).toEqual([
      ['Hoàng Văn Kiên', false, '2013-04-10', 'seen', '2015-06-05', 'stated'],
      ['Lý Thị Mai', false, '2015-06-05', 'stated', '2017-09-12', 'seen'],
      ['Đỗ Minh Quang', true, '2018-11-19', 'seen', '2019-01-15', 'seen'],
      // Nguyễn Đức Hải came "thay ông Đỗ Minh Quang": Quang's tenure ends on Hải's start
      ['Đỗ Minh Quang', false, '2019-01-15', 'stated', '2021-06-20', 'stated'],
      // Bắc Kạn merged into Thái Nguyên on 2025-07-01: the last holder's tenure ended by then
      ['Nguyễn Đức Hải', false, '2021-06-20', 'stated', '2025-07-01', 'before'],
      ['Phan Văn Tùng', false, '2022-05-10', 'seen', '2022-05-10', 'seen'],
    ]);
    expect(s.holders.map((h) => h.endReason)).toEqual([null, null, null, null, 'province merged', null]);
    expect(s.boundary).toMatchObject({ date: '2025-07-01', reason: 'province merged', becomes: 'Thái Nguyên', before: null });
    const [kien, mai, , quang, hai] = s.holders;
    expect(mai!.replaces).toBe('Hoàng Văn Kiên');
    expect(hai!.replaces).toBe('Đỗ Minh Quang');
    expect(quang!.terms).toEqual(['nhiệm kỳ 2016 - 2021']);
    // "ông Hoàng Văn Kiên, nguyên Chủ tịch UBND tỉnh" in 2017 is evidence of his (already ended) tenure
    expect(kien!.evidence.map((e) => e.article)).toContain('203_backan_phien_hop_2017.txt');
    expect(s.gaps.map((g) => [g.from, g.to])).toEqual([['2017-09-12', '2018-11-19']]);
  });

  test('the planted second holder is a conflict with both sides\' evidence; the "thay" statements agree', async () => {
    const cs = await conflicts(store.driver);
    expect(cs.map((c) => [c.kind, c.post, c.from, c.to])).toEqual([['overlap', BAC_KAN, '2022-05-10', '2022-05-10']]);
    expect(cs[0]!.holders.map((h) => h.name)).toEqual(['Nguyễn Đức Hải', 'Phan Văn Tùng']);
    expect(cs[0]!.holders[0]!.evidence.map((e) => e.article)).toEqual(['207_backan_ky_hop_thu_nhat_2021.txt', '209_backan_phien_hop_2023.txt']);
    expect(cs[0]!.holders[1]!.evidence[0]!.sentence).toMatch(/Phan Văn Tùng, Chủ tịch UBND tỉnh Bắc Kạn chủ trì/);
  });

  test('computing the tenures again changes nothing', async () => {
    const before = await canonicalDump(store);
    await refreshTenures(store.driver);
    expect(await canonicalDump(store)).toEqual(before);
  });

  test('a corrected article replaces its facts, and the tenures and conflicts follow', async () => {
    const dir = scratchDir('kg-story-');
    for (const f of readdirSync(STORY)) copyFileSync(join(STORY, f), join(dir, f));
    await clearDatabase(store);
    await ingest(store.driver, [dir]);
    const file = join(dir, '208_backan_bai_sai_2022.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Ông Phan Văn Tùng, Chủ tịch', 'Ông Nguyễn Đức Hải, Chủ tịch'));
    const summary = await ingest(store.driver, [dir]);
    expect(summary.items.find((x) => x.id === '208_backan_bai_sai_2022.txt')?.outcome).toBe('replaced');
    expect(await conflicts(store.driver)).toEqual([]);
    const s = await succession(store.driver, BAC_KAN);
    expect(s.holders.map((h) => h.name)).not.toContain('Phan Văn Tùng');
    await expect(people(store.driver, 'Phan Văn Tùng')).rejects.toThrow(/no person named/);
  });
});

test('namesakes whose posts place them in different provinces stay two people, each with their own tenure', async () => {
  const dir = scratchDir('kg-namesakes-');
  writeFileSync(join(dir, 'a.txt'), 'Thứ hai, 10/01/2022\n\nHội nghị\n\nSáng 5/1, Tỉnh ủy Hà Giang tổ chức hội nghị. Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị.\n');
  writeFileSync(join(dir, 'b.txt'), 'Thứ hai, 10/01/2022\n\nPhiên họp\n\nSáng 6/1, UBND tỉnh Cà Mau tổ chức phiên họp. Ông Nguyễn Văn Bình, Chủ tịch UBND tỉnh chủ trì phiên họp.\n');
  await clearDatabase(store);
  await ingest(store.driver, [dir]);
  const found = await people(store.driver, 'nguyen van binh');
  expect(found.map((p) => [p.province, p.posts.map((t) => t.post)])).toEqual([
    ['Cà Mau', ['Chủ tịch UBND tỉnh Cà Mau']], ['Hà Giang', ['Bí thư Tỉnh ủy Hà Giang']],
  ]);
  expect(await conflicts(store.driver)).toEqual([]);
});

test('a database loaded before tenures were computed gets them on the next ingest, even with nothing new', async () => {
  await clearDatabase(store);
  await ingest(store.driver, [SAMPLES]);
  await store.driver.executeQuery('MATCH (n) WHERE n:Tenure OR n:Conflict DETACH DELETE n');
  const summary = await ingest(store.driver, [SAMPLES]);
  expect(summary.items.every((x) => x.outcome === 'unchanged')).toBe(true);
  expect((await succession(store.driver, 'Bí thư Tỉnh ủy Lạng Sơn')).holders.map((h) => h.name)).toEqual(['Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn']);
});

describe('the real reports of ../shared/dev with the samples', () => {
  const real = withShared(['dev/articles'], 'successions from the real reports of ../shared/dev');
  beforeAll(async () => {
    await clearDatabase(store);
    if (real === test) await ingest(store.driver, [join(SHARED, 'dev', 'articles'), SAMPLES]);
  }, 180_000);

  real('Bí thư Tỉnh ủy Hải Dương: Bùi Thanh Quyến, then Nguyễn Mạnh Hiển', async () => {
    const s = await succession(store.driver, 'Bí thư Tỉnh ủy Hải Dương');
    expect(s.holders.map((h) => h.name)).toEqual(['Bùi Thanh Quyến', 'Nguyễn Mạnh Hiển']);
    expect(s.holders[0]!.from).toBe('2010-09-28');
    expect(s.holders[1]!.from).toBe('2019-11-12');
  });

  real('Chủ tịch UBND tỉnh Quảng Nam: Lê Phước Thanh (2013) before Lê Văn Dũng (elected 2024), an acting holder between', async () => {
    const s = await succession(store.driver, 'Chủ tịch UBND tỉnh Quảng Nam');
    const names = s.holders.map((h) => h.name);
    expect(names.indexOf('Lê Phước Thanh')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Lê Phước Thanh')).toBeLessThan(names.indexOf('Lê Văn Dũng'));
    expect(s.holders.find((h) => h.name === 'Lê Phước Thanh')!.from).toBe('2013-04-25');
    // Quảng Nam merged into Đà Nẵng on 2025-07-01: the last holder's tenure ended by then
    expect(s.holders.find((h) => h.name === 'Lê Văn Dũng')).toMatchObject({ from: '2024-06-21', to: '2025-07-01', toBasis: 'before', endReason: 'province merged' });
    expect(s.boundary).toMatchObject({ date: '2025-07-01', reason: 'province merged', becomes: 'Đà Nẵng', after: 'Lê Văn Dũng', before: null });
  });

  real('Bí thư Tỉnh ủy Lạng Sơn: Phùng Thanh Kiểm (a 2012 report, 409), then Lâm Thị Phương Thanh, then Nguyễn Quốc Đoàn', async () => {
    const s = await succession(store.driver, 'Bí thư Tỉnh ủy Lạng Sơn');
    expect(s.holders.map((h) => h.name)).toEqual(['Phùng Thanh Kiểm', 'Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn']);
    expect(s.holders[0]!.from).toBe('2012-07-10');
  });

  real('Bí thư Tỉnh ủy Quảng Trị: Lê Hữu Phúc, replaced by Nguyễn Văn Hùng (2015), then Lê Quang Tùng by the decision of 23.7 (2020)', async () => {
    const s = await succession(store.driver, 'Bí thư Tỉnh ủy Quảng Trị');
    expect(s.holders.map((h) => [h.name, h.from, h.to, h.toBasis])).toEqual([
      ['Lê Hữu Phúc', null, '2015-09-23', 'stated'],
      ['Nguyễn Văn Hùng', '2015-09-23', '2020-07-23', 'stated'],
      ['Lê Quang Tùng', '2020-07-23', '2025-07-01', 'before'],
    ]);
    // each end says why: the successor the text names ("thay ông …"), with the article that gives them the post
    expect(s.holders[1]!.toWhy).toBe('replaced by Lê Quang Tùng, as the text says ("thay")');
    expect(s.holders[1]!.toArticle).toMatch(/^417_/);
    expect(s.holders[1]!.toSentence).toMatch(/Lê Quang Tùng/);
    expect(s.gaps).toEqual([]);
  });

  real('holders at a date, as a careful reader names them (Quảng Trị, Quảng Nam)', async () => {
    const at = async (post: string, day: string) => (await holdersAt(store.driver, post, day)).holders.map((h) => h.name);
    expect(await at('Bí thư Tỉnh ủy Quảng Trị', '2018-01-01')).toEqual(['Nguyễn Văn Hùng']);
    expect(await at('Bí thư Tỉnh ủy Quảng Trị', '2022-01-01')).toEqual(['Lê Quang Tùng']);
    expect(await at('Chủ tịch UBND tỉnh Quảng Nam', '2017-01-01')).toEqual(['Đinh Văn Thu']);
    expect(await at('Chủ tịch UBND tỉnh Quảng Nam', '2021-01-01')).toEqual(['Lê Trí Thanh']);
  });

  real('a post taken elsewhere ends the province\'s: Nguyễn Hồng Lĩnh leaves Bà Rịa - Vũng Tàu for the centre (521)', async () => {
    const s = await succession(store.driver, 'Chủ tịch HĐND tỉnh Bà Rịa - Vũng Tàu');
    const linh = s.holders.find((h) => h.name === 'Nguyễn Hồng Lĩnh')!;
    expect([linh.to, linh.toBasis, linh.toWhy]).toEqual(['2020-07-30', 'before', 'took Phó Trưởng Ban Dân vận Trung ương on 2020-07-30, which cannot be held with it']);
  });

  real('no one holds single seats in two provinces at once (nor one with a full-time central post) unless an article shows both', async () => {
    const res = await store.driver.executeQuery(`
      MATCH (p:Person)-[:HAS_TENURE]->(t:Tenure)-[:OF_POST]->(post:Post)
      WHERE post.seats = 'one' AND post.scope = 'provincial' AND post.province IS NOT NULL AND t.from IS NOT NULL
      RETURN p.key AS person, post.province AS province, t.post AS post, t.from AS from, coalesce(t.to, '9999-12-31') AS to, t.evidenceDates AS seen`);
    const rows = res.records.map((r) => r.toObject() as { person: string; province: string; post: string; from: string; to: string; seen: string[] });
    const both = rows.flatMap((a) => rows.filter((b) => a.person === b.person && a.province < b.province && a.from < b.to && b.from < a.to &&
      !a.seen.some((d) => d && b.seen.includes(d))).map((b) => `${a.post} ${a.from}–${a.to} / ${b.post} ${b.from}–${b.to}`));
    expect(both).toEqual([]);
  });

  real('careers the reports tie are one person each; the Kon Tum Nguyễn Văn Hùng stays apart (410–419)', async () => {
    for (const [name, provinces] of [['Nguyễn Văn Thắng', ['Quảng Ninh', 'Điện Biên']], ['Lê Tiến Châu', ['Hậu Giang', 'Hải Phòng']]] as const) {
      const ps = await people(store.driver, name);
      expect([name, ps.length]).toEqual([name, 1]);
      expect(ps[0]!.provinces).toEqual(expect.arrayContaining([...provinces]));
    }
    const thang = (await people(store.driver, 'Nguyễn Văn Thắng'))[0]!;
    expect(thang.posts.map((t) => t.post)).toEqual(expect.arrayContaining(['Bí thư Tỉnh ủy Điện Biên', 'Bộ trưởng Bộ Giao thông vận tải']));
    const hung = await people(store.driver, 'Nguyễn Văn Hùng');
    expect(hung.map((p) => p.provinces).sort()).toEqual([['Kon Tum'], ['Quảng Trị']]);
    const quangTri = hung.find((p) => p.provinces.includes('Quảng Trị'))!;
    expect(quangTri.posts.map((t) => t.post)).toEqual(expect.arrayContaining(['Bí thư Tỉnh ủy Quảng Trị', 'Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch']));
  });

  real('no conflict the texts do not show: a handover announced and taken at one conference is none (313, Thái Nguyên)', async () => {
    expect(await conflicts(store.driver)).toEqual([]);
    const s = await succession(store.driver, 'Bí thư Tỉnh ủy Thái Nguyên');
    expect(s.holders.map((h) => h.name)).toEqual(['Trần Quốc Tỏ', 'Nguyễn Thanh Hải']);
  });

  real('one node per person: a Cypher user matching Person by name gets one node each, with everything one hop away', async () => {
    const count = async (name: string) => Number((await store.driver.executeQuery('MATCH (p:Person {name: $name}) RETURN count(p) AS n', { name })).records[0]!.get('n'));
    expect(await count('Nguyễn Văn Hùng')).toBe(2);
    expect(await count('Nguyễn Hồng Lĩnh')).toBe(1);
    expect(await count('Nguyễn Văn Thắng')).toBe(1);
    expect(await count('Lê Tiến Châu')).toBe(1);
    // the Quảng Trị secretary's posts in the province and at the ministry, his tenures and the articles, from his node
    const hop = await store.driver.executeQuery(`
      MATCH (p:Person {name: 'Nguyễn Văn Hùng'}) WHERE 'Quảng Trị' IN p.provinces
      RETURN [(p)-[:HELD_POST|TOOK_POST]->(x:Post) | x.name] AS posts, [(p)-[:HAS_TENURE]->(t:Tenure) | t.post] AS tenures,
        [(a:Article)-[:MENTIONS]->(p) | a.key] AS articles, [(r:Reading)-[:READ_AS]->(p) | r.key] AS readings`);
    const row = hop.records[0]!;
    expect(row.get('posts')).toEqual(expect.arrayContaining(['Bí thư Tỉnh ủy Quảng Trị', 'Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch']));
    expect(row.get('tenures')).toEqual(expect.arrayContaining(['Bí thư Tỉnh ủy Quảng Trị', 'Bộ trưởng Bộ Văn hóa - Thể thao và Du lịch']));
    expect(row.get('articles')).toEqual(expect.arrayContaining([expect.stringMatching(/^416_/), expect.stringMatching(/^417_/), expect.stringMatching(/^418_/)]));
    expect((row.get('readings') as string[]).length).toBe(2);
    // every fact about a person hangs off the person its reading is read as
    const stray = await store.driver.executeQuery(`
      MATCH (p:Person)-[r:HELD_POST|TOOK_POST|LEFT_POST|CHAIRED|SPOKE_AT]->() WHERE NOT EXISTS { (:Reading {key: r.reading})-[:READ_AS]->(p) }
      RETURN count(r) AS n`);
    expect(Number(stray.records[0]!.get('n'))).toBe(0);
  });

  real('the search lists a person once, with their provinces: two Nguyễn Văn Hùng', async () => {
    const res = await runRead(store.driver, cypher('read.cypher', 'search'), { lucene: luceneQuery('Nguyễn Văn Hùng'), limit: neo4j.int(20) });
    const hung = res.rows.filter((r) => r[0] === 'Person' && r[2] === 'Nguyễn Văn Hùng').map((r) => r[3]);
    expect(hung.sort()).toEqual(['Kon Tum', 'Quảng Trị']);
  });

  real('a career the reports tie: Bà Rịa - Vũng Tàu, the centre, then Đồng Nai is one person (521, 522)', async () => {
    const ps = await people(store.driver, 'Nguyễn Hồng Lĩnh');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.provinces).toEqual(['Bà Rịa - Vũng Tàu', 'Đồng Nai'].sort());
    expect(ps[0]!.posts.map((t) => t.post)).toEqual(expect.arrayContaining(['Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu', 'Phó Trưởng Ban Dân vận Trung ương', 'Bí thư Tỉnh ủy Đồng Nai']));
    expect(ps[0]!.ties.map((t) => t.article).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^521_/), expect.stringMatching(/^522_/)]));
  });

  real('namesakes nothing ties stay apart: the Nguyễn Thanh Hải of Thái Nguyên and of Long An (313, 511)', async () => {
    const ps = await people(store.driver, 'Nguyễn Thanh Hải');
    expect(ps.map((p) => p.provinces)).toEqual(expect.arrayContaining([['Long An'], ['Thái Nguyên']]));
    expect(ps.every((p) => p.nodes.length === 1 && /no article ties them/.test(p.apart ?? ''))).toBe(true);
  });
});

describe('who is who with the samples, ../shared/dev and the fixtures loaded', () => {
  const real = withShared(['dev/articles'], 'identity across the real reports of ../shared/dev');
  beforeAll(async () => {
    await clearDatabase(store);
    if (real === test) {
      await ingest(store.driver, [join(SHARED, 'dev', 'articles'), SAMPLES, join(FIXTURES, 'articles'), join(FIXTURES, 'career'), STORY]);
    }
  }, 180_000);

  real('no career an article ties is split: every tie to a reading that exists ends in the same person', async () => {
    const ties = await store.driver.executeQuery('MATCH (:Article)-[m:READS]->(:Reading) WHERE m.tieTo IS NOT NULL RETURN count(m) AS n');
    expect(Number(ties.records[0]!.get('n'))).toBeGreaterThan(10);
    const split = await store.driver.executeQuery(`
      MATCH (:Article)-[m:READS]->(p:Reading) WHERE m.tieTo IS NOT NULL
      UNWIND m.tieTo AS t
      MATCH (q:Reading {key: t})-[:READ_AS]->(x:Person) WHERE NOT (p)-[:READ_AS]->(x)
      RETURN p.key AS a, q.key AS b, m.article AS article`);
    expect(split.records.map((r) => [r.get('a'), r.get('b'), r.get('article')])).toEqual([]);
  });

  real('no namesakes merged that nothing ties: every reading joined to a person carries the ties that joined it', async () => {
    const joined = await store.driver.executeQuery('MATCH (p:Reading)-[:READ_AS]->(x:Person) WHERE p.key <> x.key RETURN count(p) AS n');
    expect(Number(joined.records[0]!.get('n'))).toBeGreaterThan(5);
    const untied = await store.driver.executeQuery(`
      MATCH (p:Reading)-[:READ_AS]->(x:Person) WHERE p.key <> x.key
      OPTIONAL MATCH (p)-[s:SAME_PERSON]->(:Reading {key: x.key})
      WITH p, s WHERE s IS NULL OR size(s.reasons) = 0
      RETURN p.key AS key`);
    expect(untied.records.map((r) => r.get('key'))).toEqual([]);
    const namesakes = await people(store.driver, 'Nguyễn Thanh Hải');
    expect(namesakes.length).toBeGreaterThanOrEqual(3);
  });
});
