// Dates in the text: "Sáng nay (14/7)", "Chiều ngày 20/1", "Ngày 23/12/2020", "ngày 5 tháng 3 năm 2021",
// and the year of a day-and-month inferred from the text, the page date being only an upper bound.
import { isoDate, validDate } from '../parse/02-blocks';
import type { ParsedArticle } from '../schema/article';
import type { DatePrecision } from '../schema/records';

export interface DayMonth {
  day: number; month: number; year: number | null; index: number; length: number;
  /** the first day of several the text names ("từ ngày 2 đến 4/10", "28-29/5", "ngày 27 và 28/9") */
  range?: boolean;
}

/** "14/7", "28-29/5", "ngày 27 và 28/9" (the first day), "3/10/2019". */
const NUMERIC = /(?<![\d/])(\d{1,2})(?:\s*(?:[-–]|và)\s*\d{1,2})?\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/gu;
const WORDED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu;
/** "Sáng 14-7", "ngày 20-1-2023", "Chiều nay (5-6)": a dash between day and month after a time-of-day word. */
const DASHED = /(?<=(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:nay\s+|qua\s+|mai\s+|ngày\s+)?\(?)(\d{1,2})([-.])(\d{1,2})(?:\2(\d{4}))?(?![\d/]|[-.]\d)/giu;
/** A birth date is no event of the article: "Ông Đính sinh ngày 12/4/1966". */
const BIRTH_BEFORE = /(?<![\p{L}])sinh\s+(?:ngày\s+)?$/iu;

/** "từ ngày 2 đến 4/10", "từ 2 - 4/10": the first day of a span, in the month of its last. */
const SPAN = /(?<![\p{L}])từ\s+(?:ngày\s+)?(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?\d{1,2}\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/giu;

/** Every day-and-month expression in a string, in order. */
export function findDates(s: string): readonly DayMonth[] {
  // (a text without a digit has no date: most clauses the extractors ask about)
  if (!HAS_DIGIT.test(s)) return [];
  const known = DATES_OF.get(s);
  if (known) return known;
  if (DATES_OF.size >= 5_000) DATES_OF.clear();
  const found = Object.freeze(datesIn(s));
  DATES_OF.set(s, found);
  return found;
}
const HAS_DIGIT = /\d/;
/** The days of recent texts: the extractors ask about the same sentence and its prefixes again and again. */
const DATES_OF = new Map<string, readonly DayMonth[]>();

function datesIn(s: string): DayMonth[] {
  const out: DayMonth[] = [];
  for (const re of [NUMERIC, WORDED, DASHED]) {
    for (const m of s.matchAll(re)) {
      const g = re === DASHED ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
      const day = Number(g[0]), month = Number(g[1]);
      const year = g[2] ? Number(g[2]) : null;
      if (BIRTH_BEFORE.test(s.slice(Math.max(0, m.index! - 12), m.index!))) continue;
      const range = re === NUMERIC && /^\d{1,2}\s*(?:[-–]|và)\s*\d/u.test(m[0]);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      out.push({ day, month, year, index: m.index!, length: m[0].length, ...(range ? { range } : {}) });
    }
  }
  for (const m of s.matchAll(SPAN)) {
    const day = Number(m[1]), month = Number(m[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    // the span replaces the day-and-month read at its end ("4/10")
    const at = out.findIndex((d) => d.index > m.index! && d.index < m.index! + m[0].length);
    if (at >= 0) out.splice(at, 1);
    out.push({ day, month, year: m[3] ? Number(m[3]) : null, index: m.index!, length: m[0].length, range: true });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Years the text speaks of as its time ("năm 2018", "9 tháng đầu năm 2018"); not ranges or targets. */
export function mentionedYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<!đến |tới |giai đoạn |nhiệm kỳ |đến hết |tầm nhìn |từ |sinh )năm (\d{4})(?!\s*[-–]\s*\d{4})/giu)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    if (/[-–]\s*$/.test(before)) continue;
    // "Năm 2014, ông được bổ nhiệm …" opens a step of a biography, not the article's time
    if (m[0].startsWith('Năm') && /(?:^|[.!?]\s+|\n)$/u.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    out.push(Number(m[1]));
  }
  return out;
}

export interface ResolvedDate { iso: string; precision: DatePrecision; rule: string }

/**
 * The year of a day and month: the latest year on or before the upper bound that is not later than the
 * latest year the text speaks of. "Sáng nay (6/1) … tổng kết năm 2022, nhiệm vụ năm 2023" on a page dated
 * 2024 is 6/1/2023; "Sáng nay (27/9) … 9 tháng đầu năm 2018" on a page dated 2022 is 27/9/2018. A text that
 * speaks of no year takes the latest year the bound allows.
 */
export function resolveDayMonth(dm: DayMonth, upperBound: string | null, mentioned: readonly number[]): ResolvedDate | null {
  if (dm.year !== null) {
    return validDate(dm.year, dm.month, dm.day) ? { iso: isoDate(dm.year, dm.month, dm.day), precision: 'day', rule: 'date.explicit' } : null;
  }
  if (!upperBound) return null;
  const bound = upperBound;
  const boundYear = Number(bound.slice(0, 4));
  const fits = (y: number) => validDate(y, dm.month, dm.day) && isoDate(y, dm.month, dm.day) <= bound;
  let y0 = boundYear;
  while (!fits(y0) && y0 > boundYear - 2) y0--;
  if (!fits(y0)) return null;
  const years = mentioned.filter((y) => y <= boundYear && y >= boundYear - 10);
  if (years.length > 0) {
    const latest = Math.max(...years);
    let y = Math.min(y0, latest);
    while (!fits(y) && y > latest - 2) y--;
    if (fits(y) && y !== y0) return { iso: isoDate(y, dm.month, dm.day), precision: 'day', rule: 'date.year-from-text' };
  }
  return { iso: isoDate(y0, dm.month, dm.day), precision: 'day', rule: 'date.year-from-page-date' };
}

/** What every date of an article is resolved against: the page's upper bound and the years it speaks of. */
export interface Calendar { bound: string | null; years: number[] }

export function calendarOf(article: Pick<ParsedArticle, 'pageDate' | 'publishedDate' | 'text'>): Calendar {
  const bounds = [article.pageDate?.iso, article.publishedDate?.iso].filter((x): x is string => !!x).sort();
  return { bound: bounds[0] ?? null, years: mentionedYears(article.text) };
}

const MONTH_YEAR = /(?<![\p{L}])tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})(?!\d)/iu;
/** A document's date ("Nghị quyết số 12-NQ/TU ngày 5/3/2019") is not the date of what the sentence tells. */
const AFTER_NUMBER = /\bsố\s+[\p{L}\d./-]+\s*,?\s*(?:ngày\s*)?$/iu;

/**
 * The date a sentence gives for what it tells: the first day not belonging to a numbered document
 * ("Ngày 15/3/2021, … bầu …"), else a month ("tháng 10/2020") at month precision.
 */
export function statedDate(text: string, cal: Calendar): ResolvedDate | null {
  for (const dm of findDates(text)) {
    if (AFTER_NUMBER.test(text.slice(Math.max(0, dm.index - 40), dm.index))) continue;
    const r = resolveDayMonth(dm, cal.bound, cal.years);
    if (r) return r;
  }
  const m = MONTH_YEAR.exec(text);
  const month = m ? Number(m[1]) : 0;
  if (m && month >= 1 && month <= 12) return { iso: `${m[2]}-${String(month).padStart(2, '0')}-01`, precision: 'month', rule: 'date.month' };
  return null;
}
