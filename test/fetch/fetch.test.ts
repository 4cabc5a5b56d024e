// kg fetch against a local site (test/support/news-site.ts), never the internet: feeds, a sitemap, a listing and
// a home page; robots.txt; politeness; the troubles of real sites; each article fetched and stored once; a second
// run asks conditionally and fetches nothing again; a stopped run resumes; with the real Neo4j, the succession
// built from the pages equals the one built from the same reports as text, and `changes --since` lists the new
// holder and nothing older.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchSources, readSources, type Source } from '../../src/fetch/fetch';
import { PoliteClient, retryAfterMs } from '../../src/fetch/http';
import { readPage } from '../../src/fetch/page-text';
import { normalizeUrl } from '../../src/fetch/urls';
import { EMPTY } from '../../src/curation/curation';
import { ingest } from '../../src/pipeline/ingest';
import { changes } from '../../src/query/changes';
import { succession } from '../../src/query/leadership';
import type { Store } from '../../src/store/connect';
import { clearDatabase, openTestStore } from '../support/store';
import { SHARED, scratchDir, withShared } from '../support/paths';
import { asText, REPORTS, startNewsSite, type NewsSite } from '../support/news-site';

const CLIENT = { timeoutMs: 1500, maxBytes: 200 * 1024, retries: 2 };
const source = (site: NewsSite, entries: string[]): Source => ({ name: 'Báo thử', province: 'Lạng Sơn', entries: entries.map((e) => `${site.url}${e}`), hosts: [], delayMs: 0 });
const ARTICLES = REPORTS.slice(0, 5).map((r) => r.path);

describe('URLs as the crawler keeps them', () => {
  test.each([
    ['http://Bao.VN/bai/a-1.html?utm_source=fb&fbclid=x#top', 'http://bao.vn/bai/a-1.html'],
    ['https://bao.vn/bai?id=12&utm_medium=rss', 'https://bao.vn/bai?id=12'],
    ['/bai/b-2.html', 'https://bao.vn/bai/b-2.html'],
    ['mailto:toasoan@bao.vn', null],
    ['javascript:void(0)', null],
  ])('%s', (raw, kept) => {
    expect(normalizeUrl(raw, 'https://bao.vn/rss.xml')).toBe(kept);
  });
  test('Retry-After in seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    expect(retryAfterMs('không rõ')).toBeNull();
  });
});

describe('pages read for what they are', () => {
  let site: NewsSite;
  beforeAll(async () => { site = await startNewsSite(); });
  afterAll(() => site.close());
  const get = async (path: string) => { const r = await fetch(`${site.url}${path}`); return readPage(`${site.url}${path}`, Buffer.from(await r.arrayBuffer()), r.headers.get('content-type')); };

  test('an RSS feed, an Atom feed, a sitemap, a listing with its next page, a home page with its feed', async () => {
    expect((await get('/rss.xml'))).toMatchObject({ kind: 'feed' });
    expect((await get('/atom.xml'))).toMatchObject({ kind: 'feed' });
    expect((await get('/sitemap.xml'))).toMatchObject({ kind: 'sitemap' });
    const listing = await get('/chuyen-muc/chinh-tri');
    expect(listing).toMatchObject({ kind: 'listing', next: `${site.url}/chuyen-muc/chinh-tri?trang=2`, feeds: [`${site.url}/rss.xml`] });
    expect((listing as { links: string[] }).links).toEqual(ARTICLES.slice(0, 2).map((p) => `${site.url}${p}`));
    expect(await get('/')).toMatchObject({ kind: 'listing', feeds: [`${site.url}/rss.xml`] });
  });

  test.each(REPORTS.slice(0, 3).map((r) => [r.layout, r] as const))('an article in the %s layout: its date line, headline and paragraphs, nothing of the page around', async (_layout, r) => {
    const p = await get(r.path);
    expect(p.kind).toBe('article');
    if (p.kind !== 'article') return;
    expect(p.text).toBe(asText(r));
    expect(p.canonical).toBe(`${site.url}${r.path}`);
  });

  test('a PDF is no page', async () => {
    expect(await get('/tai-lieu/van-ban-10010.pdf')).toMatchObject({ kind: 'other' });
  });
});

