// test/fixtures/bad through `ingest` into the real Neo4j: each file decoded, repaired or refused with its
// reason, the rest of the batch loaded, the summary naming every file. The 20 MB file is made here.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSummary } from '../../src/cli';
import { ingest, ingestExitCode, type IngestSummary } from '../../src/pipeline/ingest';
import type { Store } from '../../src/store/connect';
import { FIXTURES, scratchDir } from '../support/paths';
import { clearDatabase, openTestStore } from '../support/store';

let store: Store;
let summary: IngestSummary;
let dir: string;

beforeAll(async () => {
  store = await openTestStore();
  await clearDatabase(store);
  dir = scratchDir('kg-bad-');
  cpSync(join(FIXTURES, 'bad'), dir, { recursive: true });
  // 20 MB of text: an article repeated, as a scraper that never found the page's end would save it
  const article = 'Sáng 14/7, đồng chí Nguyễn Văn A chủ trì hội nghị Ban Thường vụ Tỉnh ủy. '.repeat(100) + '\n\n';
  writeFileSync(join(dir, '16_twenty_megabytes.txt'), `Thứ năm, 15/07/2021\n\n${article.repeat(Math.ceil((20 * 1048576) / Buffer.byteLength(article)))}`);
  summary = await ingest(store.driver, [dir]);
}, 120_000);
afterAll(async () => { await store.close(); });

const item = (file: string) => {
  const x = summary.items.find((i) => i.id === file);
  if (!x) throw new Error(`${file} is not in the summary`);
  return x;
};

const names = async (article: string): Promise<string[]> => {
  const r = await store.driver.executeQuery('MATCH (:Article {key: $article})-[:MENTIONS]->(p:Person) RETURN p.name AS name ORDER BY name', { article });
  return r.records.map((x) => x.get('name') as string);
};

test.each([
  ['01_empty.txt', 'rejected', /^empty file$/],
  ['02_whitespace.txt', 'rejected', /only white space/],
  ['03_binary.txt', 'rejected', /^a PNG image, not article text; save the article as a \.txt file$/],
  ['07_latin1.txt', 'rejected', /letters were lost before the file was saved \("Th\? H\?i ngh\?"\)/],
  ['14_same_article_b.txt', 'duplicate', /^same text as 13_same_article_a\.txt$/],
  ['16_twenty_megabytes.txt', 'rejected', /too large \(20\.0 MB; an article is at most 5 MB\)/],
])('%s is %s: %s', (file, outcome, reason) => {
  expect(item(file).outcome).toBe(outcome);
  expect(item(file).reason).toMatch(reason);
});

test.each([
  ['04_utf16le_bom.txt', ['decoded from UTF-16LE'], ['Lê Thành Đô', 'Trần Văn Sơn']],
  ['05_utf8_bom.txt', ['UTF-8 byte order mark removed'], ['Nguyễn Thành Tâm', 'Trần Văn Chiến']],
  ['06_windows1258.txt', ['decoded from Windows-1258 (not UTF-8)', 'decomposed letters (NFD) composed'], ['Hồ Thị Cẩm Đào', 'Trần Văn Lâu']],
  ['08_nfd.txt', ['decomposed letters (NFD) composed'], ['Nguyễn Văn Sơn']],
  ['09_zero_width_nbsp.txt', ['4 invisible characters (zero-width, soft hyphen) removed'], ['Hoàng Duy Chinh', 'Nguyễn Long Hải']],
  ['10_saved_page.html', ['HTML page: its article read by Readability'], ['Nguyễn Mạnh Cường', 'Trần Tuệ Hiền']],
  ['11_no_date_line.txt', ['the first line is not a date line; meeting years cannot be bounded'], ['Ngô Chí Cường']],
  ['12_cut_off.txt', [expect.stringContaining('the text ends mid-sentence')], ['Vũ Đại Thắng']],
  ['13_same_article_a.txt', undefined, ['Giàng Páo Mỷ']],
])('%s is loaded (notes %j) and names its people as written', async (file, notes, people) => {
  expect(item(file).outcome).toBe('loaded');
  expect(item(file).notes).toEqual(notes);
  expect(await names(file)).toEqual(people);
});

test('the saved page loads as its article: headline, date from its metadata, no script or menu text', async () => {
  const r = await store.driver.executeQuery('MATCH (a:Article {key: "10_saved_page.html"}) RETURN a.title AS title, a.pageDate AS date');
  expect(r.records[0]?.get('title')).toBe('Hội nghị Ban Chấp hành Đảng bộ tỉnh Bình Phước lần thứ 6');
  expect(r.records[0]?.get('date')).toBe('2021-08-03');
  const leaks = await store.driver.executeQuery(
    'MATCH ()-[r]->() WHERE r.article = "10_saved_page.html" AND (r.sentence CONTAINS "dataLayer" OR r.sentence CONTAINS "<" OR r.sentence CONTAINS "Tin liên quan") RETURN count(r) AS n');
  expect(leaks.records[0]?.get('n').toNumber()).toBe(0);
  const met = await store.driver.executeQuery('MATCH (:Article {key: "10_saved_page.html"})-[:REPORTS]->(m:Meeting) RETURN m.date AS date');
  expect(met.records.map((x) => x.get('date'))).toEqual(['2021-08-03']);
});

test('markup in a text file is kept as text, never interpreted: the title says <img …> literally', async () => {
  expect(item('15_html_in_name.txt').outcome).toBe('loaded');
  const r = await store.driver.executeQuery('MATCH (a:Article {key: "15_html_in_name.txt"}) RETURN a.title AS title');
  expect(r.records[0]?.get('title')).toBe('Hội nghị <img src=x onerror=alert(1)> Ban Thường vụ Tỉnh ủy Kiên Giang');
  expect(await names('15_html_in_name.txt')).toEqual(['Đỗ Thanh Bình']);
});

