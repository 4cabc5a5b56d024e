// What extractors share while reading one article: its sentences in canonical spelling, the province,
// the people found so far, and the diagnostics.
import type { ParsedArticle, Sentence } from '../schema/article';
import type { DatePrecision, Diagnostic, DocumentRecord, MeetingRecord, PersonRecord, Provenance } from '../schema/records';
import { readingForm } from '../text/canon';
import { tokenize, type Token } from './tokens';
import { ARTICLE_PLACE_WORDS } from '../lexicon/posts';
import { FAMILY_NAMES } from '../lexicon/names';
import { CITY_PROVINCES, type ArticlePlaces } from './canonical-names';
import { calendarOf, type Calendar } from './dates';

// (a level word opening a headline or a sentence has a capital: "Huyện Đắk Hà có tân Bí thư")
const eitherInitial = (w: string) => `[${w.charAt(0).toUpperCase()}${w.charAt(0).toLowerCase()}]${w.slice(1)}`;
const PLACE_AFTER_LEVEL = new RegExp(
  `(?<![\\p{L}])(${ARTICLE_PLACE_WORDS.flatMap((l) => l.words).sort((a, b) => b.length - a.length).map(eitherInitial).join('|')}) ((?:\\p{Lu}[\\p{L}]*|\\d+)(?: \\p{Lu}[\\p{L}]*)*)`, 'gu');
const LEVEL_OF = new Map(ARTICLE_PLACE_WORDS.flatMap((l) => l.words.map((w) => [w.toLowerCase(), l.level] as const)));


const CITY_NAMES = [...CITY_PROVINCES];

/** The places of each local level the article names; a level named with two places has none. */
export function articlePlaces(texts: string[]): ArticlePlaces {
  const seen = new Map<string, Set<string>>();
  for (const t of texts) {
    for (const m of t.matchAll(PLACE_AFTER_LEVEL)) {
      const level = LEVEL_OF.get(m[1]!.toLowerCase())!;
      // a centrally run city is a province, not a local place ("thành phố Hải Phòng", "Thành ủy Cần Thơ")
      if (level === 'thành phố' && CITY_NAMES.some((c) => m[2]!.startsWith(c))) continue;
      // a title before a name is no place: "Bí thư Thành ủy Lê Tiến Châu 56 tuổi" (places named after people, "Lê
      // Chân", "Ngô Quyền", have two words)
      const words = m[2]!.split(' ');
      if (words.length >= 3 && FAMILY_NAMES.has(words[0]!)) continue;
      const set = seen.get(level) ?? new Set<string>();
      set.add(m[2]!);
      seen.set(level, set);
    }
  }
  const out: ArticlePlaces = {};
  for (const [level, names] of seen) if (names.size === 1) out[level] = [...names][0]!;
  return out;
}

export interface ReadSentence extends Sentence {
  /** the reading form (canonical spelling, abbreviations spelled out): what the extractors match */
  canon: string;
  tokens: Token[];
  /** the sentence before it in the same paragraph, if any */
  prev: ReadSentence | null;
  /** the sentence before it in the article, in any paragraph */
  earlier: ReadSentence | null;
}

/** One mention of a person in a sentence, with the end of its appositive post list. */
export interface Mention {
  person: string;
  sentence: number;
  start: number;
  end: number;
  /** where the predicate begins: after the name and its posts */
  after: number;
  byPost: boolean;
}

export interface ExtractContext {
  article: ParsedArticle;
  sentences: ReadSentence[];
  province: string | null;
  provinceEvidence: Provenance | null;
  people: Map<string, PersonRecord>;
  mentions: Mention[];
  meetings: MeetingRecord[];
  /** the sentence index at which each meeting in `meetings` is first reported */
  meetingOpens: number[];
  /** a news digest's items (see `digestItems`), and each report of a meeting in them; null for any other article */
  digest: { items: number[]; told: Array<{ item: number; sentence: number; meeting: MeetingRecord }> } | null;
  documents: DocumentRecord[];
  /** holdings and post events waiting for their date, with the sentence they were read from */
  toDate: Array<{ item: { date: string | null; datePrecision: DatePrecision | null }; sentence: number; stated: boolean }>;
  authors: string[];
  /** the one place of each local level the article names ("huyện Phú Lương"), for posts left bare */
  places: ArticlePlaces;
  /** what every date of the article is resolved against: the page's upper bound and the years it speaks of */
  calendar: Calendar;
  diagnostics: Diagnostic[];
}

