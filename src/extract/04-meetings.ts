// The meetings the article reports: a sentence with a meeting noun and an event verb ("chủ trì hội nghị …",
// "… tổ chức hội nghị") or a date before the noun; its holding body, kind, ordinal, term, "(mở rộng)",
// "kỳ chuyên đề", and its date. The first report opens the article's meeting; a later sentence opens another
// only when it gives its own day and names another body ("Chiều 14/3, Ban Chấp hành Đảng bộ tỉnh tổ chức
// hội nghị lần thứ 13" after a morning meeting of the Ban Thường vụ). Mentions of the same meeting merge.
import { DOCUMENT_TYPES, MEETING_EVENT_VERBS, MEETING_NOT_HELD, MEETING_NOUNS } from '../lexicon/triggers';
import type { MeetingRecord } from '../schema/records';
import { canonKey } from '../text/canon';
import { canonicalPhrase } from './canonical-names';
import { diagnose, provenance, type ExtractContext, type Extractor, type ReadSentence } from './context';
import { findDates, resolveDayMonth, type Calendar, type ResolvedDate } from './dates';
import { bodyHeadAt, phraseFrom, placeAt, titleAt, tokenAtOrAfter } from './tokens';
import { PROVINCES } from '../lexicon/places';

const NOUN_RE = new RegExp(`(?<![\\p{L}])(${MEETING_NOUNS.map((n) => n.text).join('|')})(?![\\p{L}])`, 'giu');
const EVENT_RE = new RegExp(`(?<![\\p{L}])(${MEETING_EVENT_VERBS.join('|')})(?![\\p{L}])`, 'iu');
const NOT_HELD_RE = new RegExp(`(${MEETING_NOT_HELD.join('|')})`, 'iu');
/** "Ban Chấp hành mới sẽ ra mắt … tại phiên bế mạc đại hội", "theo kết quả kỳ họp HĐND tỉnh hồi đầu tháng 10". */
const NOT_HELD_BEFORE = /(?<![\p{L}])(?:sẽ|sắp|dự kiến|theo kết quả|kết quả)(?![\p{L}])[^.;]*$/iu;
/** "Nhân dịp về dự Hội nghị …, đoàn … dâng hương": a sitting that is only the occasion of a visit. */
const OCCASION_BEFORE = /(?<![\p{L}])(?:nhân dịp|bên lề|trước thềm|chào mừng)(?![\p{L}])[^.;,]*$/iu;
/** "Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Bình Thuận": a working session the body hosts. */
const WORKS_WITH_RE = /(?<![\p{L}])làm việc với\s+/giu;
/** "Ban Chấp hành Đảng bộ tỉnh Gia Lai đã họp", "HĐND xã Lộc Thuận họp bất thường": a body sitting. */
const SITS_RE = /(?<![\p{L}])họp(?![\p{L}])(?!\s+báo)/gu;
/** "Nghị quyết Đại hội …", "Chương trình hội nghị …": the meeting is named, not reported. */
const DOCUMENT_BEFORE = new RegExp(`(?<![\\p{L}])(${DOCUMENT_TYPES.join('|')})\\s+$`, 'iu');
/** Words between the noun and the body: "hội nghị (mở rộng) lần thứ tư", "kỳ họp thứ 10", "đại hội đại biểu", "phiên họp đầu tiên HĐND tỉnh khóa 9". */
const QUALIFIERS = /^(\s*(\(mở rộng\)|mở rộng|đại biểu|lần thứ [\p{L}\d]+|thứ [\p{L}\d]+|đầu tiên|cuối năm|giữa năm|thường kỳ|thường lệ|định kỳ|bất thường|kỳ chuyên đề|chuyên đề|tháng \d+(\/\d{4})?|quý [IV\d]+|,))*\s*/iu;

/** A report of a sitting: where its noun (or verb) stands, its kind, and its body when the verb names it. */
interface Candidate { s: ReadSentence; at: number; end: number; kind: string; body: string | null }

/** The clause before `at` says the sitting is to come, or is only the occasion of something else. */
function notHeld(s: ReadSentence, at: number, end: number): boolean {
  const clause = s.canon.slice(Math.max(0, s.canon.lastIndexOf(',', at - 1) + 1, s.canon.lastIndexOf(';', at - 1) + 1), at);
  return NOT_HELD_RE.test(s.canon.slice(end, end + 60)) || NOT_HELD_BEFORE.test(clause) || OCCASION_BEFORE.test(s.canon.slice(0, at)) ||
    DOCUMENT_BEFORE.test(s.canon.slice(Math.max(0, at - 20), at));
}

