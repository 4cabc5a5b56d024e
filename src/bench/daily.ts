// npm run bench:daily -- [--base 100000] [--new 1000] [--dir DIR]
//
// A daily run, measured: a store of `base` generated articles (ingested first, timed apart, kept in DIR/kg-home
// for the next run), then `new` generated articles the store has never seen, published as HTML pages on a local
// site (an RSS feed, robots.txt, one page each), followed with `kg fetch`'s code (politeness delay 0 for the
// local host) and ingested: the seconds from the first request to the last write are the daily run.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fetchSources } from '../fetch/fetch';
import { generateCorpus } from '../gen/main';
import { generateArticle } from '../gen/articles';
import { buildWorld } from '../gen/world';
import { ingest } from '../pipeline/ingest';
import { openStore } from '../store/connect';

interface Options { base: number; fresh: number; dir: string }

function options(argv: string[]): Options {
  const o: Options = { base: 100_000, fresh: 1000, dir: join(tmpdir(), 'kg-bench-daily') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!, v = argv[i + 1];
    if (a === '--base') { o.base = Number(v); i++; } else if (a === '--new') { o.fresh = Number(v); i++; } else if (a === '--dir') { o.dir = resolve(v!); i++; } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A generated article as a paper's page: the date in its metadata, the headline, the paragraphs in an <article>. */
function asPage(text: string): { html: string; date: string } {
  const [dateLine = '', , title = '', , ...rest] = text.split('\n');
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(dateLine);
  const date = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : '2024-01-01';
  const paras = rest.filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('\n');
  return { date, html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><meta property="article:published_time" content="${date}T07:00:00+07:00"></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>${esc(title)}</h1>${paras}</article><footer>Báo điện tử</footer></body></html>` };
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const home = join(o.dir, 'kg-home');
  process.env.KG_HOME = home;
  mkdirSync(o.dir, { recursive: true });
  const store = await openStore({ log: (m) => process.stderr.write(`${m}\n`) });
  try {
    const have = await store.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    const articles = Number(have.records[0]!.get('n'));
    if (articles < o.base) {
      const corpus = join(o.dir, 'corpus');
      if (!existsSync(join(corpus, 'articles'))) generateCorpus({ articles: o.base, out: corpus, seed: 1 });
      process.stderr.write(`ingesting the ${o.base} articles of the store first…\n`);
      const t = Date.now();
      await ingest(store.driver, [join(corpus, 'articles')]);
      console.log(`store of ${o.base} articles ingested in ${((Date.now() - t) / 1000).toFixed(1)} s (not part of the daily run)`);
    }
    // the day's new articles: the same world, articles the store has not seen
    const world = buildWorld(1);
    const pages = new Map<string, string>();
    const items: string[] = [];
    const run = `${Date.now()}`;
    // (articles of indices no earlier run has used: a new day)
    const offset = o.base + (Date.now() % 100_000) * o.fresh;
    for (let i = 0; i < o.fresh; i++) {
      const a = generateArticle(world, 1, offset + i);
      const { html, date } = asPage(a.text);
      const path = `/bai/${run}-${i}.html`;
      pages.set(path, html);
      items.push(`<item><title>${i}</title><link>PATH${path}</link><pubDate>${new Date(`${date}T00:00:00Z`).toUTCString()}</pubDate></item>`);
    }
    let base = '';
    const server = createServer((req, res) => {
      const p = new URL(req.url ?? '/', base).pathname;
      if (p === '/robots.txt') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('User-agent: *\nAllow: /\n'); return; }
      if (p === '/rss.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(`<?xml version="1.0"?><rss version="2.0"><channel>${items.join('').replaceAll('PATH', base)}</channel></rss>`); return; }
      const html = pages.get(p);
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html ?? 'không có');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    try {
      const t0 = Date.now();
      const s = await fetchSources([{ name: 'bench', province: null, entries: [`${base}/rss.xml`], hosts: [], delayMs: 0 }], { home, contact: 'bench@localhost' });
      const fetched = (Date.now() - t0) / 1000;
      const summary = await ingest(store.driver, s.articles);
      const total = (Date.now() - t0) / 1000;
      const loaded = summary.items.filter((x) => x.outcome === 'loaded').length;
      console.log(`daily run: ${s.pagesFetched} pages fetched and ${s.articles.length} stored in ${fetched.toFixed(1)} s; ${loaded} ingested (tenures included) into a store of ${articles >= o.base ? articles : o.base} articles; ${total.toFixed(1)} s in all (target ≤ 60 s)`);
    } finally {
      server.close();
    }
  } finally {
    await store.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
