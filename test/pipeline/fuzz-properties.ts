// The properties of test/pipeline/fuzz.test.ts (fast-check) over the pure stages a file goes through:
// decode, parse, extract, build graph. Random bytes, random Unicode, random Vietnamese made of the
// lexicon's own words, and mutated real articles: no stage may throw, every record and graph must validate
// against its schema, and no article may take long (a slow regular expression would show here). They run
// in a worker thread (test/support/in-worker.ts), so that an input that never finishes fails its test with
// the input instead of stopping the run. A failure prints fast-check's seed and path; `FC_SEED=… FC_PATH=…`
// replays it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractRecords } from '../../src/extract/extract-records';
import { buildGraph } from '../../src/graph/build-graph';
import { decodeArticle } from '../../src/parse/01-decode';
import { parseArticle } from '../../src/parse/parse-article';
import { contentHash } from '../../src/pipeline/article-files';
import { processArticle } from '../../src/pipeline/process-article';
import { ArticleGraph } from '../../src/schema/graph';
import { ArticleRecord } from '../../src/schema/records';
import { normalizeText } from '../../src/text/canon';
import { FIXTURES, SAMPLES } from '../support/paths';
import { reportInput } from '../support/in-worker';

const RUNS = Number(process.env.FC_RUNS) || 200;
const replay = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {};
const params = (numRuns = RUNS) => ({ numRuns, ...replay });
/** Longest any one article may take through parse, extract and graph. */
const BUDGET_MS = 2_000;

/** The whole pure pipeline on one text; throws only when a property is broken. */
function throughPipeline(raw: string): void {
  reportInput(raw);
  const t0 = performance.now();
  const text = normalizeText(raw);
  const article = parseArticle(text, { id: 'fuzz.txt' });
  const record = extractRecords(article);
  const parsed = ArticleRecord.safeParse(record);
  if (!parsed.success) throw new Error(`invalid record: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const d of record.diagnostics) if (!d.code || !d.message) throw new Error(`untyped diagnostic ${JSON.stringify(d)}`);
  const graph = ArticleGraph.safeParse(buildGraph(record, contentHash(text)));
  if (!graph.success) throw new Error(`invalid graph: ${graph.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  // what the ingest runs: a record and a graph, or a reason, never an exception turned into one
  const p = processArticle('fuzz.txt', text, contentHash(text));
  if (!p.ok && p.reason.startsWith('extraction failed')) throw new Error(p.reason);
  const ms = performance.now() - t0;
  if (ms > BUDGET_MS) throw new Error(`took ${Math.round(ms)} ms (budget ${BUDGET_MS} ms) for ${raw.length} characters`);
}

const read = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
const ARTICLES = [...read(SAMPLES), ...read(join(FIXTURES, 'articles')), ...read(join(FIXTURES, 'tenure-story'))];

// Words of the domain, so that random text reaches deep into the extractors.
const WORDS = [
  'đồng chí', 'Đồng chí', 'Nguyễn Quốc Đoàn', 'Lâm Thị Phương Thanh', 'Nguyễn Văn', 'Trần', 'Hồ Tiến Thiệu', ',', ',', '.', ';', ':',
  'Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Bí thư Tỉnh uỷ', 'Tình ủy', 'Phó Bí thư Thường trực', 'Chủ tịch UBND tỉnh', 'Chủ tịch HĐND',
  'Chủ tịch Ủy ban MTTQ', 'Trưởng Ban Tổ chức', 'Giám đốc Sở', 'nguyên', 'thay', 'ông', 'bà', 'được bầu giữ chức', 'thôi giữ chức',
  'chủ trì', 'đồng chủ trì', 'phát biểu', 'kết luận', 'dự', 'hội nghị', 'Hội nghị', 'Ban Thường vụ Tỉnh ủy', 'Ban Chấp hành Đảng bộ tỉnh',
  'kỳ họp thứ', 'phiên họp', 'thông qua', 'Nghị quyết', 'số 12/NQ-TU', 'Kế hoạch', 'Đề án', 'Quyết định', 'ngày', 'Sáng nay (14/7)',
  'Chiều ngày 20/1', 'Ngày 23/12/2020', 'Sáng 3/8', 'năm 2021', 'tỉnh Lạng Sơn', 'Lạng Sơn', 'Cao Bằng', 'thành phố Hồ Chí Minh',
  'Hồ Chí Minh', 'huyện', 'xã', '(', ')', '"', '“', '”', '–', '-', '\n', '\n\n', 'Thứ hai, 04/07/2022', '04/07/2022 08:15', 'Ảnh:',
  'Trang chủ |', 'Tin liên quan', 'Bản quyền', 'LS -', 'Minh Hằng', '\u00a0', '\u200b', 'uỷ', 'ủy', 'Ð', '0', '31/02', '99/99/9999',
];
const vietnamese = fc.array(fc.constantFrom(...WORDS), { maxLength: 400, size: 'max' }).map((w) => w.join(' '));

/** Random edits of a real article: cut, repeat, splice noise in, drop or swap lines, decompose, truncate. */
const mutated = fc.tuple(
  fc.constantFrom(...ARTICLES),
  fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('cut', 'repeat', 'noise', 'swap', 'nfd', 'truncate', 'upper', 'lower', 'join-lines'), fc.string({ unit: 'binary', maxLength: 20, size: 'max' })), { minLength: 1, maxLength: 8, size: 'max' }),
).map(([text, edits]) => edits.reduce((t, [a, b, op, noise]) => {
  const i = t.length ? a % t.length : 0;
  const j = Math.min(t.length, i + (b % 400));
  switch (op) {
    case 'cut': return t.slice(0, i) + t.slice(j);
    case 'repeat': return t.slice(0, j) + t.slice(i, j) + t.slice(j);
    case 'noise': return t.slice(0, i) + noise + t.slice(i);
    case 'swap': { const lines = t.split('\n'); const x = a % lines.length, y = b % lines.length; [lines[x], lines[y]] = [lines[y]!, lines[x]!]; return lines.join('\n'); }
    case 'nfd': return t.slice(0, i) + t.slice(i, j).normalize('NFD') + t.slice(j);
    case 'truncate': return t.slice(0, i);
    case 'upper': return t.slice(0, i) + t.slice(i, j).toUpperCase() + t.slice(j);
    case 'lower': return t.slice(0, i) + t.slice(i, j).toLowerCase() + t.slice(j);
    default: return t.replace(/\n+/g, ' ');
  }
}, text));