export type Tokenizer = (s: string) => Token[];

export function createContext(article: ParsedArticle, tokenizer: Tokenizer = tokenize): ExtractContext {
  const sentences: ReadSentence[] = [];
  for (const s of article.sentences) {
    const canon = readingForm(s.text);
    const prev = sentences[sentences.length - 1];
    sentences.push({ ...s, canon, tokens: tokenizer(canon), prev: prev && prev.block === s.block ? prev : null, earlier: prev ?? null });
  }
  return {
    article, sentences, province: null, provinceEvidence: null, people: new Map(), mentions: [],
    meetings: [], meetingOpens: [], documents: [], toDate: [], authors: [], diagnostics: [],
    digest: digestItems(sentences),
    places: articlePlaces([article.title, ...sentences.map((s) => s.canon)]),
    calendar: calendarOf(article),
  };
}

export function provenance(ctx: ExtractContext, s: Sentence, rule: string): Provenance {
  return { article: ctx.article.id, span: s.span, sentence: s.text, rule };
}

export function diagnose(ctx: ExtractContext, code: string, message: string, span: [number, number] | null = null): void {
  ctx.diagnostics.push({ article: ctx.article.id, code, message, span });
}

/** An extractor reads the context and adds to it; the ordered list in extract-records.ts runs them. */
export interface Extractor {
  id: string;
  run(ctx: ExtractContext): void;
}

/**
 * A paragraph opening with its own day: "Sáng 15/2, Ban Chấp hành Đảng bộ tỉnh …", "Cũng sáng 10/2, UBND tỉnh …",
 * "Chiều ngày 14/2, …".
 */
const DAY_OPENER = /^(?:Cũng\s+)?(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|[Hh]ôm)\s+(?:nay\s+|qua\s+|ngày\s+)?\(?(\d{1,2})[/.-](\d{1,2})(?![\d])/u;

/**
 * A news digest tells several events, a paragraph each, each opening with its own day, newest first ("Sáng 15/2, Ban
 * Chấp hành … Chiều 14/2, Ban Chỉ đạo … Sáng 10/2, Thành ủy …"): three paragraphs or more opening with a day, and a
 * day earlier than one before it. (A sitting of several days is told in the order of its days, and is no digest.)
 * Each such paragraph and those after it up to the next is an item: who chairs or speaks in an item does so at the
 * meeting its item reports, and at no other. The items by sentence index; null for any other article.
 */
export function digestItems(sentences: ReadSentence[]): ExtractContext['digest'] {
  const items: number[] = [];
  let item = 0, openers = 0, backwards = false, last = -1;
  for (const s of sentences) {
    const opener = s.kind === 'paragraph' && s.prev === null ? DAY_OPENER.exec(s.text) : null;
    if (opener) {
      const day = Number(opener[2]) * 100 + Number(opener[1]);
      if (last >= 0 && day < last) backwards = true;
      last = day;
      openers++;
      item++;
    }
    items.push(item);
  }
  return openers >= 3 && backwards ? { items, told: [] } : null;
}

/** The meeting a sentence speaks of: the latest one reported at or before it, else the first; in a digest, its item's. */
export function meetingFor(ctx: ExtractContext, sentence: number): MeetingRecord | null {
  if (ctx.digest) {
    const item = ctx.digest.items[sentence];
    const own = ctx.digest.told.filter((t) => t.item === item);
    return (own.filter((t) => t.sentence <= sentence).pop() ?? own[0])?.meeting ?? null;
  }
  let found: MeetingRecord | null = ctx.meetings[0] ?? null;
  ctx.meetingOpens.forEach((at, i) => { if (at <= sentence) found = ctx.meetings[i]!; });
  return found;
}
