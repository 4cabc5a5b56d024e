// When the article shows each holding and each post event: an event at the date its sentence states
// ("Ngày 15/3/2021, … bầu đồng chí …"), else at the date of the meeting the sentence reports ("Kỳ họp đã
// bầu …"); a holding at the meeting's date, else at the day the article's lead reports ("Ngày 25/4, UBND tỉnh
// Quảng Nam … tổ chức lễ khai trương" for a ceremony that is no meeting). Left null when the article gives none:
// the page date is only an upper bound, and the tenures (src/tenure) treat it as one.
import { type ExtractContext, type Extractor, meetingFor } from './context';
import { statedDate } from './dates';

export const extractPostDates: Extractor = {
  id: 'post-dates',
  run(ctx: ExtractContext) {
    if (ctx.toDate.length === 0) return;
    const cal = ctx.calendar;
    const leadSentence = ctx.sentences.find((s) => s.kind === 'paragraph');
    const lead = leadSentence ? statedDate(leadSentence.canon.slice(0, 80), cal) : null;
    for (const { item, sentence, stated } of ctx.toDate) {
      const own = stated ? statedDate(ctx.sentences[sentence]!.canon, cal) : null;
      const meeting = own ? null : meetingFor(ctx, sentence);
      const at = own ?? (meeting?.date ? { iso: meeting.date, precision: meeting.datePrecision } : lead?.precision === 'day' ? lead : null);
      item.date = at?.iso ?? null;
      item.datePrecision = at?.precision ?? null;
    }
  },
};
