// Corrections that last, in the real Neo4j: merge, split, reject and rename, each written to a plain file and
// applied at once; a re-ingest, a changed article and a fresh database keep them; removing one undoes it; a
// correction that names nothing is refused with the nearest names. Articles: test/fixtures/career.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCuration, writeCuration } from '../../src/curation/curation';
import { ingest } from '../../src/pipeline/ingest';
import { conflicts, people, succession } from '../../src/query/leadership';
import { curate, uncurate } from '../../src/query/curate';
import type { Store } from '../../src/store/connect';
import { canonicalDump, clearDatabase, openTestStore } from '../support/store';
import { FIXTURES, scratchDir } from '../support/paths';

const X = 'Trần Văn Bình';
let store: Store;
let dir: string;
let path: string;
beforeAll(async () => { store = await openTestStore(); });
afterAll(async () => { await store.close(); });
beforeEach(async () => {
  dir = scratchDir('kg-curate-');
  for (const f of readdirSync(join(FIXTURES, 'career'))) copyFileSync(join(FIXTURES, 'career', f), join(dir, f));
  path = join(dir, 'curation.json');
  await clearDatabase(store);
  await ingest(store.driver, [dir]);
});

const reingest = () => ingest(store.driver, [dir], { curation: readCuration(path) });
const byProvince = async (province: string) => (await people(store.driver, X)).find((p) => p.provinces.includes(province))!;

test('merge: two people are one, with the analyst\'s reason as the tie; it survives a re-ingest and a fresh database', async () => {
  const camau = await byProvince('Cà Mau');
  const career = await byProvince('Sơn La');
  const r = await curate(store.driver, path, { kind: 'merge', people: [`Person:${camau.person}`, `Person:${career.nodes[1]}`], reason: 'hồ sơ cán bộ cho thấy là một người' });
  expect(r.correction).toMatchObject({ kind: 'merge', reason: 'hồ sơ cán bộ cho thấy là một người' });
  const one = await people(store.driver, X);
  expect(one).toHaveLength(1);
  expect(one[0]!.provinces).toEqual(['Cà Mau', 'Hòa Bình', 'Sơn La']);
  expect(one[0]!.ties).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'curated', sentence: 'hồ sơ cán bộ cho thấy là một người' })]));
  const merged = await canonicalDump(store);
  await reingest();
  expect(await canonicalDump(store)).toEqual(merged);
  await clearDatabase(store);
  await reingest();
  expect(await people(store.driver, X)).toHaveLength(1);
  // the file is plain and reviewable: one correction, with its reason and date
  expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ version: 1, corrections: [expect.objectContaining({ kind: 'merge', at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })] });
});

test('split: a node the articles tied is a person of its own; removing the correction ties it again', async () => {
  const career = await byProvince('Sơn La');
  const hoaBinh = career.nodes.find((n) => n.includes('@hoa-binh'))!;
  const r = await curate(store.driver, path, { kind: 'split', node: `Person:${hoaBinh}`, reason: 'người khác cùng tên' });
  const ps = await people(store.driver, X);
  expect(ps).toHaveLength(3);
  expect(ps.find((p) => p.person === hoaBinh)!.nodes).toEqual([hoaBinh]);
  // the transfer article (302) still says the Sơn La secretary once held Hòa Bình: that fact stays his
  expect((await succession(store.driver, 'Bí thư Tỉnh ủy Hòa Bình')).holders.map((h) => h.person)).toContain(hoaBinh);
  await uncurate(store.driver, path, r.correction!.id);
  expect((await byProvince('Sơn La')).nodes).toContain(hoaBinh);
});

