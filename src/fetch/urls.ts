// URLs as the crawler keeps them: http(s) only, the fragment and tracking parameters dropped, the host in lower
// case, so that one article linked twice ("?utm_source=…", "#comments") is one URL; an id for storing it.
import { createHash } from 'node:crypto';

/** Parameters that only say who sent the reader: dropped (a site's own parameters, "?id=123", stay). */
export const TRACKING = /^(?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|zarsrc|zarsrc_id|gidzl|_ga|_gl|mc_cid|mc_eid|ref|ref_src|share|src|cmpid|itm_[a-z]+)$/i;

/** The URL as kept, or null for one the crawler never fetches (not http or https, or not a URL). */
export function normalizeUrl(raw: string, base?: string): string | null {
  let u: URL;
  try { u = new URL(raw.trim(), base); } catch { return null; }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = ''; u.password = '';
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  u.hostname = u.hostname.toLowerCase();
  return u.toString().replace(/\?$/, '');
}

/** A short stable id of a URL, for file names. */
export const urlId = (url: string): string => createHash('sha1').update(url).digest('hex').slice(0, 16);

/** Whether a host is one a source allows: the host itself or a subdomain of it ("baolangson.vn" allows "www.baolangson.vn"). */
export function hostAllowed(host: string, allowed: string[]): boolean {
  const h = host.toLowerCase();
  return allowed.some((a) => { const x = a.toLowerCase(); return h === x || h.endsWith(`.${x}`); });
}
