// When the article shows each holding and each post event: an event at the date its sentence states
// ("Ngày 15/3/2021, … bầu đồng chí …"), else at the date of the meeting the sentence reports ("Kỳ họp đã
// bầu …"); a holding at the meeting's date. Left null when the article gives neither: the page date is only an
// upper bound, and the tenures (src/tenure) treat it as one.
import { type ExtractContext, type Extractor, meetingFor } from './context';
import { calendarOf, statedDate } from './dates';

export const extractPostDates: Extractor = {
  id: 'post-dates',
  run(ctx: ExtractContext) {
    if (ctx.toDate.length === 0) return;
    const cal = calendarOf(ctx.article);
    for (const { item, sentence, stated } of ctx.toDate) {
      const own = stated ? statedDate(ctx.sentences[sentence]!.canon, cal) : null;
      const meeting = own ? null : meetingFor(ctx, sentence);
      item.date = own?.iso ?? meeting?.date ?? null;
      item.datePrecision = own?.precision ?? meeting?.datePrecision ?? null;
    }
  },
};