describe('a run, and the next', () => {
  let site: NewsSite;
  let home: string;
  beforeAll(async () => { site = await startNewsSite(); home = scratchDir('kg-fetch-'); });
  afterAll(() => site.close());

  test('robots.txt obeyed, troubles counted, each article fetched and stored once', async () => {
    const s = await fetchSources([source(site, ['/', '/atom.xml', '/robots.txt', '/chuyen-muc/chinh-tri'])], { home, contact: 'kiemthu@example.org', client: CLIENT });
    expect(s.articles.map((p) => readFileSync(p, 'utf8').split('\n')[2]).sort()).toEqual(REPORTS.slice(0, 5).map((r) => r.title).sort());
    expect(site.hits.get('/robots.txt')).toBe(1);
    expect(site.hits.get('/private/noi-bo-10002.html')).toBeUndefined();
    expect(s.skippedByRobots).toBe(1);
    // the PDF, the redirect to another host, the page too large; the page slower than the timeout
    expect(s.problems.map((p) => [p.url.replace(site.url, ''), p.outcome]).sort()).toEqual([
      ['/bai/cham-10004.html', 'failed'], ['/bai/lon-10005.html', 'refused'], ['/chuyen-huong-10011.html', 'refused'],
      ['/private/noi-bo-10002.html', 'robots'], ['/tai-lieu/van-ban-10010.pdf', 'refused'],
    ]);
    expect(s.problems.find((p) => p.url.endsWith('/chuyen-huong-10011.html'))!.reason).toMatch(/elsewhere\.invalid is not a host the source allows/);
    // the 500 and the 429 were asked again and then stored; one article linked with tracking parameters and the
    // AMP copy naming its canonical are one article
    expect(site.hits.get('/bai/loi-tam-thoi-10007.html')).toBe(2);
    expect(site.hits.get('/bai/ban-qua-10008.html')).toBe(2);
    expect(site.hits.get('/bai/bau-chu-tich-2019-10001.html')).toBe(1);
    expect(readdirSync(join(home, 'fetched', 'pages')).filter((f) => f.endsWith('.json'))).toHaveLength(5);
    const meta = JSON.parse(readFileSync(join(home, 'fetched', 'pages', readdirSync(join(home, 'fetched', 'pages')).find((f) => f.endsWith('.json'))!), 'utf8'));
    expect(Object.keys(meta)).toEqual(expect.arrayContaining(['url', 'finalUrl', 'canonical', 'fetchedAt', 'status', 'contentType', 'etag', 'lastModified']));
  }, 60_000);

  test('the next run asks the feed conditionally and fetches no article again', async () => {
    const before = new Map(site.hits);
    const s = await fetchSources([source(site, ['/', '/atom.xml', '/robots.txt', '/chuyen-muc/chinh-tri'])], { home, contact: 'kiemthu@example.org', client: CLIENT });
    expect(s.feedsNotModified).toBe(1);
    expect(s.articles).toEqual([]);
    for (const p of ARTICLES) expect([p, site.hits.get(p)]).toEqual([p, before.get(p)]);
    expect(s.alreadyStored).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

test('a run stopped half-way resumes without fetching anything twice', async () => {
  const site = await startNewsSite();
  const home = scratchDir('kg-fetch-stop-');
  try {
    let pages = 0;
    const first = await fetchSources([source(site, ['/sitemap.xml'])], { home, contact: 'kiemthu@example.org', client: CLIENT, shouldStop: () => pages >= 2, onProgress: (s) => { pages = s.articles.length; } });
    expect(first.stopped).toBe(true);
    expect(first.articles).toHaveLength(2);
    const second = await fetchSources([source(site, ['/sitemap.xml'])], { home, contact: 'kiemthu@example.org', client: CLIENT });
    expect(second.articles).toHaveLength(3);
    for (const p of ARTICLES) expect([p, site.hits.get(p)! - (p.endsWith('10007.html') || p.endsWith('10008.html') ? 1 : 0)]).toEqual([p, 1]);
  } finally { await site.close(); }
}, 60_000);

test('one request at a time per host, at the pace robots.txt asks (Crawl-delay)', async () => {
  const site = await startNewsSite(REPORTS.slice(0, 2), { robots: 'User-agent: *\nCrawl-delay: 2\n' });
  const waits: number[] = [];
  try {
    const client = new PoliteClient({ contact: 'kiemthu@example.org', delayMs: 0, sleep: async (ms) => { waits.push(ms); } });
    await Promise.all(ARTICLES.slice(0, 2).map((p) => client.get(`${site.url}${p}`, ['127.0.0.1'])));
    expect(waits.some((w) => w > 1500)).toBe(true);
  } finally { await site.close(); }
});

test('a sources file is checked, naming the file and what is wrong', () => {
  const dir = scratchDir('kg-sources-');
  const bad = join(dir, 'sources.json');
  writeFileSync(bad, JSON.stringify({ version: 1, sources: [{ name: 'x', entries: ['not a url'] }] }));
  expect(() => readSources(bad)).toThrow(/sources\.json: not a sources file: sources\.0\.entries\.0/);
  expect(readSources(join(__dirname, '..', '..', 'data', 'sources.example.json')).sources.length).toBeGreaterThan(0);
});

describe('from the site to the graph', () => {
  let store: Store;
  let site: NewsSite;
  beforeAll(async () => { store = await openTestStore(); site = await startNewsSite(REPORTS.slice(0, 2)); });
  afterAll(async () => { await site.close(); await store.close(); });

  test('the succession built from the pages equals the one built from the same reports as text; changes --since lists the new holder only', async () => {
    const dir = scratchDir('kg-fetch-text-');
    mkdirSync(dir, { recursive: true });
    REPORTS.slice(0, 2).forEach((r, i) => writeFileSync(join(dir, `${i}.txt`), asText(r)));
    await clearDatabase(store);
    await ingest(store.driver, [dir]);
    const fromText = (await succession(store.driver, 'Chủ tịch UBND tỉnh Lạng Sơn')).holders.map((h) => [h.name, h.from, h.to, h.toBasis]);
    expect(fromText).toEqual([['Hoàng Văn Tư', '2019-03-15', '2022-06-10', 'stated'], ['Đinh Văn Năm', '2022-06-10', null, 'open']]);

    await clearDatabase(store);
    const home = scratchDir('kg-fetch-graph-');
    const s = await fetchSources([source(site, ['/rss.xml'])], { home, contact: 'kiemthu@example.org', client: CLIENT });
    await ingest(store.driver, s.articles);
    expect((await succession(store.driver, 'Chủ tịch UBND tỉnh Lạng Sơn')).holders.map((h) => [h.name, h.from, h.to, h.toBasis])).toEqual(fromText);

    // a new report appears; the next run fetches it alone, and changes --since names its new holder, nothing older
    site.publish(REPORTS[5]!);
    const next = await fetchSources([source(site, ['/rss.xml'])], { home, contact: 'kiemthu@example.org', client: CLIENT });
    expect(next.articles).toHaveLength(1);
    await ingest(store.driver, next.articles);
    const cs = await changes(store.driver, EMPTY, { since: '2022' });
    expect(cs.map((c) => [c.date, c.kind, c.name])).toEqual([['2022-06-10', 'left', 'Hoàng Văn Tư'], ['2022-06-10', 'took', 'Đinh Văn Năm']]);
  }, 120_000);
});

test('kg fetch … --ingest, then kg changes, as a user runs them', async () => {
  const { execFile } = await import('node:child_process');
  const { testEnv } = await import('../support/store');
  const { ROOT } = await import('../support/paths');
  const s = await openTestStore();
  await clearDatabase(s);
  await s.close();
  const site = await startNewsSite(REPORTS.slice(0, 2));
  const env = { ...testEnv(), KG_HOME: scratchDir('kg-fetch-cli-'), FORCE_COLOR: '0' };
  const kg = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((res) => {
    execFile('node', [join(ROOT, 'bin', 'kg.js'), ...args], { env, encoding: 'utf8', timeout: 120_000 }, (e, stdout, stderr) =>
      res({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
  try {
    const none = await kg(['fetch', `${site.url}/rss.xml`]);
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/needs a contact/)]);
    const r = await kg(['fetch', `${site.url}/rss.xml`, '--contact', 'kiemthu@example.org', '--delay', '0', '--ingest']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/new articles 2 · already stored 0 · skipped by robots\.txt 1 · refused 2 · failed 0 · ingested 2/);
    const again = await kg(['fetch', `${site.url}/rss.xml`, '--contact', 'kiemthu@example.org', '--delay', '0', '--ingest']);
    expect(again.stdout).toMatch(/feeds read 0 \(1 not modified\) · pages fetched 0 · new articles 0/);
    const c = await kg(['changes', '--since', '2022', '--json']);
    expect(JSON.parse(c.stdout).map((x: { kind: string; name: string }) => `${x.kind} ${x.name}`)).toEqual(['left Hoàng Văn Tư', 'took Đinh Văn Năm']);
  } finally { await site.close(); }
}, 120_000);

describe('a feed of real reports (../shared/dev) served by a local site', () => {
  const real = withShared(['dev/articles'], 'the real reports of ../shared/dev served as pages');
  // the Quảng Trị secretaries and the ministry (416–418), and Bà Rịa - Vũng Tàu and Đồng Nai (521, 522)
  const FILES = ['416_quang-tri-dai-hoi-xvi-bau-nguyen-van-hung-2015.txt', '417_quang-tri-le-quang-tung-thay-nguyen-van-hung-2020.txt',
    '418_quoc-hoi-phe-chuan-bo-truong-nguyen-van-hung-2021.txt', '521_ba-ria-vung-tau-pham-viet-thanh-nguyen-hong-linh-2020.txt',
    '522_dong-nai-nguyen-hong-linh-bi-thu-tinh-uy-2021.txt'];
  real('robots.txt obeyed, each page fetched once, and the successions equal those built from the same reports as text', async () => {
    const texts = FILES.map((f) => readFileSync(join(SHARED, 'dev', 'articles', f), 'utf8'));
    // each report as a paper's page: its date line in the metadata, its headline, its paragraphs in an <article>
    const pages = new Map(texts.map((t, i) => {
      const [dateLine = '', , title = '', , ...rest] = t.replace(/\r/g, '').split('\n');
      const m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(dateLine)!;
      const date = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
      const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return [`/tin/${i}-bao-cao.html`, `<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="${date}T07:00:00+07:00"><title>${esc(title)}</title></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>${esc(title)}</h1>${rest.filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('')}</article></body></html>`];
    }));
    const hits = new Map<string, number>();
    const { createServer } = await import('node:http');
    let base = '';
    const server = createServer((req, res) => {
      const p = new URL(req.url ?? '/', base).pathname;
      hits.set(p, (hits.get(p) ?? 0) + 1);
      if (p === '/robots.txt') { res.writeHead(200); res.end('User-agent: *\nDisallow: /tin/3-bao-cao.html\n'); return; }
      if (p === '/rss.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(`<?xml version="1.0"?><rss version="2.0"><channel>${[...pages.keys()].map((k) => `<item><link>${base}${k}</link></item>`).join('')}</channel></rss>`); return; }
      const html = pages.get(p);
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html ?? '');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const store = await openTestStore();
    try {
      const seats = ['Bí thư Tỉnh ủy Quảng Trị', 'Bí thư Tỉnh ủy Đồng Nai'];
      const read = async () => Promise.all(seats.map(async (p) => (await succession(store.driver, p)).holders.map((h) => [h.name, h.from, h.to, h.toBasis])));
      // the same reports as text, but the one robots.txt keeps from the crawler (521)
      const dir = scratchDir('kg-real-text-');
      FILES.forEach((f, i) => { if (i !== 3) writeFileSync(join(dir, f), texts[i]!); });
      await clearDatabase(store);
      await ingest(store.driver, [dir]);
      const fromText = await read();
      expect(fromText[0]!.map((h) => h[0])).toEqual(['Lê Hữu Phúc', 'Nguyễn Văn Hùng', 'Lê Quang Tùng']);

      await clearDatabase(store);
      const home = scratchDir('kg-real-fetch-');
      const src: Source = { name: 'local', province: null, entries: [`${base}/rss.xml`], hosts: [], delayMs: 0 };
      const s = await fetchSources([src], { home, contact: 'kiemthu@example.org', client: CLIENT });
      expect([s.articles.length, s.skippedByRobots]).toEqual([4, 1]);
      await ingest(store.driver, s.articles);
      expect(await read()).toEqual(fromText);
      const again = await fetchSources([src], { home, contact: 'kiemthu@example.org', client: CLIENT });
      expect(again.articles).toEqual([]);
      for (const [p, n] of hits) if (p.startsWith('/tin/')) expect([p, n]).toEqual([p, 1]);
      expect(hits.get('/tin/3-bao-cao.html')).toBeUndefined();
    } finally {
      server.close();
      await store.close();
    }
  }, 120_000);
});

test('kg fetch --every runs again until Ctrl-C, which finishes the page in hand and stops', async () => {
  const { spawn } = await import('node:child_process');
  const { testEnv } = await import('../support/store');
  const { ROOT } = await import('../support/paths');
  const site = await startNewsSite(REPORTS.slice(0, 2));
  try {
    const child = spawn('node', [join(ROOT, 'bin', 'kg.js'), 'fetch', `${site.url}/rss.xml`, '--contact', 'kiemthu@example.org', '--delay', '0', '--every', '1m'],
      { env: { ...testEnv(), KG_HOME: scratchDir('kg-fetch-every-') } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += String(d); });
    child.stderr.on('data', (d) => { stderr += String(d); });
    const exited = new Promise<number>((r) => child.on('exit', (code) => r(code ?? -1)));
    for (let i = 0; i < 200 && !/next run at/.test(stderr); i++) await new Promise((r) => setTimeout(r, 100));
    expect(stdout).toMatch(/new articles 2/);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/stopping after the page in hand/);
  } finally { await site.close(); }
}, 60_000);

test('a section page is followed for its articles and next pages, not for the site-wide feed it also names', async () => {
  const site = await startNewsSite();
  try {
    const s = await fetchSources([source(site, ['/chuyen-muc/chinh-tri'])], { home: scratchDir('kg-fetch-section-'), contact: 'kiemthu@example.org', client: CLIENT });
    expect(site.hits.get('/rss.xml')).toBeUndefined();
    expect(site.hits.get('/chuyen-muc/chinh-tri?trang=2')).toBe(1);
    expect(s.articles).toHaveLength(5);
  } finally { await site.close(); }
}, 60_000);