/** Meeting nouns in a sentence that report a meeting taking place, and the verbs that do ("làm việc với …", "… họp"). */
function reports(s: ReadSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const noun of s.canon.matchAll(NOUN_RE)) {
    const at = noun.index!, end = at + noun[0].length;
    if (notHeld(s, at, end)) continue;
    // the verb must be outside the noun itself ("kỳ họp" contains "họp")
    const hasEvent = EVENT_RE.test(s.canon.slice(0, at)) || EVENT_RE.test(s.canon.slice(end));
    const hasDate = findDates(s.canon.slice(0, at)).length > 0;
    if (hasEvent || hasDate) out.push({ s, at, end, kind: noun[0].toLowerCase(), body: null });
  }
  for (const v of s.canon.matchAll(WORKS_WITH_RE)) {
    const at = v.index!, end = at + v[0].length;
    const k = tokenAtOrAfter(s.tokens, end);
    const head = bodyHeadAt(s.tokens, s.canon, k);
    if (!head || notHeld(s, at, end) || out.some((c) => c.at < at && at - c.end < 40)) continue;
    out.push({ s, at, end, kind: 'buổi làm việc', body: phraseFrom(s.tokens, s.canon, k, head).text });
  }
  for (const v of s.canon.matchAll(SITS_RE)) {
    const at = v.index!, end = at + v[0].length;
    // the body right before the verb: "Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 55", "HĐND tỉnh … khóa 6 họp kỳ bất thường"
    let body: string | null = null;
    for (let k = 0; k < s.tokens.length && s.tokens[k]!.start < at; k++) {
      const head = bodyHeadAt(s.tokens, s.canon, k);
      if (!head) continue;
      const p = phraseFrom(s.tokens, s.canon, k, head);
      // ("HĐND tỉnh … khóa VIII đã tổ chức họp bất thường": the body that holds the sitting)
      if (/^[\s,]*(?:(?:khóa|khoá) [\p{L}\d]+[\s,]*)?(?:\([^)]*\)\s*)?(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}\s*)?(?:(?:đã|vừa)\s+)?(?:tổ chức\s+)?$/u.test(s.canon.slice(p.end, at))) { body = p.text; break; }
    }
    if (!body || notHeld(s, at, end) || out.some((c) => Math.abs(c.at - at) < 30)) continue;
    out.push({ s, at, end, kind: /^(HĐND|Hội đồng nhân dân|Thường trực HĐND)/u.test(body) ? 'kỳ họp' : 'phiên họp', body });
  }
  return out.sort((a, b) => a.at - b.at);
}

function bodyAfterNoun(s: ReadSentence, nounEnd: number): string | null {
  const q = QUALIFIERS.exec(s.canon.slice(nounEnd));
  const k = tokenAtOrAfter(s.tokens, nounEnd + (q ? q[0].length : 0));
  const head = bodyHeadAt(s.tokens, s.canon, k);
  if (!head || (s.tokens[k]?.start ?? 0) > nounEnd + (q ? q[0].length : 0) + 1) return null;
  return phraseFrom(s.tokens, s.canon, k, head).text;
}

/** What follows a body that is the subject of the sitting: "Tỉnh ủy Thái Bình tổ chức hội nghị", "Ban Thường vụ Tỉnh ủy khóa XX đã họp". */
const SUBJECT_VERB = /^[\s,]*(?:\([^)]*\)\s*)?(?:(?:tỉnh|thành phố) \p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*[\s,]*)?(?:(?:khóa|khoá) [\p{L}\d]+[\s,]*)?(?:nhiệm kỳ \d{4}\s*[-–]\s*\d{4}[\s,]*)?(?:(?:đã|vừa|cũng|chính thức|long trọng|trọng thể|đồng loạt)\s+)*(?:tổ chức|triệu tập|họp|chủ trì|khai mạc|tiến hành|bế mạc|có|tổng kết|sơ kết)(?![\p{L}])/u;

