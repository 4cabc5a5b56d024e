// Canonical names for posts and bodies (FORMAT.md): title + body + province when the body is provincial
// and the province is known; national posts unqualified; district and city bodies by their own place.
import { canonKey, canonicalSpelling } from '../text/canon';
import { DISPLAY_REWRITES, NATIONAL_MARKERS, PROVINCIAL_COMMITTEE_MEMBER } from '../lexicon/posts';
import { PROVINCES } from '../lexicon/places';

export type Scope = 'national' | 'provincial' | 'local';

const PROVINCE_KEYS = PROVINCES.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => ({ key: canonKey(n), name: p.name })));

/** Which province a post or body names at its end ("Bí thư Tỉnh ủy Hà Tĩnh" → Hà Tĩnh), if any. */
export function trailingProvince(phrase: string): string | null {
  const k = canonKey(phrase);
  for (const p of PROVINCE_KEYS) if (k.endsWith(` ${p.key}`)) return p.name;
  return null;
}

/** Ends with a word that takes the province: "… tỉnh", "… Tỉnh ủy", "Sở …" (a provincial department). */
function needsProvince(phrase: string): boolean {
  const k = canonKey(phrase);
  return /(^| )tỉnh$/.test(k) || /(^| )tỉnh ủy$/.test(k) || /(^| )đảng bộ tỉnh$/.test(k) || / sở [^ ].*$/.test(` ${k}`) && !/ (tỉnh|thành phố|huyện|quận|thị xã) /.test(` ${k} `);
}

export function scopeOf(phrase: string): Scope {
  const k = canonKey(phrase);
  if (NATIONAL_MARKERS.some((m) => k.includes(m))) return 'national';
  if (/(^| )(tỉnh|tỉnh ủy)( |$)/.test(k) || / sở /.test(` ${k} `)) return 'provincial';
  return 'local';
}

export function displayForm(phrase: string): string {
  let t = canonicalSpelling(phrase).replace(/\s+/g, ' ').trim();
  for (const r of DISPLAY_REWRITES) t = t.replace(r.from, r.to);
  return t;
}

/** The canonical post or body name; `province` is the article's when the phrase does not name one. */
export function canonicalPhrase(phrase: string, province: string | null): { name: string; scope: Scope; province: string | null } {
  let t = displayForm(phrase);
  if (canonKey(t) === canonKey(PROVINCIAL_COMMITTEE_MEMBER.surface)) t = PROVINCIAL_COMMITTEE_MEMBER.post;
  const scope = scopeOf(t);
  if (scope === 'national') return { name: t, scope, province: null };
  const named = trailingProvince(t);
  if (named) return { name: t, scope, province: named };
  if (province && needsProvince(t)) {
    const k = canonKey(t);
    const joiner = / sở /.test(` ${k} `) && !/(tỉnh|tỉnh ủy)$/.test(k) ? ' tỉnh ' : ' ';
    return { name: `${t}${joiner}${province}`, scope: 'provincial', province };
  }
  return { name: t, scope, province: null };
}