test('every stored string is NFC, with no zero-width characters and no BOM', async () => {
  const r = await store.driver.executeQuery(`
    MATCH (n) UNWIND [k IN keys(n) WHERE n[k] IS :: STRING | n[k]] AS v RETURN v UNION ALL
    MATCH ()-[r]->() UNWIND [k IN keys(r) WHERE r[k] IS :: STRING | r[k]] AS v RETURN v`);
  const values = r.records.map((x) => x.get('v') as string);
  expect(values.length).toBeGreaterThan(100);
  expect(values.filter((v) => v !== v.normalize('NFC') || /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(v))).toEqual([]);
});

test('the summary names every file that was not loaded as it was, with its reason, and the exit code says some were rejected', () => {
  expect(summary.items).toHaveLength(16);
  const text = formatSummary(summary);
  expect(text.split('\n')[0]).toBe('16 files: 10 loaded, 1 duplicate, 5 rejected');
  for (const x of summary.items) {
    if (x.outcome !== 'loaded' || x.notes) expect(text).toContain(x.file);
  }
  expect(text).toMatch(/Rejected \(fix the file and run again\):\n(\s+\S+\s+.+\n){4}\s+\S+16_twenty_megabytes\.txt\s+too large/);
  expect(text).toContain('(and 2 files loaded as they were)');
  expect(ingestExitCode(summary)).toBe(3);
});

test('a copy of a loaded article under a new name, in a later run, is a duplicate of the stored one', async () => {
  const later = scratchDir('kg-bad-later-');
  cpSync(join(dir, '14_same_article_b.txt'), join(later, 'renamed.txt'));
  const again = await ingest(store.driver, [later]);
  expect(again.items).toEqual([expect.objectContaining({ id: 'renamed.txt', outcome: 'duplicate', reason: 'same text as 13_same_article_a.txt, already loaded' })]);
});

describe('an article Neo4j refuses', () => {
  // Neo4j's range indexes refuse values over about 8 KB. kg keeps its own indexed values short (keys and
  // `search` are bounded), so an index on the title, made here, is what refuses the 10 KB title.
  beforeAll(async () => { await store.driver.executeQuery('CREATE INDEX test_article_title IF NOT EXISTS FOR (n:Article) ON (n.title)'); });
  afterAll(async () => { await store.driver.executeQuery('DROP INDEX test_article_title IF EXISTS'); });

  test('is rejected with Neo4j\'s reason, alone: the rest of its batch loads', async () => {
    const d = scratchDir('kg-refused-');
    const words = Array.from({ length: 2_000 }, (_, i) => ['Hội nghị', 'Tỉnh ủy', 'Lạng Sơn', 'lần thứ'][i % 4]).join(' ');
    writeFileSync(join(d, 'b_long_title.txt'), `Thứ hai, 04/07/2022\n\n${words}\n\nSáng 3/7, đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy Lạng Sơn chủ trì hội nghị.\n`);
    cpSync(join(FIXTURES, 'articles', '101_quangninh_bau_bi_thu.txt'), join(d, 'a.txt'));
    cpSync(join(FIXTURES, 'articles', '102_hatinh_ky_hop_hdnd.txt'), join(d, 'c.txt'));
    const s = await ingest(store.driver, [d]);
    expect(s.items.map((x) => [x.id, x.outcome])).toEqual([['a.txt', 'loaded'], ['b_long_title.txt', 'rejected'], ['c.txt', 'loaded']]);
    expect(s.items[1]!.reason).toMatch(/^Neo4j refused its facts: Property value is too large to index/);
    expect(s.storeError).toBeNull();
    expect(ingestExitCode(s)).toBe(3);
    const stored = await store.driver.executeQuery('MATCH (a:Article) WHERE a.key IN ["a.txt", "b_long_title.txt", "c.txt"] RETURN a.key AS k ORDER BY k');
    expect(stored.records.map((r) => r.get('k'))).toEqual(['a.txt', 'c.txt']);
  });
});

test('names of a whole unpunctuated paragraph still load: keys and search text stay short enough to index', async () => {
  const d = scratchDir('kg-long-names-');
  const caps = Array.from({ length: 3_000 }, (_, i) => ['Khối', 'Cơ', 'Quan', 'Doanh', 'Nghiệp', 'Tỉnh'][i % 6]).join(' ');
  const long = Array.from({ length: 3_000 }, (_, i) => ['phát triển', 'kinh tế', 'xã hội', 'văn hóa'][i % 4]).join(' ');
  writeFileSync(join(d, 'long.txt'), `Thứ hai, 04/07/2022\n\nHội nghị\n\nSáng 3/7, Ban Chấp hành Đảng bộ ${caps} tổ chức hội nghị. Đồng chí Nguyễn Văn An, Bí thư Đảng ủy ${caps} chủ trì hội nghị. Hội nghị đã thông qua Nghị quyết về ${long}.\n`);
  const s = await ingest(store.driver, [d]);
  expect(s.items.map((x) => x.outcome)).toEqual(['loaded']);
  const r = await store.driver.executeQuery('MATCH (:Article {key: "long.txt"})-[*1..2]-(n) WHERE n:Post OR n:Body OR n:Resolution RETURN DISTINCT size(n.key) AS k, size(n.search) AS s, size(n.name) AS name');
  expect(r.records.length).toBeGreaterThanOrEqual(3);
  for (const x of r.records) {
    expect(x.get('k').toNumber()).toBeLessThanOrEqual(1000); // at most three bounded slugs
    expect(x.get('s').toNumber()).toBeLessThanOrEqual(1000);
    expect(x.get('name').toNumber()).toBeGreaterThan(10_000); // the name itself is kept whole
  }
});
