// Syllable tokens with offsets, and the phrase grammar shared by extractors: place names, post and body
// phrases, person names. Input is a sentence in canonical spelling (same length as the surface text).
import { FAMILY_NAMES } from '../lexicon/names';
import { PROVINCES } from '../lexicon/places';
import { LOCALITIES } from '../lexicon/localities';
import { BODY_HEADS, FREE_LOWERCASE, FREE_PAIR_SECOND, NAMED_BODIES, PHRASE_LOWERCASE, PHRASE_STOPS, TITLES, TOPIC_BREAK_PAIRS, TOPIC_BREAKS, TOPIC_HEADS } from '../lexicon/posts';

export interface Token { text: string; start: number; end: number }

// Which UTF-16 code units are word characters (\p{L}, \p{M}, \p{N}), learnt lazily: 1 yes, 2 no.
const WORD_CODE = new Uint8Array(65536);
const LETTER_CODE = new Uint8Array(65536);
const isWordCode = (c: number): boolean => {
  let v = WORD_CODE[c]!;
  if (v === 0) WORD_CODE[c] = v = /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
};
const isLetterCode = (c: number): boolean => {
  let v = LETTER_CODE[c]!;
  if (v === 0) LETTER_CODE[c] = v = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
};

/**
 * Syllable tokens: runs of letters, marks and digits; a dot followed by a letter stays on the token before it
 * ("T.Ư", "TP.HCM"). Same result as /[\p{L}\p{M}\p{N}]+(?:\.(?=\p{L}))?/gu, without allocating matches.
 */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(s.charCodeAt(i))) { i++; continue; }
    const start = i;
    for (;;) {
      while (i < n && isWordCode(s.charCodeAt(i))) i++;
      // "H’Hen Niê", "Ksor Y’Phước": an apostrophe between letters is inside the syllable
      if (i + 1 < n && APOSTROPHES.has(s.charCodeAt(i)) && isLetterCode(s.charCodeAt(i + 1)) && i > start && isLetterCode(s.charCodeAt(i - 1))) { i++; continue; }
      break;
    }
    if (i + 1 < n && s.charCodeAt(i) === 46 && isLetterCode(s.charCodeAt(i + 1))) i++;
    out.push({ text: s.slice(start, i), start, end: i });
  }
  return out;
}

const UPPER_CODE = new Uint8Array(65536);
export const isUpper = (w: string): boolean => {
  const c = w.charCodeAt(0);
  let v = UPPER_CODE[c]!;
  if (v === 0) UPPER_CODE[c] = v = /\p{Lu}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
};
const isAcronym = (w: string): boolean => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

/** Tokens i and i+1 joined by exactly one space (the inside of a phrase). */
export const joined = (s: string, a: Token, b: Token): boolean => s.slice(a.end, b.start) === ' ';

/** Phrases indexed by their first word, longest first: a lookup is one Map get and a few comparisons. */
class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; value: T }>>();
  constructor(entries: Array<{ words: string[]; value: T }>) {
    for (const e of entries) {
      const list = this.byFirst.get(e.words[0]!) ?? [];
      list.push(e);
      this.byFirst.set(e.words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }
  /** The longest phrase at token i; `tight` requires single spaces between its words. */
  at(tokens: Token[], s: string, i: number, tight: boolean): { len: number; value: T } | null {
    const t = tokens[i];
    const list = t && this.byFirst.get(t.text);
    if (!list) return null;
    for (const e of list) {
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) {
        const tk = tokens[i + k];
        ok = !!tk && tk.text === e.words[k] && (!tight || joined(s, tokens[i + k - 1]!, tk));
      }
      if (ok) return { len: e.words.length, value: e.value };
    }
    return null;
  }
}

