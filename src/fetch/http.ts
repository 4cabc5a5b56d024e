// A crawler an editor would not block: robots.txt obeyed (Crawl-delay too), one request at a time per host with a
// delay, a User-Agent naming kg and a contact, conditional requests, timeouts, a size cap, a redirect limit,
// retries with backoff on 5xx and 429 (Retry-After), only http(s) and only the hosts a source allows.
import robotsParser from 'robots-parser';
import { hostAllowed, normalizeUrl } from './urls';

export interface ClientOptions {
  /** who runs the crawler: a mail address or a page, sent in the User-Agent */
  contact: string;
  /** the least time between two requests to one host, unless robots.txt asks for more (ms) */
  delayMs: number;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  retries?: number;
  /** the longest a Retry-After is honoured (ms); longer, the page fails for this run */
  maxRetryAfterMs?: number;
  /** waiting, replaceable in tests */
  sleep?: (ms: number) => Promise<void>;
}

export type Outcome = 'ok' | 'not-modified' | 'robots' | 'refused' | 'failed';

export interface Response {
  outcome: Outcome;
  /** the URL asked for, and the one answered after redirects */
  url: string;
  finalUrl: string;
  status: number | null;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Buffer;
  /** why it was refused or failed */
  reason: string | null;
  /** what the server asked for in Retry-After (honoured for a 429) */
  retryAfter?: string | null;
}

export const USER_AGENT = (contact: string) => `kg/0.1 (+${contact}; follows Vietnamese provincial news)`;

const sleeper = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

class TooLarge extends Error {}