function subjectBody(ctx: ExtractContext, s: ReadSentence, nounStart: number): string | null {
  const insidePost = (offset: number) => ctx.mentions.some((m) => m.sentence === s.index && m.start <= offset && offset < m.after);
  for (let k = 0; k < s.tokens.length && s.tokens[k]!.start < nounStart; k++) {
    const head = bodyHeadAt(s.tokens, s.canon, k);
    if (!head || insidePost(s.tokens[k]!.start)) continue;
    // "Tỉnh ủy" as the tail of a title ("Bí thư Tỉnh ủy") is no subject
    const prev = s.tokens[k - 1];
    if (prev && s.canon.slice(prev.end, s.tokens[k]!.start) === ' ' && titleEndsAt(s, k - 1)) continue;
    // "… của Ban Bí thư …" inside a title list is no subject either: a subject is followed by what it does
    const p = phraseFrom(s.tokens, s.canon, k, head);
    if (SUBJECT_VERB.test(s.canon.slice(p.end, nounStart)) ||
      s.canon.slice(p.end, nounStart).trim() === '') return p.text;
  }
  return null;
}

/**
 * "Tại phiên làm việc sáng ngày 08/4/2021, Quốc hội đã biểu quyết thông qua …": the subject of the clause after the
 * one that names the sitting.
 */
function clauseSubjectBody(s: ReadSentence, nounEnd: number): string | null {
  const comma = s.canon.indexOf(',', nounEnd);
  if (comma < 0 || comma - nounEnd > 60) return null;
  const k = tokenAtOrAfter(s.tokens, comma + 1);
  const head = s.tokens[k] ? bodyHeadAt(s.tokens, s.canon, k) : 0;
  if (!head) return null;
  const p = phraseFrom(s.tokens, s.canon, k, head);
  return CLAUSE_VERB.test(s.canon.slice(p.end)) ? p.text : null;
}
const CLAUSE_VERB = /^[\s,]*(?:(?:đã|cũng|vừa)\s+)*(?:biểu quyết|thông qua|bầu|miễn nhiệm|xem xét|thảo luận|cho ý kiến)(?![\p{L}])/u;

/** "Hội nghị … đã được Ban Thường vụ Tỉnh ủy Hà Nam tổ chức": the body after "được/do" that organises it. */
function passiveBody(s: ReadSentence, nounEnd: number): string | null {
  const m = /(?<![\p{L}])(?:đã\s+)?(?:được|do)\s+(?=\p{Lu})/u.exec(s.canon.slice(nounEnd, nounEnd + 160));
  if (!m) return null;
  const k = tokenAtOrAfter(s.tokens, nounEnd + m.index + m[0].length);
  const head = bodyHeadAt(s.tokens, s.canon, k);
  if (!head) return null;
  const p = phraseFrom(s.tokens, s.canon, k, head);
  return /^\s*(?:tổ chức|triệu tập|chủ trì)/u.test(s.canon.slice(p.end)) ? p.text : null;
}

/** "Hội nghị … diễn ra chiều ngày 30/7 tại trụ sở Tỉnh ủy Bà Rịa - Vũng Tàu": held at a body's seat. */
function seatBody(s: ReadSentence, nounEnd: number): string | null {
  const m = /(?<![\p{L}])tại trụ sở\s+/u.exec(s.canon.slice(nounEnd));
  if (!m) return null;
  const k = tokenAtOrAfter(s.tokens, nounEnd + m.index + m[0].length);
  const head = bodyHeadAt(s.tokens, s.canon, k);
  return head ? phraseFrom(s.tokens, s.canon, k, head).text : null;
}

/** "Hội nghị thông báo kết quả kiểm tra đối với Ban Thường vụ Tỉnh ủy Vĩnh Long": the body the sitting is held with. */
function concernedBody(s: ReadSentence, nounEnd: number): string | null {
  const m = /(?<![\p{L}])đối với\s+(?=\p{Lu})/u.exec(s.canon.slice(nounEnd, nounEnd + 80));
  if (!m) return null;
  const k = tokenAtOrAfter(s.tokens, nounEnd + m.index + m[0].length);
  const head = bodyHeadAt(s.tokens, s.canon, k);
  return head ? phraseFrom(s.tokens, s.canon, k, head).text : null;
}

/**
 * A conference that announces a decision on personnel, held in a province with no body named, is its Party
 * committee's: "Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ được tổ chức tại Đồng Nai"; a
 * provincial committee's own decision is announced by that committee.
 */
