// `kg fetch`: follow newspapers. Each source's entry URLs are read for what they are — an RSS or Atom feed, a
// sitemap (or robots.txt's Sitemap lines), a listing page (its article links, its next page), a home page (its
// feeds), an article — and the article pages found are fetched once each, politely (src/fetch/http.ts), and
// stored under $KG_HOME/fetched: the raw bytes with URL, fetch time, status and validators, and the article's
// text for `kg ingest`. A page already stored is not fetched again (unless `refresh`); a URL that led to a stored
// canonical article is remembered as its alias; feeds are asked conditionally. A run stopped half-way resumes
// where it stopped: every page is written whole (a temporary file renamed) before the next is asked for.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors';
import { PoliteClient, type ClientOptions } from './http';
import { readPage, type FeedItem } from './page-text';
import { hostAllowed, normalizeUrl, urlId } from './urls';

/** A newspaper to follow: its name, its province (if it is a provincial paper), where to start, its hosts, its pace. */
export const Source = z.object({
  name: z.string().trim().min(1),
  province: z.string().trim().min(1).nullable().default(null),
  entries: z.array(z.string().url()).min(1),
  /** hosts its pages may be on; by default the entries' own */
  hosts: z.array(z.string().min(1)).default([]),
  /** the least time between two requests to its hosts (ms); robots.txt's Crawl-delay may ask for more */
  delayMs: z.number().int().min(0).max(60_000).default(1000),
});
export type Source = z.infer<typeof Source>;
export const SourcesFile = z.object({ version: z.literal(1), contact: z.string().trim().min(3).optional(), sources: z.array(Source).min(1) });
export type SourcesFile = z.infer<typeof SourcesFile>;