/** Seconds or an HTTP date, as ms from now; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

export class PoliteClient {
  private readonly last = new Map<string, number>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly robots = new Map<string, Promise<{ allowed: (url: string) => boolean; delayMs: number | null; sitemaps: string[] }>>();
  private readonly sleep: (ms: number) => Promise<void>;
  readonly userAgent: string;

  constructor(private readonly opts: ClientOptions) {
    this.sleep = opts.sleep ?? sleeper;
    this.userAgent = USER_AGENT(opts.contact);
  }

  /** robots.txt of the URL's origin, read once a run: what it allows kg, its Crawl-delay and its sitemaps. */
  robotsFor(url: string): Promise<{ allowed: (url: string) => boolean; delayMs: number | null; sitemaps: string[] }> {
    const origin = new URL(url).origin;
    let r = this.robots.get(origin);
    if (!r) {
      r = this.request(`${origin}/robots.txt`, {}, [new URL(url).hostname], false).then((res) => {
        // no robots.txt (404 and the like) allows everything; one the server cannot give (5xx) allows nothing this run
        if (res.outcome !== 'ok') {
          const blocked = res.status !== null && res.status >= 500;
          return { allowed: () => !blocked, delayMs: null, sitemaps: [] };
        }
        const p = robotsParser(`${origin}/robots.txt`, res.body.toString('utf8'));
        const delay = p.getCrawlDelay('kg');
        return { allowed: (u: string) => p.isAllowed(u, 'kg') !== false, delayMs: delay === undefined ? null : delay * 1000, sitemaps: p.getSitemaps() };
      });
      this.robots.set(origin, r);
    }
    return r;
  }

  /** GET a page a source allows, politely; `validators` make it conditional (304 is `not-modified`). */
  async get(url: string, allowedHosts: string[], validators: { etag?: string | null; lastModified?: string | null } = {}): Promise<Response> {
    const robots = await this.robotsFor(url);
    if (!robots.allowed(url)) return blank(url, 'robots', 'robots.txt disallows it');
    return this.request(url, validators, allowedHosts, true, robots.delayMs);
  }

  /** One host at a time: each request waits for the one before it on its host, and the delay after it. */
  private onHost<T>(host: string, delayMs: number, work: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(host) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(async () => {
      const wait = (this.last.get(host) ?? 0) + delayMs - Date.now();
      if (wait > 0) await this.sleep(wait);
      try { return await work(); } finally { this.last.set(host, Date.now()); }
    });
    this.queues.set(host, next);
    return next;
  }

  private async request(url: string, validators: { etag?: string | null; lastModified?: string | null }, allowedHosts: string[], checkHosts: boolean, robotsDelay: number | null = null): Promise<Response> {
    const retries = this.opts.retries ?? 3;
    let current = url;
    for (let hop = 0; ; hop++) {
      const u = new URL(current);
      if (checkHosts && !hostAllowed(u.hostname, allowedHosts)) return blank(url, 'refused', `${u.hostname} is not a host the source allows`);
      const delay = Math.max(this.opts.delayMs, robotsDelay ?? 0);
      let res: Response | { redirect: string } | null = null;
      for (let attempt = 0; attempt <= retries; attempt++) {
        const r = await this.onHost(u.hostname, delay, () => this.once(url, current, validators));
        if ('redirect' in r || r.outcome !== 'failed' || r.status === null || !(r.status >= 500 || r.status === 429) || attempt === retries) { res = r; break; }
        // 5xx and 429: wait as asked (Retry-After), else back off, then try again
        const asked = r.status === 429 ? retryAfterMs(r.retryAfter ?? null) : null;
        if (asked !== null && asked > (this.opts.maxRetryAfterMs ?? 60_000)) { res = { ...r, reason: `429: the server asks to wait ${Math.round(asked / 1000)} s` }; break; }
        await this.sleep(asked ?? 500 * 2 ** attempt);
      }
      if (!res) return blank(url, 'failed', 'no answer');
      if (!('redirect' in res)) {
        if (res.outcome === 'failed' && res.status === 429) res.reason = `429 Too Many Requests after ${retries + 1} tries`;
        return res;
      }
      if (hop >= (this.opts.maxRedirects ?? 5)) return blank(url, 'failed', `more than ${this.opts.maxRedirects ?? 5} redirects`);
      const next = normalizeUrl(res.redirect, current);
      if (!next) return blank(url, 'refused', `redirected to ${res.redirect}, which is not http(s)`);
      current = next;
    }
  }

  private async once(asked: string, url: string, validators: { etag?: string | null; lastModified?: string | null }): Promise<Response | { redirect: string }> {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), this.opts.timeoutMs ?? 20_000);
    try {
      const headers: Record<string, string> = { 'user-agent': this.userAgent, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,*/*;q=0.5' };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const r = await fetch(url, { headers, redirect: 'manual', signal: ctl.signal });
      const base = {
        url: asked, finalUrl: url, status: r.status, contentType: r.headers.get('content-type'), etag: r.headers.get('etag'), lastModified: r.headers.get('last-modified'),
      };
      if (r.status >= 300 && r.status < 400 && r.status !== 304) {
        await r.body?.cancel();
        const loc = r.headers.get('location');
        return loc ? { redirect: loc } : { ...base, outcome: 'failed', body: Buffer.alloc(0), reason: `${r.status} without a Location` };
      }
      if (r.status === 304) { await r.body?.cancel(); return { ...base, outcome: 'not-modified', body: Buffer.alloc(0), reason: null }; }
      if (r.status >= 400) {
        await r.body?.cancel();
        return { ...base, outcome: 'failed', body: Buffer.alloc(0), reason: `HTTP ${r.status}`, retryAfter: r.headers.get('retry-after') };
      }
      const max = this.opts.maxBytes ?? 5 * 1024 * 1024;
      const declared = Number(r.headers.get('content-length') ?? 0);
      if (declared > max) { await r.body?.cancel(); throw new TooLarge(); }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of r.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength;
        if (size > max) { ctl.abort(); throw new TooLarge(); }
        chunks.push(Buffer.from(chunk));
      }
      return { ...base, outcome: 'ok', body: Buffer.concat(chunks), reason: null };
    } catch (e) {
      if (e instanceof TooLarge) return blank(asked, 'refused', `larger than ${Math.round((this.opts.maxBytes ?? 5 * 1024 * 1024) / 1024)} KiB`);
      const aborted = (e as Error).name === 'AbortError' || ctl.signal.aborted;
      return blank(asked, 'failed', aborted ? `no answer within ${Math.round((this.opts.timeoutMs ?? 20_000) / 1000)} s` : `network: ${(e as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

function blank(url: string, outcome: Outcome, reason: string): Response {
  return { outcome, url, finalUrl: url, status: null, contentType: null, etag: null, lastModified: null, body: Buffer.alloc(0), reason };
}
