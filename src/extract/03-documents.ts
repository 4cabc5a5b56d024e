// Numbered documents cited in the text: "Nghị quyết số 101-NQ/TU, ngày 12/12/2019 của Ban Thường vụ Tỉnh uỷ",
// "Quyết định số 456-QĐ/TU", "Đề án số 01 – ĐA/TU ngày 31/5/2021". A bare "Nghị quyết số 101" after the full
// citation is the same document.
import { isoDate, validDate } from '../parse/02-blocks';
import { NUMBERED_DOCUMENT_TYPES } from '../lexicon/triggers';
import { canonicalPhrase } from './canonical-names';
import { provenance, type Extractor } from './context';
import { bodyHeadAt, phraseFrom, tokenAtOrAfter } from './tokens';
import { findDates, resolveDayMonth, type Calendar } from './dates';

/** Types papers abbreviate before "số": "QĐ số 456-QĐ/TU", "NQ số 12/NQ-HĐND". */
const SHORT_TYPES: Record<string, string> = { 'QĐ': 'Quyết định', NQ: 'Nghị quyết', KL: 'Kết luận', TB: 'Thông báo', KH: 'Kế hoạch', CT: 'Chỉ thị', CV: 'Công văn', TTr: 'Tờ trình', HD: 'Hướng dẫn', QĐi: 'Quy định' };
const TYPES = [...NUMBERED_DOCUMENT_TYPES, ...Object.keys(SHORT_TYPES).map((k) => `${k}(?=\\s+số)`)].join('|');
/**
 * "Quyết định số 2139- QĐSN/TW", "Văn bản số 13402-CV/VPTW"; without "số" only a number that is no year:
 * "theo Nghị quyết 1111 của Ủy ban Thường vụ Quốc hội", "thông báo 05/TB-UBND tỉnh"; a suffix keeps its term's
 * number: "Nghị quyết số 202/2025/QH15".
 */
// (a number may be written with a thousands' dot before its suffix: "Quyết định số 1.234/QĐ-UBND")
const CITATION = new RegExp(
  `(?<![\\p{L}])(${TYPES}|${TYPES.toLowerCase()})\\s+(?:số\\s+|(?=\\d+[/\\-]|\\d{3,}(?![\\d/\\-])(?<!(?:19|20)\\d\\d)))((?:\\d{1,3}(?:\\.\\d{3})+(?=\\s*[/\\-–])|\\d+)(?:\\s*[/\\-–]\\s*(?:\\d+|\\p{Lu}[\\p{L}]*\\d*(?:\\s*[/\\-–]\\s*\\p{Lu}[\\p{L}]*\\d*)*))*)`,
  'gu',
);
/**
 * "12/12/2019", "29-1-2021", "12.12.2019", "ngày 12 tháng 12 năm 2019", and "ngày 20/5" (its year from the text) after
 * the number, also in brackets or after "ký"/"ban hành": "Nghị quyết số 35/NQ-HĐND (ngày 10/12/2021)".
 */
const DATE_AFTER = /^\s*[,(]?\s*(?:(?:ban hành|ký)\s+)?(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})|^\s*[,(]?\s*(?:(?:ban hành|ký)\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|^\s*[,(]?\s*(?:(?:ban hành|ký)\s+)?ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/-])/u;

const ISSUER_LEVEL = /^\s+(?:tỉnh|thành phố|huyện)(?=\s+(?:ngày|ký|ban hành))/u;

/** The verb of the clause that issued the document cited right after it. */
const ISSUED_BEFORE = /(?<![\p{L}])(?:ban hành|đã có|có|ký|gửi)\s+$/u;
const CITATION_IN = new RegExp(`(?<![\\p{L}])(?:${TYPES})\\s+số`, 'u');

/** The ISO date of a DATE_AFTER match, null when no such day; a day without a year takes it from the calendar. */
function isoOf(d: RegExpExecArray, cal: Calendar): string | null {
  if (d[8]) return resolveDayMonth({ day: Number(d[8]), month: Number(d[9]), year: null, index: 0, length: 0 }, cal.bound, cal.years)?.iso ?? null;
  const [dd, mm, yy] = (d[1] ? [d[1], d[3], d[4]] : [d[5], d[6], d[7]]).map(Number) as [number, number, number];
  return validDate(yy, mm, dd) ? isoDate(yy, mm, dd) : null;
}

export const extractDocuments: Extractor = {
  id: 'documents',
  run(ctx) {
    const cal = ctx.calendar;
    for (const s of ctx.sentences) {
      if (!/\d/.test(s.canon)) continue;
      for (const m of s.canon.matchAll(CITATION)) {
        const type = SHORT_TYPES[m[1]!] ?? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
        const number = m[2]!.replace(/\s+/g, '').replace(/–/g, '-');
        let at = m.index! + m[0].length;
        let date: string | null = null;
        // (the issuer's level may stand between the number and the day: "Nghị quyết 10/2016/NQ-HĐND tỉnh ngày 7/12/2016")
        const level = ISSUER_LEVEL.exec(s.canon.slice(at));
        const d = DATE_AFTER.exec(s.canon.slice(at + (level ? level[0].length : 0)));
        if (d) {
          date = isoOf(d, cal);
          at += (level ? level[0].length : 0) + d[0].length;
        }
        // "ngày 11/4/2019, Thủ tướng Chính phủ đã ban hành Quyết định số 397/QĐ-TTg": the day it was issued, before it
        if (!date) {
          const head = s.canon.slice(0, m.index!);
          const issued = ISSUED_BEFORE.exec(head);
          const day = issued ? findDates(head.slice(0, issued.index)).at(-1) : undefined;
          if (day && !CITATION_IN.test(head.slice(day.index))) date = resolveDayMonth(day, cal.bound, cal.years)?.iso ?? null;
        }
        let issuer: string | null = null;
        const of = /^\s*,?\s*của\s+/u.exec(s.canon.slice(at));
        if (of) {
          const k = tokenAtOrAfter(s.tokens, at + of[0].length);
          const head = bodyHeadAt(s.tokens, s.canon, k);
          if (head) {
            const phrase = phraseFrom(s.tokens, s.canon, k, head);
            issuer = canonicalPhrase(phrase.text, ctx.province).name;
            // "Tờ trình số 25-TTr/BCS của Ban cán sự đảng UBND tỉnh ngày 10/3/2023": the date after the issuer
            const later = date ? null : DATE_AFTER.exec(s.canon.slice(phrase.end));
            if (later) date = isoOf(later, cal);
          }
        }
        const sameAsEarlier = ctx.documents.find(
          (x) => x.type === type && (x.number === number || x.number.startsWith(`${number}-`) || x.number.startsWith(`${number}/`)),
        );
        if (sameAsEarlier) {
          sameAsEarlier.date ??= date;
          sameAsEarlier.issuer ??= issuer;
          continue;
        }
        ctx.documents.push({ type, number, date, issuer, evidence: provenance(ctx, s, 'document.numbered') });
      }
    }
  },
};