/** The sources in a file, or a usage error naming the file and what is wrong. */
export function readSources(path: string): SourcesFile {
  let json: unknown;
  try { json = JSON.parse(readFileSync(path, 'utf8')); } catch (e) { throw new UsageError(`${path}: not a sources file: ${(e as Error).message}`); }
  const r = SourcesFile.safeParse(json);
  if (!r.success) throw new UsageError(`${path}: not a sources file: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
  return r.data;
}

export interface FetchOptions {
  home: string;
  contact: string;
  /** articles a feed or sitemap dates before this day are not fetched */
  since?: string | null;
  /** the most article pages fetched this run */
  max?: number;
  refresh?: boolean;
  /** listing pages followed per entry (next, next…) */
  maxListingPages?: number;
  client?: Partial<ClientOptions>;
  /** asked between pages: true stops the run after the page in hand */
  shouldStop?: () => boolean;
  onProgress?: (s: FetchSummary) => void;
}

export interface FetchSummary {
  feedsRead: number;
  feedsNotModified: number;
  pagesFetched: number;
  alreadyStored: number;
  skippedByRobots: number;
  refused: number;
  failed: number;
  /** the article texts written this run, for `kg ingest` */
  articles: string[];
  problems: Array<{ url: string; outcome: string; reason: string }>;
  stopped: boolean;
}

interface PageMeta {
  url: string; finalUrl: string; canonical: string | null; source: string; province: string | null; fetchedAt: string; status: number | null;
  contentType: string | null; etag: string | null; lastModified: string | null; date: string | null; title: string; text: string;
}

/** The store under $KG_HOME/fetched: pages (bytes and what was learnt of them), aliases, feeds' validators, texts. */
export class PageStore {
  readonly dir: string;
  constructor(home: string) {
    this.dir = join(home, 'fetched');
    for (const d of ['pages', 'aliases', 'feeds', 'text']) mkdirSync(join(this.dir, d), { recursive: true });
  }
  private write(path: string, data: string | Buffer): void {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  }
  /** The id under which a URL's article is stored, if it is (itself, or as an alias of its canonical page). */
  storedId(url: string): string | null {
    const id = urlId(url);
    if (existsSync(join(this.dir, 'pages', `${id}.json`))) return id;
    const alias = join(this.dir, 'aliases', id);
    return existsSync(alias) ? readFileSync(alias, 'utf8').trim() : null;
  }
  alias(url: string, id: string): void { if (urlId(url) !== id) this.write(join(this.dir, 'aliases', urlId(url)), id); }
  savePage(id: string, body: Buffer, meta: PageMeta): string {
    this.write(join(this.dir, 'pages', `${id}.html`), body);
    const textPath = join(this.dir, 'text', `${id}.txt`);
    this.write(textPath, meta.text);
    // the metadata last: a page counts as stored once it is there
    this.write(join(this.dir, 'pages', `${id}.json`), `${JSON.stringify({ ...meta, text: undefined }, null, 2)}\n`);
    return textPath;
  }
  validators(url: string): { etag: string | null; lastModified: string | null } {
    const p = join(this.dir, 'feeds', `${urlId(url)}.json`);
    return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) as { etag: string | null; lastModified: string | null } : { etag: null, lastModified: null };
  }
  saveValidators(url: string, etag: string | null, lastModified: string | null): void {
    this.write(join(this.dir, 'feeds', `${urlId(url)}.json`), `${JSON.stringify({ url, etag, lastModified, checkedAt: new Date().toISOString() })}\n`);
  }
}

export const emptySummary = (): FetchSummary => ({ feedsRead: 0, feedsNotModified: 0, pagesFetched: 0, alreadyStored: 0, skippedByRobots: 0, refused: 0, failed: 0, articles: [], problems: [], stopped: false });

/** Follows the sources once: their entries, then the article pages found, each fetched once. */
export async function fetchSources(sources: Source[], opts: FetchOptions): Promise<FetchSummary> {
  const store = new PageStore(opts.home);
  const sum = emptySummary();
  const problem = (url: string, outcome: string, reason: string | null) => {
    if (outcome === 'robots') sum.skippedByRobots++; else if (outcome === 'refused') sum.refused++; else sum.failed++;
    sum.problems.push({ url, outcome, reason: reason ?? outcome });
  };
  let budget = opts.max ?? Infinity;
  for (const source of sources) {
    const hosts = source.hosts.length ? source.hosts : [...new Set(source.entries.map((e) => new URL(e).hostname))];
    const client = new PoliteClient({ contact: opts.contact, delayMs: source.delayMs, ...opts.client });
    const articles: FeedItem[] = [];
    const seenEntries = new Set<string>();
    const entries = source.entries.map((e) => ({ url: normalizeUrl(e) ?? e, listingPages: 0 }));
    while (entries.length) {
      if (opts.shouldStop?.()) { sum.stopped = true; return sum; }
      const { url, listingPages } = entries.shift()!;
      if (seenEntries.has(url)) continue;
      seenEntries.add(url);
      if (new URL(url).pathname === '/robots.txt') {
        for (const s of (await client.robotsFor(url)).sitemaps) { const n = normalizeUrl(s); if (n) entries.push({ url: n, listingPages: 0 }); }
        continue;
      }
      const res = await client.get(url, hosts, store.validators(url));
      if (res.outcome === 'not-modified') { sum.feedsNotModified++; continue; }
      if (res.outcome !== 'ok') { problem(url, res.outcome, res.reason); continue; }
      const page = readPage(res.finalUrl, res.body, res.contentType);
      if (page.kind === 'feed' || page.kind === 'sitemap') {
        sum.feedsRead++;
        store.saveValidators(url, res.etag, res.lastModified);
        articles.push(...page.items.filter((i) => !opts.since || !i.date || i.date >= opts.since));
        if (page.kind === 'sitemap') entries.push(...page.sitemaps.map((s) => ({ url: s, listingPages: 0 })));
      } else if (page.kind === 'listing') {
        // a home page names its feeds: follow those; a section page lists articles and its next page (the site-wide
        // feed it may also name is not the section)
        const home = new URL(url).pathname === '/' || page.links.length === 0;
        if (page.feeds.length && home && listingPages === 0) { entries.push(...page.feeds.map((f) => ({ url: f, listingPages: 0 }))); continue; }
        sum.feedsRead++;
        articles.push(...page.links.map((l) => ({ url: l, date: null })));
        if (page.next && listingPages + 1 < (opts.maxListingPages ?? 5)) entries.push({ url: page.next, listingPages: listingPages + 1 });
      } else if (page.kind === 'article') {
        articles.push({ url, date: page.date });
      } else problem(url, 'refused', page.reason);
    }
    const asked = new Set<string>();
    for (const item of articles) {
      if (asked.has(item.url)) continue;
      asked.add(item.url);
      if (budget <= 0) break;
      if (opts.shouldStop?.()) { sum.stopped = true; return sum; }
      if (!opts.refresh && store.storedId(item.url)) { sum.alreadyStored++; continue; }
      if (!hostAllowed(new URL(item.url).hostname, hosts)) { problem(item.url, 'refused', `${new URL(item.url).hostname} is not a host the source allows`); continue; }
      const res = await client.get(item.url, hosts);
      if (res.outcome !== 'ok') { problem(item.url, res.outcome, res.reason); continue; }
      sum.pagesFetched++;
      budget--;
      const page = readPage(res.finalUrl, res.body, res.contentType);
      if (page.kind !== 'article') { problem(item.url, 'refused', page.kind === 'other' ? page.reason : `a ${page.kind}, not an article`); continue; }
      // one article linked at two URLs is stored once, under its canonical URL
      const canonical = page.canonical && hostAllowed(new URL(page.canonical).hostname, hosts) ? page.canonical : null;
      const key = canonical ?? normalizeUrl(res.finalUrl) ?? item.url;
      const stored = opts.refresh ? null : store.storedId(key);
      if (stored) { store.alias(item.url, stored); sum.alreadyStored++; continue; }
      const id = urlId(key);
      const path = store.savePage(id, res.body, {
        url: item.url, finalUrl: res.finalUrl, canonical, source: source.name, province: source.province, fetchedAt: new Date().toISOString(),
        status: res.status, contentType: res.contentType, etag: res.etag, lastModified: res.lastModified, date: page.date, title: page.title, text: page.text,
      });
      store.alias(item.url, id);
      if (res.finalUrl !== item.url) store.alias(res.finalUrl, id);
      sum.articles.push(path);
      opts.onProgress?.(sum);
    }
  }
  return sum;
}

/** "30m", "6h", "1d": a duration in ms. */
export function durationMs(text: string): number {
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(text.trim());
  if (!m) throw new UsageError(`--every ${text}: expected a number and s, m, h or d (for example 6h)`);
  const ms = Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
  if (ms < 60_000) throw new UsageError(`--every ${text}: at least one minute between runs`);
  return ms;
}