test('reject: a fact counts for nothing but stays, marked; a changed article keeps the rejection', async () => {
  await curate(store.driver, path, { kind: 'reject', person: 'Person:' + (await byProvince('Cà Mau')).person, target: 'Phó Chủ tịch UBND tỉnh Cà Mau', reason: 'bài báo ghi nhầm tên' });
  expect((await succession(store.driver, 'Phó Chủ tịch UBND tỉnh Cà Mau')).holders).toEqual([]);
  const marked = await store.driver.executeQuery('MATCH ()-[r:HELD_POST {rejected: true}]->(:Post) RETURN r.rejectReason AS why, r.article AS article');
  expect(marked.records.map((r) => [r.get('why'), r.get('article')])).toEqual([['bài báo ghi nhầm tên', '306_camau_phien_hop_2022.txt']]);
  const file = join(dir, '306_camau_phien_hop_2022.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('Phiên họp thảo luận', 'Phiên họp đã thảo luận'));
  const summary = await reingest();
  expect(summary.items.find((x) => x.id === '306_camau_phien_hop_2022.txt')?.outcome).toBe('replaced');
  expect((await succession(store.driver, 'Phó Chủ tịch UBND tỉnh Cà Mau')).holders).toEqual([]);
  expect(summary.curationMissing).toEqual([]);
});

test('rename: a post is shown by its new name, its facts and tenures kept; removing it gives the old name back', async () => {
  const r = await curate(store.driver, path, { kind: 'rename', post: 'Bí thư Tỉnh ủy Sơn La', to: 'Bí thư Tỉnh ủy Sơn La (khóa XV)', reason: 'ghi rõ khóa' });
  const s = await succession(store.driver, 'Bí thư Tỉnh ủy Sơn La (khóa XV)');
  expect(s.post).toBe('Bí thư Tỉnh ủy Sơn La (khóa XV)');
  expect(s.holders.map((h) => h.name)).toEqual([X]);
  await reingest();
  expect((await succession(store.driver, 'Bí thư Tỉnh ủy Sơn La (khóa XV)')).holders).toHaveLength(1);
  await uncurate(store.driver, path, r.correction!.id);
  expect((await succession(store.driver, 'Bí thư Tỉnh ủy Sơn La')).post).toBe('Bí thư Tỉnh ủy Sơn La');
});

test.each<[string, Parameters<typeof curate>[2], RegExp]>([
  ['a person nobody is', { kind: 'merge', people: ['Trần Văn Bì', 'Lê Văn Khải'], reason: 'r' }, /no person named "Trần Văn Bì"; did you mean: "Trần Văn Bình"/],
  ['a name several people have', { kind: 'merge', people: [X, 'Lê Văn Khải'], reason: 'r' }, /2 people are named "Trần Văn Bình": Person:.*; name one by its node/],
  ['a post nobody holds', { kind: 'rename', post: 'Bí thư Tỉnh ủy Sơn', to: 'y', reason: 'r' }, /did you mean: "Bí thư Tỉnh ủy Sơn La"/],
  ['a fact the person does not have', { kind: 'reject', person: 'Lê Văn Khải', target: 'Bí thư Tỉnh ủy Sơn La', reason: 'r' }, /no fact of Lê Văn Khải about "Bí thư Tỉnh ủy Sơn La"; their facts: .*HELD_POST Phó Trưởng Ban Tổ chức Trung ương/],
  ['no reason', { kind: 'rename', post: 'Bí thư Tỉnh ủy Sơn La', to: 'y', reason: ' ' }, /needs a reason/],
])('refused: %s', async (_what, req, message) => {
  await expect(curate(store.driver, path, req)).rejects.toThrow(message);
  expect(readCuration(path).corrections).toEqual([]);
});

test('a curation file that is not one is refused, naming the file and the reason', () => {
  writeFileSync(path, '{"version": 2}');
  expect(() => readCuration(path)).toThrow(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a curation file: version`));
  writeCuration(path, { version: 1, corrections: [] });
  expect(readCuration(path)).toEqual({ version: 1, corrections: [] });
});

describe('confirm: a doubtful fact an analyst says is right counts', () => {
  // four reports in the project's own words: A elected (2015), shown (2016), B elected replacing A (2018), and one
  // report alone showing A in the seat a year later (misdated or misread)
  const REPORTS: Record<string, string> = {
    'd1.txt': 'Thứ sáu, 16/01/2015\n\nBầu Chủ tịch UBND tỉnh\n\nSáng 15/1, HĐND tỉnh Lạng Sơn tổ chức kỳ họp bất thường. Kỳ họp đã bầu ông Lê Văn Sáu giữ chức Chủ tịch UBND tỉnh Lạng Sơn.\n',
    'd2.txt': 'Thứ năm, 10/03/2016\n\nPhiên họp UBND tỉnh\n\nSáng 9/3, UBND tỉnh Lạng Sơn tổ chức phiên họp thường kỳ. Ông Lê Văn Sáu, Chủ tịch UBND tỉnh Lạng Sơn chủ trì phiên họp.\n',
    'd3.txt': 'Thứ tư, 16/05/2018\n\nBầu Chủ tịch UBND tỉnh\n\nSáng 15/5, HĐND tỉnh Lạng Sơn tổ chức kỳ họp bất thường. Kỳ họp đã bầu ông Hồ Văn Bảy giữ chức Chủ tịch UBND tỉnh Lạng Sơn thay ông Lê Văn Sáu.\n',
    'd4.txt': 'Thứ tư, 10/04/2019\n\nPhiên họp UBND tỉnh\n\nSáng 9/4, UBND tỉnh Lạng Sơn tổ chức phiên họp thường kỳ. Ông Lê Văn Sáu, Chủ tịch UBND tỉnh Lạng Sơn chủ trì phiên họp.\n',
  };
  beforeEach(async () => {
    for (const [f, text] of Object.entries(REPORTS)) writeFileSync(join(dir, f), text);
    await ingest(store.driver, [dir]);
  });
  test('doubtful until confirmed: kg conflicts lists it, the tenure ends where the others say; a confirmation makes it count', async () => {
    const seat = () => succession(store.driver, 'Chủ tịch UBND tỉnh Lạng Sơn');
    expect((await seat()).holders.map((h) => [h.name, h.to])).toEqual([['Lê Văn Sáu', '2018-05-15'], ['Hồ Văn Bảy', null]]);
    expect((await conflicts(store.driver)).filter((c) => c.kind === 'doubtful').map((c) => c.messageVi)).toEqual([expect.stringMatching(/^Nghi vấn: chỉ bài d4\.txt/)]);
    const r = await curate(store.driver, path, { kind: 'confirm', person: 'Lê Văn Sáu', target: 'Chủ tịch UBND tỉnh Lạng Sơn', type: 'HELD_POST', article: 'd4.txt', reason: 'hồ sơ cho thấy đúng' });
    expect(r.correction).toMatchObject({ kind: 'confirm', fact: { type: 'HELD_POST', article: 'd4.txt' } });
    expect(r.applied.confirmed).toBe(1);
    const cs = await conflicts(store.driver);
    expect(cs.filter((c) => c.kind === 'doubtful')).toEqual([]);
    expect((await seat()).holders.find((h) => h.name === 'Lê Văn Sáu')!.lastSeen).toBe('2019-04-09');
    // taken back: doubtful again
    await uncurate(store.driver, path, r.correction!.id);
    expect((await conflicts(store.driver)).map((c) => c.kind)).toContain('doubtful');
  });
});

test('a rejected fact that moves with its reading (a merge) is still found when the rejection is taken back', async () => {
  const career = await byProvince('Sơn La');
  const camau = await byProvince('Cà Mau');
  const rej = await curate(store.driver, path, { kind: 'reject', person: `Person:${career.person}`, target: 'Bí thư Tỉnh ủy Sơn La', type: 'TOOK_POST', reason: 'bài báo ghi nhầm tên' });
  const took = async () => (await succession(store.driver, 'Bí thư Tỉnh ủy Sơn La')).holders.map((h) => h.fromBasis);
  expect(await took()).not.toContain('stated');
  // merging moves the career's readings and facts onto the Cà Mau person (its key is the smallest)
  expect(camau.person < career.person).toBe(true);
  await curate(store.driver, path, { kind: 'merge', people: [`Person:${camau.person}`, `Person:${career.person}`], reason: 'một người' });
  expect((await people(store.driver, X))).toHaveLength(1);
  await uncurate(store.driver, path, rej.correction!.id);
  expect(await took()).toContain('stated');
});