function announcedIn(s: ReadSentence, nounEnd: number): string | null {
  // "Hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ": a province's committee announces its own decision
  const own = /^[^.;]{0,40}?(?:công bố|triển khai) (?:các )?[Qq]uyết định (?:của )?(?=(?:Ban Thường vụ |Thường trực )?(?:Tỉnh|Thành) ủy(?![\p{L}]))/u.exec(s.canon.slice(nounEnd));
  if (own) {
    const k = tokenAtOrAfter(s.tokens, nounEnd + own[0].length);
    const head = bodyHeadAt(s.tokens, s.canon, k);
    if (head) return phraseFrom(s.tokens, s.canon, k, head).text;
  }
  // "… triển khai Quyết định của Bộ Chính trị về công tác cán bộ thành phố Hải Phòng": the place the decision is about
  const m = /^[^.;]{0,40}?(?:công bố|triển khai) (?:các )?[Qq]uyết định[^.;]{0,120}?(?<![\p{L}])(?:tại|công tác cán bộ(?: tại| của)?)\s+(?:tỉnh\s+|thành phố\s+)?(?=\p{Lu})/u.exec(s.canon.slice(nounEnd));
  if (!m) return null;
  const k = tokenAtOrAfter(s.tokens, nounEnd + m[0].length);
  const place = placeAt(s.tokens, s.canon, k);
  if (place?.kind !== 'province') return null;
  return `${PROVINCES.find((p) => p.name === place.province)?.city ? 'Thành ủy' : 'Tỉnh ủy'} ${place.name}`;
}

/**
 * Who holds a sitting (FORMAT.md): a kỳ họp is the council's even when its standing committee organises it
 * ("Thường trực HĐND tỉnh … tổ chức kỳ họp thứ 35"), and one without a named body is the HĐND's; a numbered
 * plenum of a Party committee is its executive's ("Hội nghị Tỉnh ủy lần thứ 8" → Ban Chấp hành Đảng bộ tỉnh).
 */
function holdingBody(kind: string, body: string | null, tail: string): string | null {
  if (kind === 'kỳ họp') {
    if (!body) return /Quốc hội/u.test(tail) ? 'Quốc hội' : 'HĐND';
    return body.replace(/^Thường trực (HĐND|Hội đồng nhân dân)/u, '$1');
  }
  if (body && kind === 'hội nghị' && /lần thứ/u.test(tail)) {
    const m = /^(Tỉnh|Thành|Huyện|Quận|Thị) ủy(.*)$/u.exec(body);
    if (m) return `Ban Chấp hành Đảng bộ ${({ Tỉnh: 'tỉnh', Thành: 'thành phố', Huyện: 'huyện', Quận: 'quận', Thị: 'thị xã' } as Record<string, string>)[m[1]!]}${m[2]}`;
  }
  if (body === 'Đảng bộ' && kind === 'đại hội') return 'Đảng bộ tỉnh';
  return body;
}

/** A title ends at token i: the body right after it is the title's ("Phó Thủ tướng Chính phủ", "Bí thư Tỉnh ủy"), not a subject. */
function titleEndsAt(s: ReadSentence, i: number): boolean {
  for (let k = Math.max(0, i - 6); k <= i; k++) if (titleAt(s.tokens, s.canon, k) === i - k + 1) return true;
  return /^(ban|vụ)$/u.test(s.tokens[i]?.text ?? '');
}

/**
 * A sitting told again with a day a few days before the one read first is the same sitting over several days,
 * whose day is its first: "Chiều 5/8, … Đại hội … tiến hành phiên bế mạc. … Trước đó, chiều 4/8, Đại hội … đã họp
 * phiên trù bị".
 */
const MULTI_DAY = /^(?:đại hội|kỳ họp)$/u;
/** A numbered document's date ("Quyết định số 1150-QĐ/TW ngày 10/10/2023") is not a day of the sitting. */
const NUMBERED_DOC = /(?<![\p{L}])số\s+\d+[\p{L}\d./-]*/u;
function earlierDayOfOneSitting(iso: string, first: string): boolean {
  const days = (Date.parse(first) - Date.parse(iso)) / 86_400_000;
  return days > 0 && days <= 5;
}

/** A sentence that goes on the same day as the one before it. */
const RIGHT_AFTER = /^(?:Ngay sau đó|Ngay sau|Sau đó|Tiếp đó|Tiếp theo)(?![\p{L}])/u;

type Dated = ResolvedDate & { sentence: ReadSentence; range?: boolean };

const TERM = /nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})/u;
/** The first sitting of a term, or its congress: "kỳ họp thứ nhất, HĐND thành phố khóa XV … nhiệm kỳ 2016-2021". */
const FIRST_OF_TERM = /(?:kỳ họp|phiên họp|hội nghị|họp kỳ)\s+(?:lần\s+)?thứ\s+(?:nhất|I)(?![\p{L}])|(?<![\p{L}])đại hội(?![\p{L}])/iu;

