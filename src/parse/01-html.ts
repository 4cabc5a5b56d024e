// An HTML page saved instead of text → the article as the pipeline expects it: the page date on the first
// line (from the page's metadata or its first date line), the headline, then the paragraphs after it.
// Navigation, scripts, styles, forms and sidebars are dropped; block elements become lines.
import { parsePageDate } from './02-blocks';

/**
 * A page, not text that happens to contain a tag: a doctype or a document element first, or a fragment a
 * scraper kept (paragraphs and line breaks as tags: at least three closing </p>, </div> or <br>).
 */
export function looksLikeHtml(text: string): boolean {
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<(?:html|head|body)[\s>])/i.test(text)) return true;
  return (text.match(/<\/(?:p|div)\s*>|<br\s*\/?>/gi)?.length ?? 0) >= 3;
}

// Named entities a Vietnamese news page uses; numeric ones are decoded generally.
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', middot: '·', bull: '•', deg: '°',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Igrave: 'Ì', Iacute: 'Í',
  Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ugrave: 'Ù', Uacute: 'Ú', Yacute: 'Ý',
};

/** An entity this module decodes: numeric, or named in ENTITIES. */
export const ENTITY = new RegExp(`&(#x[0-9a-f]{1,6}|#\\d{1,7}|${Object.keys(ENTITIES).join('|')});`, 'gi');

export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? ENTITIES[e.toLowerCase()] ?? m;
  });
}

const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select'];
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|tr|td|th|section|article|main|figcaption|figure|blockquote|ul|ol|table|dd|dt)\s*>/gi;

/** Inline markup of a fragment removed and entities decoded: the text a reader sees, on one line. */
function inlineText(html: string): string {
  return decodeEntities(html.replace(/<[^<>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4] ?? '') : null;
}

/** The publication date a page declares (article:published_time, datePublished, <time datetime>) as dd/mm/yyyy. */
function declaredDate(html: string): string | null {
  for (const tag of html.match(/<(?:meta|time)\b[^<>]*>/gi) ?? []) {
    const key = (attr(tag, 'property') ?? attr(tag, 'name') ?? attr(tag, 'itemprop') ?? '').toLowerCase();
    const value = /^<time/i.test(tag) ? attr(tag, 'datetime') : /published|pubdate|datecreated|date$/.test(key) ? attr(tag, 'content') : null;
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
    if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  }
  return null;
}

/**
 * Every `<tag …> … </tag>` given to `replace`, scanning once: a page of any size with unclosed or nested tags
 * costs one pass (a regular expression with a lazy body would rescan the rest of the page at each opening).
 */
function elements(h: string, tag: string, replace: (element: string) => string): string {
  const open = new RegExp(`<${tag}\\b`, 'gi');
  const close = new RegExp(`<\\/${tag}\\s*>`, 'gi');
  let out = '', at = 0;
  for (;;) {
    open.lastIndex = at;
    const o = open.exec(h);
    if (!o) break;
    close.lastIndex = o.index;
    const c = close.exec(h);
    if (!c) break;
    out += h.slice(at, o.index) + replace(h.slice(o.index, c.index + c[0].length));
    at = c.index + c[0].length;
  }
  return out + h.slice(at);
}

/** The first `<tag>`'s inner HTML and where the element starts and ends. */
function firstElement(h: string, tag: string): { inner: string; start: number; end: number } | null {
  const o = new RegExp(`<${tag}\\b[^<>]*>`, 'i').exec(h);
  if (!o) return null;
  const close = new RegExp(`<\\/${tag}\\s*>`, 'gi');
  close.lastIndex = o.index + o[0].length;
  const c = close.exec(h);
  if (!c) return null;
  return { inner: h.slice(o.index + o[0].length, c.index), start: o.index, end: c.index + c[0].length };
}

function withoutComments(h: string): string {
  let out = '', at = 0;
  for (;;) {
    const o = h.indexOf('<!--', at);
    if (o < 0) break;
    const c = h.indexOf('-->', o + 4);
    out += h.slice(at, o);
    if (c < 0) return out;
    at = c + 3;
  }
  return out + h.slice(at);
}

export function htmlToText(html: string): string {
  let h = withoutComments(html);
  const date = declaredDate(h);
  const pageTitle = firstElement(h, 'title');
  h = elements(h, 'head', () => '');
  // a <header> that holds the headline (<article><header><h1>) is kept
  for (const tag of DROPPED) h = elements(h, tag, (m) => (/<h1\b/i.test(m) ? m : '\n'));
  const h1 = firstElement(h, 'h1');
  const title = h1 ? inlineText(h1.inner) : pageTitle ? inlineText(pageTitle.inner).replace(/\s+[-|–]\s+[^-|–]+$/, '') : '';
  // The article starts after its headline; what comes before it (breadcrumbs, menus) is page chrome, but for
  // a date line.
  const before = h1 ? textLines(h.slice(0, h1.start)) : [];
  const lines = textLines(h1 ? h.slice(h1.end) : h);
  const paragraphs: string[] = [];
  let dateLine = date ?? before.find((l) => parsePageDate(l, 0)) ?? null;
  for (const line of lines) {
    // the page's own date line, wherever the template puts it, becomes the first line
    if (parsePageDate(line, 0)) { dateLine ??= line; continue; }
    paragraphs.push(line);
  }
  return [dateLine, title, ...paragraphs].filter((x): x is string => !!x).join('\n\n');
}

/** Lines of text as the elements make them; white space in HTML is one space. */
function textLines(html: string): string[] {
  return html
    .replace(/\s+/g, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(BLOCK_END, '\n\n')
    .replace(/<(?:p|div|li|h[1-6]|figcaption|blockquote|tr)\b[^<>]*>/gi, '\n')
    .split(/\n/)
    .map(inlineText)
    .filter(Boolean);
}