const TITLE_FIRST_WORDS = new Set(['Phó', 'Trưởng', 'Chủ', 'Bí', 'Giám', 'Tổng', 'Thứ', 'Chánh', 'Ủy', 'Tỉnh', 'Thành', 'Huyện']);
const TITLE_INDEX = new PhraseIndex([...TITLES.map((t) => t.text), 'Tỉnh ủy viên'].map((t) => ({ words: t.split(' '), value: t })));
const BODY_INDEX = new PhraseIndex(BODY_HEADS.map((b) => ({ words: b.text.split(' '), value: b.text })));
const TOPIC_INDEX = new PhraseIndex(TOPIC_HEADS.map((b) => ({ words: b.split(' '), value: b })));
/** The committees a board belongs to: "… của Tỉnh ủy", "… của UBND tỉnh". */
const BOARD_OWNER = /^ (Ban Thường vụ (?:Tỉnh|Thành|Huyện) ủy|(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy|(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân) (?:tỉnh|thành phố|huyện))(?![\p{L}])/u;
const NAMED_BODY_INDEX = new PhraseIndex(NAMED_BODIES.map((b) => ({ words: b.split(' ').map((w) => w.replace(/,$/u, '')), value: b })));

/** The longest title starting at token i, as a token count (0 when none). */
export function titleAt(tokens: Token[], s: string, i: number): number {
  return TITLE_INDEX.at(tokens, s, i, true)?.len ?? 0;
}
export function bodyHeadAt(tokens: Token[], s: string, i: number): number {
  return BODY_INDEX.at(tokens, s, i, true)?.len ?? 0;
}

interface Place { province: string; kind: 'province' | 'seat' | 'district'; name: string; qualifiedOnly?: boolean; afterLevel?: boolean }
// "Bà Rịa - Vũng Tàu": the dash is not a token, so places are matched on their words alone.
const placeWords = (name: string) => name.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
const PLACE_INDEX = new PhraseIndex<Place>(PROVINCES.flatMap((p) => [
  { words: placeWords(p.name), value: { province: p.name, kind: 'province' as const, name: p.name, qualifiedOnly: p.qualifiedOnly } },
  ...(p.aliases ?? []).map((a) => ({ words: placeWords(a), value: { province: p.name, kind: 'province' as const, name: a } })),
  ...(p.seats ?? []).map((a) => ({ words: placeWords(a), value: { province: p.name, kind: 'seat' as const, name: a } })),
  ...(p.districts ?? []).map((a) => ({ words: placeWords(a), value: { province: p.name, kind: 'district' as const, name: a } })),
]).concat(LOCALITIES.map((l) => ({ words: placeWords(l.name), value: { province: l.province, kind: 'district' as const, name: l.name, afterLevel: true } }))));

/** "huyện Phú Lương", "thị xã Bỉm Sơn", "thành phố Thủ Đức", "Huyện ủy Mỹ Hào", "Quận ủy Cầu Giấy". */
function afterLevelWord(tokens: Token[], i: number, s: string): boolean {
  // (the level word right before, one space apart: "Thành ủy; Đồng Văn Thanh" is no place after "Thành ủy")
  if (i === 0 || s.slice(tokens[i - 1]!.end, tokens[i]!.start) !== ' ') return false;
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  const before = tokens[i - 2]?.text.toLowerCase() ?? '';
  if (prev === 'huyện' || prev === 'quận') return true;
  if (prev === 'xã') return before === 'thị';
  if (prev === 'phố') return before === 'thành';
  if (prev === 'ủy') return ['huyện', 'quận', 'thị', 'thành'].includes(before);
  return false;
}

/** A place name (province, its seat or district) starting at token i. */
export function placeAt(tokens: Token[], s: string, i: number): { len: number; province: string; kind: Place['kind']; name: string } | null {
  const hit = PLACE_INDEX.at(tokens, s, i, false);
  if (!hit) return null;
  const { qualifiedOnly, afterLevel, ...place } = hit.value;
  if (qualifiedOnly && !/^(phố|tp)$/iu.test(tokens[i - 1]?.text ?? '')) return null;
  // (a district named alone opens a report as its dateline: "Đắk Hà: Bầu bổ sung Phó Chủ tịch UBND huyện")
  if (afterLevel && !afterLevelWord(tokens, i, s) && !(i === 0 && /^\s*:/u.test(s.slice(tokens[hit.len - 1]!.end)))) return null;
  return { len: hit.len, ...place };
}

/** Token i is the last or an inner word of a place name that starts before it. */
function endsPlace(tokens: Token[], s: string, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const p = placeAt(tokens, s, k);
    if (p && k + p.len > i) return true;
  }
  return false;
}