/**
 * The first date written in the sentence before `until`. A day without a year of a meeting that is the first
 * sitting of a term, or a congress (`noun`: the meeting's own words; the whole sentence when unknown), of a
 * term the sentence names ("nhiệm kỳ 2016-2021") is in the term's first year; otherwise the term bounds the
 * year. A plenum that reviews "the resolution of the congress … 2020-2025" is no congress: "Sáng 06/7, Ban
 * Chấp hành … tổ chức Hội nghị lần thứ 12 nhằm sơ kết … Nghị quyết Đại hội … nhiệm kỳ 2020-2025" on a page of
 * 2023 is in 2023.
 */
function dateIn(cal: Calendar, s: ReadSentence, until: number, termText = '', noun?: string): Dated | null {
  const dm = findDates(s.canon.slice(0, Math.min(s.canon.length, until)))[0];
  const r = dm ? resolveDayMonth(dm, cal.bound, cal.years) : null;
  if (!r || !dm || dm.year !== null) return r ? { ...r, sentence: s, range: dm?.range } : null;
  const term = TERM.exec(s.canon) ?? TERM.exec(termText);
  if (term) {
    const [from, to] = [Number(term[1]), Number(term[2])];
    const year = Number(r.iso.slice(0, 4));
    const want = FIRST_OF_TERM.test(noun ?? s.canon) ? from : year > to ? to : year < from ? from : year;
    const iso = `${want}${r.iso.slice(4)}`;
    if (want !== year && (!cal.bound || iso <= cal.bound)) return { iso, precision: 'day', rule: 'date.year-from-term', sentence: s, range: dm.range };
  }
  return { ...r, sentence: s, range: dm.range };
}

/** A date written in the sentence before the noun (or just after it: "hội nghị … ngày 5/3"). */
function ownDate(cal: Calendar, s: ReadSentence, nounStart: number, termText = ''): Dated | null {
  const noun = s.canon.slice(nounStart, nounStart + 60);
  return dateIn(cal, s, nounStart, termText, noun) ?? dateIn(cal, s, nounStart + 140, termText, noun);
}

/** No date of its own: the lead sentence's, else "hôm nay" as the in-page publication time. */
function fallbackDate(ctx: ExtractContext, cal: Calendar, s: ReadSentence, nounStart: number): Dated | null {
  const first = ctx.sentences.find((x) => x.kind === 'paragraph');
  const lead = first && first !== s ? dateIn(cal, first, 80) : null;
  if (lead) return lead;
  if (/(sáng|chiều|tối|trưa)?\s*(hôm\s+)?nay\b/iu.test(s.canon.slice(0, nounStart)) && ctx.article.publishedDate) {
    return { iso: ctx.article.publishedDate.iso, precision: 'day', rule: 'date.today-published', sentence: s };
  }
  return null;
}

function newMeeting(ctx: ExtractContext, c: Candidate, body: string | null, date: Dated | null): MeetingRecord {
  const { s } = c;
  const nounStart = c.at;
  const nounEnd = c.end;
  const tail = s.canon.slice(nounStart, nounEnd + 120);
  const ordinal = /lần thứ ([\p{L}\d]+)|(?:hội nghị|kỳ họp|phiên họp|đại hội)\s+thứ\s+([\p{L}\d]+)/iu.exec(tail);
  const term = /khóa ([IVXLC]+)/u.exec(s.canon);
  return {
    kind: c.kind,
    date: date?.iso ?? null,
    datePrecision: date?.precision ?? null,
    body,
    ordinal: ordinal ? (ordinal[1] ?? ordinal[2] ?? null) : null,
    term: term ? `khóa ${term[1]}` : null,
    extended: /mở rộng/iu.test(tail),
    special: /chuyên đề/iu.test(tail),
    chairs: [],
    speakers: [],
    approved: [],
    evidence: {
      meeting: provenance(ctx, s, date ? `meeting.reported+${date.rule}` : 'meeting.reported'),
      chairs: [],
      speakers: [],
      approved: [],
    },
  };
}

