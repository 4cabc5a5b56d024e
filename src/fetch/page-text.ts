// A fetched page → what it is (a feed, a sitemap, an article, a listing) and, for an article, the text the
// pipeline reads: the page date on the first line, the headline, the paragraphs. A maintained parser does the
// HTML (linkedom, a DOM over htmlparser2), the main content is Mozilla's Readability (Firefox's reader view),
// feeds and sitemaps go through fast-xml-parser, and legacy charsets declared in the headers or a <meta> through
// iconv-lite. The date-line and text repairs stay the pipeline's (src/parse).
import { Readability } from '@mozilla/readability';
import { XMLParser } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { normalizeUrl } from './urls';

/** The charset a page declares: in the Content-Type header, else in a <meta> of its first bytes; UTF-8 by default. */
export function charsetOf(body: Buffer, contentType: string | null): string {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const head = body.subarray(0, 4096).toString('latin1');
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  const declared = (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
  return iconv.encodingExists(declared) ? declared : 'utf-8';
}

/** The body as text, in the charset it declares, composed (NFC: a legacy charset writes tones as combining marks). */
export function decodeBody(body: Buffer, contentType: string | null): string {
  return iconv.decode(body, charsetOf(body, contentType)).normalize('NFC');
}

export interface FeedItem { url: string; date: string | null }
export type PageKind =
  | { kind: 'feed'; items: FeedItem[] }
  | { kind: 'sitemap'; items: FeedItem[]; sitemaps: string[] }
  | { kind: 'article'; canonical: string | null; text: string; date: string | null; title: string }
  | { kind: 'listing'; links: string[]; next: string | null; feeds: string[] }
  | { kind: 'other'; reason: string };

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, processEntities: true, htmlEntities: true });
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const text = (x: unknown): string | null => (typeof x === 'string' ? x.trim() : typeof x === 'number' ? String(x) : x && typeof x === 'object' && '#text' in x ? String((x as { '#text': unknown })['#text']).trim() : null);
const isoDay = (s: string | null): string | null => { if (!s) return null; const t = Date.parse(s); return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10); };

/** What a fetched body is, read by its content type and its first element. */
export function readPage(url: string, body: Buffer, contentType: string | null): PageKind {
  const type = (contentType ?? '').toLowerCase();
  if (/pdf|image\/|video\/|audio\/|zip|octet-stream/.test(type)) return { kind: 'other', reason: `not a page (${type.split(';')[0]})` };
  const s = decodeBody(body, contentType);
  const start = s.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml|^<(?:rss|feed|urlset|sitemapindex)[\s>]/i.test(start) && !/<html[\s>]/i.test(start)) return readXml(url, s);
  return readHtml(url, s);
}

function readXml(url: string, s: string): PageKind {
  let doc: Record<string, unknown>;
  try { doc = xml.parse(s) as Record<string, unknown>; } catch (e) { return { kind: 'other', reason: `unreadable XML: ${(e as Error).message}` }; }
  const abs = (u: string | null) => (u ? normalizeUrl(u, url) : null);
  const rss = doc.rss as { channel?: { item?: unknown } } | undefined;
  if (rss) {
    const items = list(rss.channel?.item as Array<Record<string, unknown>> | undefined)
      .map((i) => ({ url: abs(text(i.link) ?? text(i.guid)), date: isoDay(text(i.pubDate) ?? text(i.date)) }))
      .filter((i): i is FeedItem => i.url !== null);
    return { kind: 'feed', items };
  }
  const feed = doc.feed as { entry?: unknown } | undefined;
  if (feed) {
    const items = list(feed.entry as Array<Record<string, unknown>> | undefined).map((e) => {
      const links = list(e.link as Array<Record<string, string>> | Record<string, string> | undefined);
      const href = (links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0])?.['@href'] ?? null;
      return { url: abs(href), date: isoDay(text(e.published) ?? text(e.updated)) };
    }).filter((i): i is FeedItem => i.url !== null);
    return { kind: 'feed', items };
  }
  const urlset = doc.urlset as { url?: unknown } | undefined;
  if (urlset) {
    const items = list(urlset.url as Array<Record<string, unknown>> | undefined).map((u) => {
      const news = u.news as Record<string, unknown> | undefined;
      return { url: abs(text(u.loc)), date: isoDay(text(news?.publication_date) ?? text(u.lastmod)) };
    }).filter((i): i is FeedItem => i.url !== null);
    return { kind: 'sitemap', items, sitemaps: [] };
  }
  const index = doc.sitemapindex as { sitemap?: unknown } | undefined;
  if (index) {
    const sitemaps = list(index.sitemap as Array<Record<string, unknown>> | undefined).map((x) => abs(text(x.loc))).filter((x): x is string => x !== null);
    return { kind: 'sitemap', items: [], sitemaps };
  }
  return { kind: 'other', reason: 'XML that is no feed or sitemap' };
}

/** What is read of an element (the DOM's types are not this project's library). */
interface El { getAttribute(name: string): string | null; textContent: string | null }
const all = (root: { querySelectorAll(sel: string): unknown }, sel: string): El[] => Array.from(root.querySelectorAll(sel) as ArrayLike<El>);

const META_DATES = ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued'];
/** An article link on a listing page: on the same site, a path that reads as an article ("…-123456.html", a long slug). */
const ARTICLE_PATH = /(?:\d{5,}|[a-z0-9]+(?:-[a-z0-9]+){3,})(?:\.html?|\.aspx?|\/)?$/i;

function readHtml(url: string, s: string): PageKind {
  const { document } = parseHTML(s);
  const abs = (u: string | null | undefined) => (u ? normalizeUrl(u, url) : null);
  const canonical = abs(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const ogType = document.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? null;
  let date: string | null = null;
  for (const name of META_DATES) {
    const m = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content');
    if (m && (date = isoDay(m))) break;
  }
  date ??= isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  const feeds = all(document, 'link[rel="alternate"]')
    .filter((l) => /rss|atom/i.test(l.getAttribute('type') ?? ''))
    .map((l) => abs(l.getAttribute('href'))).filter((x): x is string => x !== null);
  const looksArticle = ogType === 'article' || document.querySelector('article') !== null || date !== null;
  if (looksArticle) {
    const headline = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || document.querySelector('h1')?.textContent?.trim() || '';
    const read = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (read?.content) {
      const { document: content } = parseHTML(`<html><body>${read.content}</body></html>`);
      const paras = all(content, 'p, h2, h3, li, blockquote')
        .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((t) => t.length > 0);
      const title = headline || read.title?.trim() || '';
      if (paras.join(' ').length >= 200) {
        // the page date on the first line, as a paper shows it, then the headline and the paragraphs
        const line = date ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : '';
        return { kind: 'article', canonical, date, title, text: `${line}\n\n${title}\n\n${paras.filter((p) => p !== title).join('\n\n')}\n` };
      }
    }
  }
  const host = new URL(url).hostname;
  const links = [...new Set(all(document, 'a[href]')
    .map((a) => abs(a.getAttribute('href')))
    .filter((x): x is string => x !== null && new URL(x).hostname === host && x !== url && ARTICLE_PATH.test(new URL(x).pathname)))];
  const next = abs(document.querySelector('link[rel="next"], a[rel="next"]')?.getAttribute('href'));
  return { kind: 'listing', links, next, feeds };
}