/**
 * A district's two words that open a name of three ("Đồng Văn Thanh", not the district of Đồng Văn): a family name,
 * then exactly one more capitalised syllable after the district's, and no level word before it.
 */
function personOverDistrict(tokens: Token[], s: string, i: number, place: { len: number; value: Place }): boolean {
  if (place.value.kind !== 'district' || place.len !== 2 || !FAMILY_NAMES.has(tokens[i]!.text) || afterLevelWord(tokens, i, s)) return false;
  const third = tokens[i + 2], fourth = tokens[i + 3];
  return !!third && joined(s, tokens[i + 1]!, third) && isUpper(third.text) && !isAcronym(third.text) &&
    !(fourth && joined(s, third, fourth) && isUpper(fourth.text));
}

export interface NameMatch { start: number; end: number; first: number; last: number; text: string }

/**
 * A person's name starting at token i: capitalised syllables joined by single spaces, 2 to 5 of them,
 * not a place, not running into a title. `triggered` (after "đồng chí", "ông", "bà") allows any family name.
 */
export function nameAt(tokens: Token[], s: string, i: number, triggered: boolean): NameMatch | null {
  const t0 = tokens[i];
  if (!t0 || !isUpper(t0.text) || isAcronym(t0.text)) return null;
  if (!triggered && !FAMILY_NAMES.has(t0.text)) return null;
  // a title's first word is never a family name, even where a paper dropped the rest of it ("Phó Bí Thành ủy")
  if (TITLE_FIRST_WORDS.has(t0.text)) return null;
  // any place name, even one that needs "thành phố" to be the place ("Hồ Chí Minh" alone is his thought, not a person named here)
  const place = PLACE_INDEX.at(tokens, s, i, false);
  if ((place && (!place.value.afterLevel || afterLevelWord(tokens, i, s)) && !personOverDistrict(tokens, s, i, place)) || titleAt(tokens, s, i) || bodyHeadAt(tokens, s, i)) return null;
  // the last word of a place is no family name: "Bí thư Tỉnh ủy Tây Ninh Phạm Viết Thanh"
  if (endsPlace(tokens, s, i)) return null;
  let j = i;
  while (
    j + 1 < tokens.length && j - i < 4 && joined(s, tokens[j]!, tokens[j + 1]!) &&
    isUpper(tokens[j + 1]!.text) && !isAcronym(tokens[j + 1]!.text) &&
    !titleAt(tokens, s, j + 1) && !bodyHeadAt(tokens, s, j + 1)
  ) j++;
  const len = j - i + 1;
  if (len < 2) return null;
  if (len === 2 && !triggered) return null;
  return { start: t0.start, end: tokens[j]!.end, first: i, last: j, text: s.slice(t0.start, tokens[j]!.end) };
}

export interface PhraseMatch { first: number; last: number; start: number; end: number; text: string; term: string | null }

const ROMAN = /^[IVXLC]+$/;
/** Words after which capitalised syllables are a place's name. */
const LEVEL_BEFORE = new Set(['xã', 'phường', 'huyện', 'quận', 'tỉnh', 'trấn', 'phố', 'thị', 'thôn', 'bản', 'làng', 'ấp']);
const DASH_GAP = /^\s*[-–]\s*$/u;
const OWNER_AFTER = /^ (Ủy ban Thường vụ Quốc hội|Quốc hội|Chính phủ)(?![\p{L}])/u;
const NUMBERED_UNIT = /(?:^|\s)(?:Vụ|Cục|Quân khu|Quân đoàn|Sư đoàn|Vùng|Khu vực|Phòng)(?:\s\S+){0,2}$/u;

/**
 * A post or body phrase from token i (which must open a title or a body head): then capitalised syllables,
 * place names, and the lower-case vocabulary of agency names; "khóa XVI" and "nhiệm kỳ 2020 - 2025" are
 * taken as the term. Stops before a person's name, "kiêm", punctuation and any other word.
 */
