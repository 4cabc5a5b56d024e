// Numbered documents cited in the text: "Nghị quyết số 101-NQ/TU, ngày 12/12/2019 của Ban Thường vụ Tỉnh uỷ",
// "Quyết định số 456-QĐ/TU", "Đề án số 01 – ĐA/TU ngày 31/5/2021". A bare "Nghị quyết số 101" after the full
// citation is the same document.
import { isoDate, validDate } from '../parse/02-blocks';
import { NUMBERED_DOCUMENT_TYPES } from '../lexicon/triggers';
import { canonicalPhrase } from './canonical-names';
import { provenance, type Extractor } from './context';
import { bodyHeadAt, phraseFrom, tokenAtOrAfter } from './tokens';

const TYPES = NUMBERED_DOCUMENT_TYPES.join('|');
const CITATION = new RegExp(
  `(?<![\\p{L}])(${TYPES}|${TYPES.toLowerCase()})\\s+số\\s+(\\d+(?:\\s*[/\\-–]\\s*(?:\\d+|\\p{Lu}[\\p{L}]*(?:\\s*[/\\-–]\\s*\\p{Lu}[\\p{L}]*)*))*)`,
  'gu',
);
const DATE_AFTER = /^\s*,?\s*(?:ngày\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})|^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

/** The ISO date of a DATE_AFTER match ("12/12/2019" or "ngày 12 tháng 12 năm 2019"), null when no such day. */
function isoOf(d: RegExpExecArray): string | null {
  const [dd, mm, yy] = (d[1] ? [d[1], d[2], d[3]] : [d[4], d[5], d[6]]).map(Number) as [number, number, number];
  return validDate(yy, mm, dd) ? isoDate(yy, mm, dd) : null;
}

export const extractDocuments: Extractor = {
  id: 'documents',
  run(ctx) {
    for (const s of ctx.sentences) {
      if (!s.canon.includes('số')) continue;
      for (const m of s.canon.matchAll(CITATION)) {
        const type = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
        const number = m[2]!.replace(/\s+/g, '').replace(/–/g, '-');
        let at = m.index! + m[0].length;
        let date: string | null = null;
        const d = DATE_AFTER.exec(s.canon.slice(at));
        if (d) {
          date = isoOf(d);
          at += d[0].length;
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
            if (later) date = isoOf(later);
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
