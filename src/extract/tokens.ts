// Syllable tokens with offsets, and the phrase grammar shared by extractors: place names, post and body
// phrases, person names. Input is a sentence in canonical spelling (same length as the surface text).
import { FAMILY_NAMES } from '../lexicon/names';
import { PROVINCES } from '../lexicon/places';
import { BODY_HEADS, FREE_LOWERCASE, FREE_PAIR_SECOND, PHRASE_LOWERCASE, TITLES } from '../lexicon/posts';

export interface Token { text: string; start: number; end: number }

const WORD = /[\p{L}\p{M}\p{N}]+(?:\.(?=\p{L}))?/gu;

export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

export const isUpper = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAcronym = (w: string): boolean => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}/u.test(w);

/** Tokens i and i+1 joined by exactly one space (the inside of a phrase). */
export const joined = (s: string, a: Token, b: Token): boolean => s.slice(a.end, b.start) === ' ';

function phraseAt(tokens: Token[], s: string, i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.text !== words[k]) return false;
    if (k > 0 && !joined(s, tokens[i + k - 1]!, t)) return false;
  }
  return true;
}

const TITLE_WORDS = [...TITLES].map((t) => t.text.split(' ')).sort((a, b) => b.length - a.length);
TITLE_WORDS.push(['Tỉnh', 'ủy', 'viên']);
const BODY_WORDS = BODY_HEADS.map((b) => b.text.split(' ')).sort((a, b) => b.length - a.length);

/** The longest title starting at token i, as a token count (0 when none). */
export function titleAt(tokens: Token[], s: string, i: number): number {
  for (const w of TITLE_WORDS) if (phraseAt(tokens, s, i, w)) return w.length;
  return 0;
}
export function bodyHeadAt(tokens: Token[], s: string, i: number): number {
  for (const w of BODY_WORDS) if (phraseAt(tokens, s, i, w)) return w.length;
  return 0;
}

interface Place { words: string[]; province: string; kind: 'province' | 'seat' | 'district' }
const PLACES: Place[] = PROVINCES.flatMap((p) => [
  { words: p.name.split(' '), province: p.name, kind: 'province' as const },
  ...(p.aliases ?? []).map((a) => ({ words: a.split(' '), province: p.name, kind: 'province' as const })),
  ...(p.seats ?? []).map((a) => ({ words: a.split(' '), province: p.name, kind: 'seat' as const })),
  ...(p.districts ?? []).map((a) => ({ words: a.split(' '), province: p.name, kind: 'district' as const })),
]).sort((a, b) => b.words.length - a.words.length);

/** A place name (province, its seat or district) starting at token i. */
export function placeAt(tokens: Token[], s: string, i: number): { len: number; province: string; kind: Place['kind']; name: string } | null {
  for (const p of PLACES) {
    // "Bà Rịa - Vũng Tàu": the dash is not a token, so compare on the words alone.
    const words = p.words.filter((w) => /[\p{L}\p{N}]/u.test(w));
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[i + k]?.text === words[k];
    if (ok) return { len: words.length, province: p.province, kind: p.kind, name: p.words.join(' ') };
  }
  return null;
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
  if (placeAt(tokens, s, i) || titleAt(tokens, s, i) || bodyHeadAt(tokens, s, i)) return null;
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

/**
 * A post or body phrase from token i (which must open a title or a body head): then capitalised syllables,
 * place names, and the lower-case vocabulary of agency names; "khóa XVI" and "nhiệm kỳ 2020 - 2025" are
 * taken as the term. Stops before a person's name, "kiêm", punctuation and any other word.
 */
export function phraseFrom(tokens: Token[], s: string, i: number, headLen: number): PhraseMatch {
  let j = i + headLen - 1;
  let term: string | null = null;
  let termStart = -1;
  while (j + 1 < tokens.length) {
    const prev = tokens[j]!;
    const next = tokens[j + 1]!;
    const gap = s.slice(prev.end, next.start);
    // a dash inside a place name ("Bà Rịa - Vũng Tàu") is consumed with the place below
    if (gap !== ' ') break;
    const w = next.text;
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
    if (isUpper(w)) {
      const place = placeAt(tokens, s, j + 1);
      if (place) { j += place.len; continue; }
      if (nameAt(tokens, s, j + 1, false)) break;
      // a second title glued on without a comma starts a new post
      if (titleAt(tokens, s, j + 1) && !bodyHeadAt(tokens, s, j + 1)) break;
      j++;
      continue;
    }
    if (w === 'và') {
      if (tokens[j + 2] && isUpper(tokens[j + 2]!.text)) { j++; continue; }
      break;
    }
    if (lowerContinues(prev.text, w, tokens[j + 2]?.text)) { j++; continue; }
    break;
  }
  const last = termStart >= 0 ? termStart - 1 : j;
  // never end on "và"
  let end = last;
  while (end > i && tokens[end]!.text === 'và') end--;
  return { first: i, last: end, start: tokens[i]!.start, end: tokens[end]!.end, text: s.slice(tokens[i]!.start, tokens[end]!.end), term };
}

/** A lower-case syllable continues a phrase after a capitalised one from the vocabulary, after a lower-case one only as a level word or a fixed pair. */
function lowerContinues(prev: string, w: string, next: string | undefined): boolean {
  if (isUpper(prev) && PHRASE_LOWERCASE.has(w)) return true;
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