const TAG = fc.constantFrom('<p>', '</p>', '<div class="x">', '</div>', '<h1>', '</h1>', '<br>', '<script>', '</script>', '<nav>', '</nav>', '<!--', '-->', '&amp;', '&#7889;', '<', '>', '<head>', '</head>', '<title>', '</title>');

/** Long inputs that once were slow somewhere: each must pass the whole pipeline within the budget. */
export const EXTREMES: [string, string][] = [
  ['one 300,000-character paragraph of domain words', Array.from({ length: 30_000 }, (_, i) => WORDS[(i * 7919) % WORDS.length]).join(' ')],
  ['a 300,000-character line with no space', 'Nguyễn'.repeat(50_000)],
  ['50,000 commas', 'đồng chí Nguyễn Văn An' + ','.repeat(50_000)],
  ['20,000 appositions', `Thứ hai, 04/07/2022\n\nHội nghị\n\nĐồng chí Nguyễn Văn An, ${'Bí thư Tỉnh ủy, '.repeat(20_000)}chủ trì hội nghị.`],
  ['10,000 dates', 'Sáng 14/7, '.repeat(10_000)],
  ['10,000 blank lines', '\n'.repeat(10_000) + 'a'],
  ['a paragraph opened by ";"', 'Thứ hai, 04/07/2022\n\nHội nghị Ban Thường vụ Tỉnh ủy Lạng Sơn\n\n; Đồng chí Nguyễn Quốc Đoàn, Bí thư Tỉnh ủy chủ trì hội nghị sáng 14/7.'],
];

/** Each property by name; fast-check throws with the counterexample when one fails. */
export const PROPERTIES: Record<string, () => void> = {
  'any bytes: text or a reason, never a throw': () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 4096, size: 'max' }), fc.boolean(), (bytes, html) => {
      const d = decodeArticle(bytes, { html });
      return d.ok ? typeof d.text === 'string' && Array.isArray(d.notes) : typeof d.reason === 'string' && d.reason.length > 0;
    }), params(RUNS * 5));
  },
  'any text in UTF-8, UTF-16 or with a BOM decodes to itself (or is refused, never changed silently)': () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }), fc.constantFrom('utf8', 'utf8bom', 'utf16le'), (s, enc) => {
      const body = Buffer.from(s, enc === 'utf16le' ? 'utf16le' : 'utf8');
      const bytes = enc === 'utf8bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : enc === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
      const d = decodeArticle(new Uint8Array(bytes));
      return !d.ok || d.text === s || d.notes.length > 0;
    }), params(RUNS * 2));
  },
  'any HTML-ish text reduces to text without markup tags left': () => {
    const page = fc.array(fc.oneof(TAG, fc.constantFrom(...WORDS)), { maxLength: 300, size: 'max' }).map((p) => `<!doctype html>${p.join('')}`);
    fc.assert(fc.property(page, (html) => {
      const d = decodeArticle(new Uint8Array(Buffer.from(html)));
      return !d.ok || !/<\/?(p|div|h1|br|script|nav|head|title)\b[^<>]*>/i.test(d.text);
    }), params());
  },
  'random Unicode': () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 3000, size: 'max' }), (s) => { throughPipeline(s); }), params());
  },
  "random Vietnamese from the lexicon's words": () => {
    fc.assert(fc.property(vietnamese, (s) => { throughPipeline(s); }), params());
  },
  'mutated real articles': () => {
    fc.assert(fc.property(mutated, (s) => { throughPipeline(s); }), params());
  },
  ...Object.fromEntries(EXTREMES.map(([name, text]) => [`${name} finishes within the budget`, () => throughPipeline(text)])),
};
