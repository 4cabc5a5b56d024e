// When the article shows each holding and each post event: an event at the date its sentence states
// ("Ngày 15/3/2021, … bầu đồng chí …"), else at the date of the meeting the sentence reports ("Kỳ họp đã
// bầu …"); a holding at the meeting's date, else at the day the article's lead reports ("Ngày 25/4, UBND tỉnh
// Quảng Nam … tổ chức lễ khai trương" for a ceremony that is no meeting). Left null when the article gives none:
// the page date is only an upper bound, and the tenures (src/tenure) treat it as one.
import { type ExtractContext, type Extractor, meetingFor } from './context';
import { statedDate, type ResolvedDate } from './dates';

/** "Cũng theo quyết định ngày 23.7, …", "Quyết định số 916-QĐ/TU ngày 29/9/2023": the day a decision was made. */
const DECISION_DATE = /(?<![\p{L}])quyết định(?:\s+số\s+[^\s,]+)?(?:\s+của\s+[^,.;]{0,60}?)?,?\s+(?=ngày\s+\d)/giu;

/** Each sentence's first decision day and each paragraph's answer, read once per article. */
interface DecisionDays { bySentence: Array<ResolvedDate | null> | null; byBlock: Map<number, ResolvedDate | null> }

/**
 * The day of the decision the article reports, for a post given or left with no day of its own, no meeting and no
 * dated lead: "Bộ Chính trị vừa quyết định điều động … ông Lê Quang Tùng … giữ chức Bí thư Tỉnh ủy Quảng Trị. Cũng
 * theo quyết định ngày 23.7, …". The decision named in the post's paragraph first, else the article's first.
 */
function decisionDate(ctx: ExtractContext, sentence: number, memo: DecisionDays): ResolvedDate | null {
  const block = ctx.sentences[sentence]!.block;
  const known = memo.byBlock.get(block);
  if (known !== undefined) return known;
  const days = (memo.bySentence ??= ctx.sentences.map((s) => {
    for (const m of s.canon.matchAll(DECISION_DATE)) {
      const d = statedDate(s.canon.slice(m.index! + m[0].length, m.index! + m[0].length + 30), ctx.calendar);
      if (d && d.precision === 'day') return { ...d, rule: 'date.decision' };
    }
    return null;
  }));
  const result = ctx.sentences.filter((s) => s.block === block).map((s) => days[s.index]).find((d) => d) ?? days.find((d) => d) ?? null;
  memo.byBlock.set(block, result);
  return result;
}

export const extractPostDates: Extractor = {
  id: 'post-dates',
  run(ctx: ExtractContext) {
    if (ctx.toDate.length === 0) return;
    const cal = ctx.calendar;
    const leadSentence = ctx.sentences.find((s) => s.kind === 'paragraph');
    const lead = leadSentence ? statedDate(leadSentence.canon.slice(0, 80), cal) : null;
    const decisions: DecisionDays = { bySentence: null, byBlock: new Map() };
    for (const { item, sentence, stated } of ctx.toDate) {
      const own = stated ? statedDate(ctx.sentences[sentence]!.canon, cal) : null;
      const meeting = own ? null : meetingFor(ctx, sentence);
      const at = own ?? (meeting?.date ? { iso: meeting.date, precision: meeting.datePrecision } : lead?.precision === 'day' ? lead : decisionDate(ctx, sentence, decisions));
      item.date = at?.iso ?? null;
      item.datePrecision = at?.precision ?? null;
    }
  },
};
