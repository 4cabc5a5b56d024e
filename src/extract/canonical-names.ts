// Canonical names for posts and bodies (FORMAT.md): title + body + province when the body is provincial
// and the province is known; national posts unqualified; district and city bodies by their own place.
import { canonKey, canonicalSpelling, memoize } from '../text/canon';
import { COMMITTEE_MEMBERS, DISPLAY_REWRITES, LOCAL_LEVELS, NATIONAL_MARKERS } from '../lexicon/posts';
import { PROVINCES } from '../lexicon/places';
import { LOCALITIES } from '../lexicon/localities';

export type Scope = 'national' | 'provincial' | 'local';

const MEMBER_KEYS = new Map(COMMITTEE_MEMBERS.flatMap((m) => m.surfaces.map((x) => [canonKey(x), m.post] as const)));

const PROVINCE_KEYS = PROVINCES.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((n) => ({ key: canonKey(n), name: p.name })))
  .sort((a, b) => b.key.length - a.key.length);
/** The centrally run cities, which are provinces: "thành phố Hải Phòng", "Thành ủy Cần Thơ". */
export const CITY_PROVINCES = new Set(PROVINCES.filter((p) => p.city).map((p) => p.name));

/** Which province a post or body names at its end ("Bí thư Tỉnh ủy Hà Tĩnh" → Hà Tĩnh), if any. */
export function trailingProvince(phrase: string): string | null {
  return trailingProvinceMemo(phrase) || null;
}
const trailingProvinceMemo = memoize((phrase: string) => {
  const k = canonKey(phrase);
  for (const p of PROVINCE_KEYS) if (k.endsWith(` ${p.key}`)) return p.name;
  return '';
});

/**
 * A province written as a variant of its name at the end of a post: "Bí thư Tỉnh ủy Đăk Lăk" is "Bí thư Tỉnh ủy Đắk
 * Lắk" (FORMAT.md writes each province one way). The forms with "TP"/"Thành phố" are no variant: the level stays.
 */
const SPELLING_VARIANTS = PROVINCES.flatMap((p) => (p.aliases ?? []).filter((a) => !/^(?:TP|Thành phố)/u.test(a))
  .map((a) => ({ words: a.split(' ').length, key: canonKey(a), name: p.name })));
const VARIANT_ENDINGS = new Set(SPELLING_VARIANTS.map((v) => v.key.split(/[\s-]/u).pop()!));
function withProvinceSpelling(t: string): string {
  if (!VARIANT_ENDINGS.has(t.slice(Math.max(t.lastIndexOf(' '), t.lastIndexOf('-')) + 1).toLowerCase())) return t;
  const words = t.split(' ');
  for (const v of SPELLING_VARIANTS) {
    if (words.length > v.words && canonKey(words.slice(-v.words).join(' ')) === v.key) return [...words.slice(0, -v.words), v.name].join(' ');
  }
  return t;
}

/** The level words a provincial body ends with; a centrally governed city's are "thành phố", "Thành ủy". */
const PROVINCE_TAIL = /(^| )(tỉnh|tỉnh ủy|tỉnh đoàn|đảng bộ tỉnh)$/;
const CITY_TAIL = /(^| )(thành phố|thành ủy|thành đoàn|đảng bộ thành phố)$/;
const BARE_COUNCIL = /(?:^| )(?:HĐND|UBND|Ủy ban MTTQ Việt Nam|Ủy ban MTTQ|Đoàn ĐBQH)$/u;
/** The Party group of a province's people's committee, written bare: "Phó Bí thư Ban cán sự đảng, Phó Chủ tịch UBND tỉnh". */
const BARE_CADRE_GROUP = /(?:^| )Ban cán sự đảng$/u;
const DEPARTMENT = /(^| )sở [^ ]/;
const LEVEL_INSIDE = / (tỉnh|thành phố|huyện|quận|thị xã) /;

/** Ends with a word that takes the province: "… tỉnh", "… Tỉnh ủy", "Sở …" (a provincial department). */
function needsProvince(k: string, city: boolean): boolean {
  if (PROVINCE_TAIL.test(k)) return true;
  if (city && CITY_TAIL.test(k)) return true;
  return DEPARTMENT.test(k) && !LEVEL_INSIDE.test(` ${k} `);
}