export const extractMeetings: Extractor = {
  id: 'meetings',
  run(ctx) {
    const paragraphs = ctx.sentences.filter((s) => s.kind === 'paragraph' || s.kind === 'caption');
    const title = ctx.sentences.find((x) => x.kind === 'title');
    // a headline's working session ("Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Thiệu Hóa") when no paragraph reports one
    let candidates = paragraphs.flatMap(reports);
    if (candidates.length === 0 && title) candidates = reports(title).filter((c) => c.kind === 'buổi làm việc');
    // captions repeat what the paragraphs report; a caption opens a meeting only when no paragraph does
    const ordered = [...candidates.filter((c) => c.s.kind === 'paragraph'), ...candidates.filter((c) => c.s.kind !== 'paragraph')];
    if (ordered.length === 0) {
      diagnose(ctx, 'meeting.none', 'no sentence reports a meeting (hội nghị, kỳ họp, đại hội, phiên họp, buổi làm việc)');
      return;
    }
    const cal = ctx.calendar;
    for (const c of ordered) {
      const nounStart = c.at;
      let bodyText = c.body ?? bodyAfterNoun(c.s, c.end) ?? subjectBody(ctx, c.s, nounStart);
      const first = ctx.meetings.length === 0;
      if (!bodyText && first && title) {
        const tn = [...title.canon.matchAll(NOUN_RE)][0];
        if (tn) bodyText = bodyAfterNoun(title, tn.index! + tn[0].length) ?? subjectBody(ctx, title, tn.index!) ?? announcedIn(title, tn.index! + tn[0].length);
        // "Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Bình Thuận" as the headline
        bodyText ??= reports(title).find((x) => x.body)?.body ?? null;
      }
      if (!bodyText) bodyText = passiveBody(c.s, c.end) ?? clauseSubjectBody(c.s, c.end) ?? seatBody(c.s, c.end) ?? concernedBody(c.s, c.end) ?? announcedIn(c.s, c.end);
      bodyText = holdingBody(c.kind, bodyText, c.s.canon.slice(nounStart, c.end + 60));
      const body = bodyText ? canonicalPhrase(bodyText, ctx.province).name : null;
      let date = ownDate(cal, c.s, nounStart, title?.canon ?? '');
      // in a digest, a sitting whose body is not named is one of its own item's, never another item's
      const item = ctx.digest?.items[c.s.index] ?? 0;
      const inItem = (m: MeetingRecord) => !ctx.digest || ctx.digest.told.some((t) => t.meeting === m && t.item === item);
      const tell = (m: MeetingRecord) => ctx.digest?.told.push({ item, sentence: c.s.index, meeting: m });
      if (!first) {
        const same = ctx.meetings.find((m) => (body === null || m.body === null) ? inItem(m) : canonKey(m.body) === canonKey(body));
        // "Ngay sau đó, tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ … đã bầu …": another body's sitting the same day
        if (!same && !date && body && RIGHT_AFTER.test(c.s.canon)) {
          // the day the text last named (one day, not a span) before this sentence
          for (let i = c.s.index - 1; i >= 0 && !date; i--) {
            const d = dateIn(cal, ctx.sentences[i]!, Infinity);
            if (d && !d.range) date = { ...d, rule: 'date.right-after', sentence: c.s };
          }
        }
        if (same || !date || c.s.kind !== 'paragraph') {
          if (same) tell(same);
          if (same && same.body === null && body) same.body = body;
          // the meeting told again with its day ("Sáng ngày 7.8, Đại hội … bước sang ngày làm việc thứ 3"), or with the
          // days it spans, whose first is its day ("Đại hội diễn ra từ ngày 2 đến 4/10")
          if (same && date && inItem(same) && (same.date === null || (date.range && date.iso < same.date) || (MULTI_DAY.test(same.kind) && !NUMBERED_DOC.test(c.s.canon) && earlierDayOfOneSitting(date.iso, same.date)))) {
            same.date = date.iso;
            same.datePrecision = date.precision;
            same.evidence.meeting.rule = `${same.evidence.meeting.rule}+${date.rule}`;
          }
          continue;
        }
      }
      const resolved = date ?? fallbackDate(ctx, cal, c.s, nounStart);
      const meeting = newMeeting(ctx, c, body, resolved);
      if (!body) diagnose(ctx, 'meeting.no-body', 'the meeting\'s holding body is not named', c.s.span);
      if (!resolved) diagnose(ctx, 'meeting.no-date', 'the text gives no day for the meeting', c.s.span);
      ctx.meetings.push(meeting);
      ctx.meetingOpens.push(c.s.index);
      tell(meeting);
    }
  },
};
