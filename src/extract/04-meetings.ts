// The meeting the article reports: a sentence with a meeting noun and an event verb ("chủ trì hội nghị …",
// "… tổ chức hội nghị"), its holding body, kind, ordinal, term, "(mở rộng)", "kỳ chuyên đề", and its date.
import { MEETING_EVENT_VERBS, MEETING_NOT_HELD, MEETING_NOUNS } from '../lexicon/triggers';
import type { MeetingRecord } from '../schema/records';
import { canonicalPhrase } from './canonical-names';
import { diagnose, provenance, type ExtractContext, type Extractor, type ReadSentence } from './context';
import { findDates, resolveDayMonth, type ResolvedDate } from './dates';
import { bodyHeadAt, phraseFrom, tokenAtOrAfter } from './tokens';

const NOUN_RE = new RegExp(`(?<![\\p{L}])(${MEETING_NOUNS.map((n) => n.text).join('|')})(?![\\p{L}])`, 'giu');
const EVENT_RE = new RegExp(`(?<![\\p{L}])(${MEETING_EVENT_VERBS.join('|')})(?![\\p{L}])`, 'iu');
const NOT_HELD_RE = new RegExp(`(${MEETING_NOT_HELD.join('|')})`, 'iu');
/** Words between the noun and the body: "hội nghị (mở rộng) lần thứ tư", "kỳ họp thứ 10", "phiên họp thường kỳ tháng 5". */
const QUALIFIERS = /^(\s*(\(mở rộng\)|mở rộng|lần thứ [\p{L}\d]+|thứ [\p{L}\d]+|thường kỳ|thường lệ|định kỳ|bất thường|kỳ chuyên đề|chuyên đề|tháng \d+(\/\d{4})?|quý [IV\d]+|,))*\s*/iu;

interface Found { s: ReadSentence; noun: RegExpMatchArray }

function findMeetingSentence(ctx: ExtractContext): Found | null {
  const order = [...ctx.sentences.filter((s) => s.kind === 'paragraph'), ...ctx.sentences.filter((s) => s.kind === 'caption')];
  for (const s of order) {
    for (const noun of s.canon.matchAll(NOUN_RE)) {
      const rest = s.canon.slice(noun.index! + noun[0].length, noun.index! + noun[0].length + 60);
      if (NOT_HELD_RE.test(rest)) continue;
      const hasEvent = EVENT_RE.test(s.canon);
      const hasDate = findDates(s.canon.slice(0, noun.index!)).length > 0;
      if (hasEvent || hasDate) return { s, noun };
    }
  }
  return null;
}

function bodyAfterNoun(s: ReadSentence, nounEnd: number): string | null {
  const q = QUALIFIERS.exec(s.canon.slice(nounEnd));
  const k = tokenAtOrAfter(s.tokens, nounEnd + (q ? q[0].length : 0));
  const head = bodyHeadAt(s.tokens, s.canon, k);
  if (!head || (s.tokens[k]?.start ?? 0) > nounEnd + (q ? q[0].length : 0) + 1) return null;
  return phraseFrom(s.tokens, s.canon, k, head).text;
}

function subjectBody(ctx: ExtractContext, s: ReadSentence, nounStart: number): string | null {
  const insidePost = (offset: number) => ctx.mentions.some((m) => m.sentence === s.index && m.start <= offset && offset < m.after);
  for (let k = 0; k < s.tokens.length && s.tokens[k]!.start < nounStart; k++) {
    const head = bodyHeadAt(s.tokens, s.canon, k);
    if (!head || insidePost(s.tokens[k]!.start)) continue;
    // "Tỉnh ủy" as the tail of a title ("Bí thư Tỉnh ủy") is no subject
    const prev = s.tokens[k - 1];
    if (prev && s.canon.slice(prev.end, s.tokens[k]!.start) === ' ' && /^(thư|tịch|viên|trưởng|ban|vụ)$/.test(prev.text)) continue;
    return phraseFrom(s.tokens, s.canon, k, head).text;
  }
  return null;
}

function meetingDate(ctx: ExtractContext, s: ReadSentence, nounStart: number): (ResolvedDate & { sentence: ReadSentence }) | null {
  const bounds = [ctx.article.pageDate?.iso, ctx.article.publishedDate?.iso].filter((x): x is string => !!x).sort();
  const upper = bounds[0] ?? null;
  const tryIn = (sentence: ReadSentence, until: number) => {
    const dm = findDates(sentence.canon.slice(0, until))[0];
    if (!dm) return null;
    const r = resolveDayMonth(dm, upper, ctx.article.text);
    return r ? { ...r, sentence } : null;
  };
  const here = tryIn(s, nounStart) ?? tryIn(s, Math.min(s.canon.length, nounStart + 80));
  if (here) return here;
  const first = ctx.sentences.find((x) => x.kind === 'paragraph');
  if (first && first !== s) {
    const r = tryIn(first, Math.min(first.canon.length, 80));
    if (r) return r;
  }
  if (/(sáng|chiều|tối|trưa)?\s*(hôm\s+)?nay\b/iu.test(s.canon.slice(0, nounStart)) && ctx.article.publishedDate) {
    return { iso: ctx.article.publishedDate.iso, precision: 'day', rule: 'date.today-published', sentence: s };
  }
  return null;
}

export const extractMeetings: Extractor = {
  id: 'meetings',
  run(ctx) {
    const found = findMeetingSentence(ctx);
    if (!found) {
      diagnose(ctx, 'meeting.none', 'no sentence reports a meeting (hội nghị, kỳ họp, đại hội, phiên họp, buổi làm việc)');
      return;
    }
    const { s, noun } = found;
    const nounStart = noun.index!;
    const nounEnd = nounStart + noun[0].length;
    let bodyText = bodyAfterNoun(s, nounEnd) ?? subjectBody(ctx, s, nounStart);
    if (!bodyText) {
      const title = ctx.sentences.find((x) => x.kind === 'title');
      const tn = title ? [...title.canon.matchAll(NOUN_RE)][0] : undefined;
      if (title && tn) bodyText = bodyAfterNoun(title, tn.index! + tn[0].length) ?? subjectBody(ctx, title, tn.index!);
    }
    if (!bodyText) diagnose(ctx, 'meeting.no-body', 'the meeting\'s holding body is not named', s.span);
    const tail = s.canon.slice(nounStart, nounEnd + 120);
    const around = s.canon;
    const ordinal = /lần thứ ([\p{L}\d]+)|(?:hội nghị|kỳ họp|phiên họp|đại hội)\s+thứ\s+([\p{L}\d]+)/iu.exec(tail);
    const term = /khóa ([IVXLC]+)/u.exec(around);
    const date = meetingDate(ctx, s, nounStart);
    if (!date) diagnose(ctx, 'meeting.no-date', 'the text gives no day for the meeting', s.span);
    const body = bodyText ? canonicalPhrase(bodyText, ctx.province).name : null;
    const meeting: MeetingRecord = {
      kind: noun[0].toLowerCase(),
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
    ctx.meetings.push(meeting);
  },
};