export function scopeOf(phrase: string): Scope {
  const k = canonKey(phrase);
  // "Trưởng Đoàn ĐBQH tỉnh" is provincial although it names the National Assembly
  if (/(^| )(tỉnh|tỉnh ủy)( |$)/.test(k) || DEPARTMENT.test(k)) return 'provincial';
  const named = trailingProvince(phrase);
  if (named && CITY_PROVINCES.has(named) && /(^| )(thành phố|thành ủy)( |$)/.test(k)) return 'provincial';
  if (NATIONAL_MARKERS.some((m) => k.includes(m))) return 'national';
  return 'local';
}

export const displayForm = memoize(displayFormOf);

function displayFormOf(phrase: string): string {
  let t = canonicalSpelling(phrase).replace(/\s+/g, ' ').trim();
  for (const r of DISPLAY_REWRITES) t = t.replace(r.from, r.to);
  return withoutOwnProvince(t);
}

const LOCALITY_PROVINCE = new Map(LOCALITIES.map((l) => [l.name, l.province]));
const LOCAL_TAIL = /(?:^| )(?:huyện|quận|thị xã|thành phố|Huyện ủy|Quận ủy|Thị ủy|Thành ủy) ((?:\p{Lu}\p{L}*)(?: \p{Lu}\p{L}*)+)$/u;

/**
 * A district named with its province after it, as some papers write it: "Đảng bộ huyện Hương Sơn Hà Tĩnh" is
 * "Đảng bộ huyện Hương Sơn" (a locality belongs to one province: the gazetteer says which).
 */
function withoutOwnProvince(t: string): string {
  const m = LOCAL_TAIL.exec(t);
  if (!m) return t;
  const words = m[1]!.split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    const place = words.slice(0, cut).join(' '), rest = words.slice(cut).join(' ');
    if (LOCALITY_PROVINCE.get(place) === rest) return t.slice(0, t.length - rest.length - 1);
  }
  return t;
}

/**
 * A province's leader written with the province's name alone, without the body: the body the title belongs to.
 * Example: "Bà Bùi Thị Quỳnh Vân làm Bí thư Quảng Ngãi" (the Party committee); "ông A, Chủ tịch Quảng Ninh" (the
 * people's committee: FORMAT.md reads "Chủ tịch tỉnh" as Chủ tịch UBND tỉnh).
 */
const BODY_OF_BARE_TITLE: Array<{ title: RegExp; body: (city: boolean) => string }> = [
  { title: /^((?:Phó )?Bí thư) (.+)$/u, body: (city) => (city ? 'Thành ủy' : 'Tỉnh ủy') },
  { title: /^((?:Phó )?Chủ tịch) (.+)$/u, body: (city) => (city ? 'UBND thành phố' : 'UBND tỉnh') },
];
function withBodyOfProvince(t: string): string {
  for (const { title, body } of BODY_OF_BARE_TITLE) {
    const m = title.exec(t);
    if (!m) continue;
    const key = canonKey(m[2]!);
    const province = PROVINCE_KEYS.find((p) => p.key === key);
    if (province) return `${m[1]} ${body(CITY_PROVINCES.has(province.name))} ${m[2]}`;
  }
  return t;
}

/** The canonical post or body name; `province` is the article's when the phrase does not name one. */
export function canonicalPhrase(phrase: string, province: string | null): { name: string; scope: Scope; province: string | null } {
  let t = displayForm(phrase);
  const member = MEMBER_KEYS.get(canonKey(t));
  if (member) t = member;
  t = withBodyOfProvince(t);
  const named = trailingProvince(t);
  if (named) {
    t = withProvinceSpelling(t);
    return { name: t, scope: scopeOf(t), province: named };
  }
  const k = canonKey(t);
  const city = province !== null && CITY_PROVINCES.has(province);
  // a provincial council or committee written bare: "Chủ tịch HĐND, Trưởng Đoàn ĐBQH tỉnh Nghệ An"
  if (province && BARE_COUNCIL.test(t)) return { name: `${t} ${city ? 'thành phố' : 'tỉnh'} ${province}`, scope: 'provincial', province };
  if (province && BARE_CADRE_GROUP.test(t)) return { name: `${t} UBND ${city ? 'thành phố' : 'tỉnh'} ${province}`, scope: 'provincial', province };
  if (province && needsProvince(k, city)) {
    const joiner = DEPARTMENT.test(k) && !PROVINCE_TAIL.test(k) && !CITY_TAIL.test(k) ? (city ? ' thành phố ' : ' tỉnh ') : ' ';
    return { name: `${t}${joiner}${province}`, scope: 'provincial', province };
  }
  return { name: t, scope: scopeOf(t), province: null };
}