export function phraseFrom(tokens: Token[], s: string, i: number, headLen: number): PhraseMatch {
  let j = i + headLen - 1;
  let term: string | null = null;
  let termStart = -1;
  let afterPlace = -1;
  // a title that ends as a named body begins: "Trưởng Ban" + "Ban Chính sách, chiến lược Trung ương"
  const own = NAMED_BODY_INDEX.at(tokens, s, j, false);
  if (own && own.len > 1) j += own.len - 1;
  // a board named by its topic (TOPIC_HEADS), its head opening the phrase or ending its title ("Trưởng Ban" + "Ban Chỉ đạo")
  let topic = false;
  for (const k of j > i ? [i, j] : [i]) {
    const head = TOPIC_INDEX.at(tokens, s, k, true);
    if (head && k + head.len - 1 >= j) { topic = true; j = k + head.len - 1; break; }
  }
  while (j + 1 < tokens.length) {
    const prev = tokens[j]!;
    const next = tokens[j + 1]!;
    const gap = s.slice(prev.end, next.start);
    // a dash inside a place name ("Bà Rịa - Vũng Tàu") is consumed with the place below; a dash between two
    // capitalised words of a body's name joins them ("Sở Khoa học - Công nghệ", "Ban Thi đua – Khen thưởng",
    // "Ủy ban Tài chính - Ngân sách"), never before a name or a new title
    // inside a topic, a comma between its words: "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh"
    if (topic && gap === ', ' && !isUpper(next.text) && topicWord(next.text, tokens[j + 2]?.text) && tokens[j + 2] && !isUpper(tokens[j + 2]!.text) &&
      topicWord(tokens[j + 2]!.text, tokens[j + 3]?.text) && s.slice(next.end, tokens[j + 2]!.start) === ' ') { j++; continue; }
    if (gap !== ' ') {
      if (!DASH_GAP.test(gap) || !isUpper(next.text) || isAcronym(next.text) || nameAt(tokens, s, j + 1, false) || titleAt(tokens, s, j + 1) ||
        placeAt(tokens, s, j + 1) || !isUpper(tokens[i]!.text) || termStart >= 0) break;
      const after = tokens[j + 2];
      if (!after || s.slice(next.end, after.start) !== ' ' || isUpper(after.text)) break;
      j++;
      continue;
    }
    const w = next.text;
    // a body the grammar names whole: "Ban Chính sách, chiến lược Trung ương", "Hội Chữ thập đỏ"
    const named = termStart < 0 ? NAMED_BODY_INDEX.at(tokens, s, j + 1, false) : null;
    if (named) { j += named.len; continue; }
    if ((w === 'khóa' || w === 'khoá') && tokens[j + 2] && ROMAN.test(tokens[j + 2]!.text)) {
      term = `khóa ${tokens[j + 2]!.text}`;
      termStart = termStart < 0 ? j + 1 : termStart;
      j += 2;
      continue;
    }
    if (w === 'nhiệm' && tokens[j + 2]?.text === 'kỳ' && /^\d{4}$/.test(tokens[j + 3]?.text ?? '')) {
      const hasEnd = /^\d{4}$/.test(tokens[j + 4]?.text ?? '') && /^\s*[-–]\s*$/.test(s.slice(tokens[j + 3]!.end, tokens[j + 4]!.start));
      term = `nhiệm kỳ ${tokens[j + 3]!.text}${hasEnd ? ` - ${tokens[j + 4]!.text}` : ''}`;
      termStart = termStart < 0 ? j + 1 : termStart;
      j += hasEnd ? 4 : 3;
      continue;
    }
    if (termStart >= 0) break;
    if (w === 'kiêm') break;
    // a term with no years ends the post: "Bí thư Thành ủy Hải Phòng nhiệm kỳ mới"
    if (w === 'nhiệm' && tokens[j + 2]?.text === 'kỳ') break;
    // a body of the National Assembly or the Government named with what it belongs to: "Chủ nhiệm Ủy ban Tài chính
    // - Ngân sách của Quốc hội", "Trưởng Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội"
    if (w === 'của' || w === 'thuộc') {
      const owner = OWNER_AFTER.exec(s.slice(next.end)) ?? (topic ? BOARD_OWNER.exec(s.slice(next.end)) : null);
      if (owner) { j += 1 + owner[1]!.split(' ').length; topic = false; continue; }
      break;
    }
    // a topic's words in lower case go on where another body's would stop: "… công tác thông tin đối ngoại"
    if (topic && !isUpper(w) && topicWord(w, tokens[j + 2]?.text)) {
      if ((w === 'về' || w === 'và') && !(tokens[j + 2] && !isUpper(tokens[j + 2]!.text) && topicWord(tokens[j + 2]!.text, tokens[j + 3]?.text))) break;
      j++;
      continue;
    }
    if (isUpper(w)) {
      const place = placeAt(tokens, s, j + 1);
      if (place) { j += place.len; afterPlace = j; continue; }
      // a body's head is taken whole: "Chủ tịch Hội đồng nhân dân tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam"
      const head = bodyHeadAt(tokens, s, j + 1);
      if (head > 1) {
        if (TOPIC_INDEX.at(tokens, s, j + 1, true)?.len === head) topic = true;
        j += head;
        continue;
      }
      if (nameAt(tokens, s, j + 1, false)) break;
      // a name of two syllables ends the post before it ("Tổng Bí thư Tô Lâm", "Bí thư Tỉnh ủy Y Mửi"), though not a
      // place after its level ("xã Tô Lâm" would be the commune's)
      if (FAMILY_NAMES.has(w) && !LEVEL_BEFORE.has(prev.text.toLowerCase()) && nameAt(tokens, s, j + 1, true)?.last === j + 2) break;
      // a second title glued on without a comma starts a new post
      if (titleAt(tokens, s, j + 1) && !bodyHeadAt(tokens, s, j + 1)) break;
      j++;
      continue;
    }
    // a numbered district or ward: "Bí thư Quận ủy quận 8", "Phó Chủ tịch UBND quận 2"; a numbered unit:
    // "Vụ trưởng Vụ Địa phương 1", "Tư lệnh Quân khu 7"
    if (/^\d{1,2}$/u.test(w) && /^(quận|phường|Quận|Phường)$/u.test(prev.text)) { j++; continue; }
    // (the number ends the phrase, or a verb follows it: "Tư lệnh Bộ Tư lệnh Quân khu 5 phát biểu")
    if (/^(?:\d{1,2}|[IVX]{1,4})$/u.test(w) && NUMBERED_UNIT.test(s.slice(tokens[i]!.start, prev.end)) &&
      (!/^\s*\p{L}/u.test(s.slice(next.end)) || PHRASE_STOPS.has(tokens[j + 2]?.text ?? '') || nameAt(tokens, s, j + 2, false))) { j++; continue; }
    if (w === 'và') {
      if (tokens[j + 2] && isUpper(tokens[j + 2]!.text)) { j++; continue; }
      break;
    }
    if (lowerContinues(prev.text, w, tokens[j + 2]?.text, afterPlace === j || isAcronym(prev.text))) { j++; continue; }
    break;
  }
  const last = termStart >= 0 ? termStart - 1 : j;
  // never end on "và"
  let end = last;
  while (end > i && tokens[end]!.text === 'và') end--;
  return { first: i, last: end, start: tokens[i]!.start, end: tokens[end]!.end, text: s.slice(tokens[i]!.start, tokens[end]!.end), term };
}

/** A lower-case word a board's topic may hold (before `next`): no verb or function word, no level (the place rules take it). */
function topicWord(w: string, next: string | undefined): boolean {
  if (w === 'về' || w === 'và') return true;
  return !TOPIC_BREAKS.has(w) && !TOPIC_BREAK_PAIRS.has(`${w} ${next ?? ''}`) && !(w in FREE_LOWERCASE && FREE_LOWERCASE[w] === null);
}

/**
 * A lower-case syllable continues a phrase after a capitalised one unless it is a stop word (after a place name
 * or an acronym only from the vocabulary); after a lower-case one only as a level word or a fixed pair.
 */
function lowerContinues(prev: string, w: string, next: string | undefined, closed: boolean): boolean {
  if (isUpper(prev) && PHRASE_LOWERCASE.has(w)) return true;
  if (isUpper(prev) && !closed && !PHRASE_STOPS.has(w) && !(w in FREE_LOWERCASE)) return true;
  if (FREE_PAIR_SECOND[w] === prev) return true;
  if (w in FREE_LOWERCASE) {
    const pair = FREE_LOWERCASE[w];
    return pair === null || pair === undefined ? true : next === pair;
  }
  return false;
}

/** Index of the first token starting at or after a character offset. */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}
