// One canonical spelling layer: every key and every match goes through here; display keeps the surface.
import { createHash } from 'node:crypto';
import { ABBREVIATIONS, OLD_TONE_PLACEMENT, READING_RULES, TYPOS } from '../lexicon/spelling';

export const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
// "uỷ" only where the vowel cluster ends the syllable: "khuỷu" and "hoàn" keep their marks.
const OLD_TONE_RE = new RegExp(`(${Object.keys(OLD_TONE_PLACEMENT).join('|')})(?![\\p{L}])`, 'gu');

/**
 * Text as the pipeline reads it: NFC, Đ (U+0110) for the look-alike Ð (U+00D0), no zero-width characters,
 * ordinary spaces, \n line ends. Length may change; all offsets downstream refer to this text.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ');
}

/** Modern tone placement ("Tỉnh uỷ" → "Tỉnh ủy") and the known typos mended; same meaning, one spelling. */
export function canonicalSpelling(s: string): string {
  let t = s.replace(OLD_TONE_RE, (m) => OLD_TONE_PLACEMENT[m] ?? m);
  for (const typo of TYPOS) t = t.replace(typo.pattern, typo.replacement);
  return t;
}

/**
 * A sentence as the extractors read it: canonical spelling, then the abbreviations of READING_RULES spelled out
 * ("PCT UBND tỉnh" → "Phó Chủ tịch UBND tỉnh", "TPHCM" → "thành phố Hồ Chí Minh"). May be longer than the text.
 */
export function readingForm(s: string): string {
  let t = canonicalSpelling(s);
  // a rule runs only where one of its needles is in the text (one pass finds them all, again after a rule changed
  // the text, whose new words later rules may need): most sentences need few
  let found = needlesIn(t);
  for (let i = 0; i < READING_RULES.length && found.size > 0; i++) {
    if (!found.has(i)) continue;
    const rule = READING_RULES[i]!;
    const next = 'rewrite' in rule ? rule.rewrite(t) : t.replace(rule.pattern, rule.replacement as string);
    if (next !== t) { t = next; found = needlesIn(t); }
  }
  return t;
}
/**
 * The rules whose needles the text holds. Needles may overlap ("phó bí thư" holds "bí thư"): the scan resumes one
 * character after each match, and a needle counts for the rules of every needle it begins with.
 */
function needlesIn(t: string): Set<number> {
  const found = new Set<number>(ALWAYS);
  NEEDLES.lastIndex = 0;
  for (let m = NEEDLES.exec(t); m; m = NEEDLES.exec(t)) {
    for (const i of RULES_OF.get(m[0])!) found.add(i);
    NEEDLES.lastIndex = m.index + 1;
  }
  return found;
}
const OWN = new Map<string, number[]>();
READING_RULES.forEach((r, i) => r.needles?.forEach((n) => OWN.set(n, [...(OWN.get(n) ?? []), i])));
/** Rules without needles run on every text (a rule that finds its own way faster than needles could). */
const ALWAYS = READING_RULES.flatMap((r, i) => (r.needles === null ? [i] : []));
const RULES_OF = new Map([...OWN.keys()].map((n) => [n, [...new Set([...OWN.keys()].filter((p) => n.startsWith(p)).flatMap((p) => OWN.get(p)!))]]));
const NEEDLES = new RegExp([...RULES_OF.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

const DASHES = /[\u2010-\u2015\u2212]/g;

/** Surface form for display: canonical spelling, one space, ASCII hyphen-minus for dashes kept as "–". */
export function tidy(s: string): string {
  return canonicalSpelling(normalizeText(s)).replace(/\s+/g, ' ').trim();
}

const KEY_ABBREVIATIONS = ABBREVIATIONS.filter((a) => a.in.includes('keys'));
const ABBREV_RES = KEY_ABBREVIATIONS.map((a) => ({
  re: new RegExp(`(?<![\\p{L}\\p{N}])${a.short.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}])`, 'gu'),
  long: a.long,
}));

/** Abbreviations written out, case kept ("Chủ tịch UBND tỉnh" → "Chủ tịch Ủy ban nhân dân tỉnh"). */
export function expandAbbreviations(s: string): string {
  let t = s;
  for (const { re, long } of ABBREV_RES) t = t.replace(re, long);
  return t;
}

/** Results of a pure function of a string, kept while there are not too many (posts and bodies repeat). */
export function memoize(f: (s: string) => string, limit = 20_000): (s: string) => string {
  let cache = new Map<string, string>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache = new Map();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Lower case, canonical spelling, abbreviations written out, dashes and spaces folded: a matching key. */
export const canonKey = memoize(canonKeyOf);

function canonKeyOf(s: string): string {
  return expandAbbreviations(canonicalSpelling(normalizeText(s)))
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(/\s*([-/])\s*/g, '$1')
    .replace(/[.,;:…"“”()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Without diacritics, for search: "Nguyễn Quốc Đoàn" → "nguyen quoc doan". */
export const fold = memoize(foldOf);
function foldOf(s: string): string {
  return canonKey(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
}

/** A deterministic node key from a canonical name: folded, hyphen-joined syllables plus a diacritic hash. */
export const slugKey = memoize(slugKeyOf);
function slugKeyOf(s: string): string {
  const k = canonKey(s);
  const f = fold(s).replace(/[^a-z0-9/]+/g, '-').replace(/^-+|-+$/g, '');
  // A very long name (a resolution titled by a whole unpunctuated paragraph) keeps a key an index can hold:
  // its first words and a hash of all of it.
  if (f.length > MAX_SLUG) return `${f.slice(0, MAX_SLUG - 40)}~${createHash('sha256').update(k).digest('hex').slice(0, 24)}`;
  // Two names that differ only in tone marks ("Hà" / "Hạ") must not share a key.
  return f === k ? f : `${f}~${shortHash(k)}`;
}

/** Neo4j's range indexes refuse values over about 8 KB; keys stay far below. */
const MAX_SLUG = 200;

/** FNV-1a, 32 bits, base 36: short and stable, not for security. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Title case for names written in capitals in bylines: "PHÙNG KHIÊM" → "Phùng Khiêm". */
export function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/(\s+)/)
    .map((w) => (w.trim() ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w))
    .join('');
}

/** Abbreviations of three letters or more, by their folded form: a query may type "ubnd" or "hdnd". */
const bare = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
const FOLDED_ABBREVIATIONS = new Map(KEY_ABBREVIATIONS.filter((a) => a.short.replace(/\W/g, '').length >= 3).map((a) => [bare(a.short), a.short]));

/**
 * The key a name typed by a user is matched with: any case, with or without diacritics, old or new tone
 * marks, abbreviations in any case ("bi thu tinh uy lang son", "Chủ tịch ubnd tỉnh Lạng Sơn"). Equal to
 * `fold` of the canonical name.
 */
export function lookupKey(s: string): string {
  return fold(normalizeText(s).split(/\s+/).map((w) => FOLDED_ABBREVIATIONS.get(bare(w)) ?? w).join(' '));
}