/** A membership written without its committee: "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy". */
export const BARE_MEMBERSHIP = /^Ủy viên Ban (?:Thường vụ|Chấp hành)$/u;
/** A standing committee's member or a Party group's secretary written without the body it belongs to. */
const BARE_GROUP = /^(?:Ủy viên Ủy ban Thường vụ|(?:Phó )?Bí thư Đảng đoàn)$/u;
/** The assembly, council or front a post ends with. */
const GROUP_OWNER = /(?:^| )(?:Ủy ban (?:Trung ương )?)?(Quốc hội|MTTQ Việt Nam(?: (?:tỉnh|thành phố) \p{Lu}[\p{L} ]*)?|HĐND (?:tỉnh|thành phố)(?: \p{Lu}[\p{L} ]*)?)$/u;
/** The organisation a post ends with: its Party committee, or the central committee of a mass organisation. */
const ORGANISATION = / (?:(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy(?: \p{Lu}[\p{L}\d ]*)?|Trung ương (?:Hội|Đoàn) [\p{L} ]+)$/u;
const GRASS_ROOTS = ['xã', 'phường', 'thị trấn'];
const PLACE_NAME = '((?:\\p{Lu}[\\p{L}]*|\\d{1,2})(?: \\p{Lu}[\\p{L}]*)*)';
const LEVEL_RES = LOCAL_LEVELS.map((l) => ({
  ...l,
  bare: new RegExp(`(?:^| )(?:${l.tails.join('|')})$`, 'iu'),
  named: new RegExp(`(?:^| )(?:${l.tails.join('|')}) ${PLACE_NAME}$`, 'u'),
}));

/** The places of each local level an article names ("huyện Phú Lương", "Quận ủy Cầu Giấy"), by level. */
export type ArticlePlaces = Partial<Record<string, string>>;

/**
 * The posts of one appositive list, read together: a province named anywhere in the list qualifies its
 * other provincial posts ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum" → both of Kon Tum), and a bare
 * district body takes the district the list names ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nam Đàn").
 */
export function canonicalPostList(phrases: string[], province: string | null, places: ArticlePlaces = {}): string[] {
  // "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy" → "Ủy viên Ban Thường vụ Tỉnh ủy": a bare membership takes the
  // organisation the next post of its list ends with
  const shown = phrases.map((p) => displayForm(p)).map((p, i, all) => {
    // "Ủy viên Ủy ban Thường vụ, Chủ nhiệm Ủy ban Tài chính - Ngân sách Quốc hội"; "Bí thư Đảng đoàn, Chủ tịch Ủy ban
    // Trung ương MTTQ Việt Nam": a group of an assembly or a front takes the one the next post names
    if (BARE_GROUP.test(p)) {
      const owner = all.slice(i + 1).map((x) => GROUP_OWNER.exec(x)?.[1]).find((x) => x);
      return owner ? `${p} ${owner}` : p;
    }
    if (!BARE_MEMBERSHIP.test(p)) return p;
    const org = all.slice(i + 1).map((x) => ORGANISATION.exec(x)?.[0]).find((x) => x);
    return org ? `${p} ${org.trim()}` : p;
  });
  const named = shown.map((p) => trailingProvince(p)).filter((p): p is string => p !== null);
  const listProvince = named.length > 0 ? named[named.length - 1]! : province;
  return shown.map((p) => {
    const base = canonicalPhrase(p, listProvince).name;
    if (base !== canonicalPhrase(p, null).name) return base;
    for (const l of LEVEL_RES) {
      if (!l.bare.test(p)) continue;
      const place = shown.map((x) => l.named.exec(x)?.[1]).filter((x): x is string => !!x).pop();
      // a bare "Đảng ủy" is the commune's, ward's or town's: "Bí thư Đảng ủy xã An Hải"
      const level = / Đảng ủy$/u.test(` ${p}`) ? ` ${l.level}` : '';
      if (place) return `${p}${level} ${place}`;
      const there = places[l.level];
      if (there && !level) return `${p} ${there}`;
      // a bare "Đảng ủy" where the article names one commune, ward or town and no other: "Đại hội Đảng bộ xã Hà Mòn
      // … được bầu làm Phó Bí thư Đảng ủy"
      if (there && level && GRASS_ROOTS.filter((g) => places[g]).length === 1) return `${p}${level} ${there}`;
    }
    return base;
  });
}
