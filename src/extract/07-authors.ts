// Authors from the byline at the end ("MAI CHI – PHƯƠNG VY", "Đào Quyên"); photo credits are not authors.
import { BYLINE_LEAD } from '../parse/02-blocks';
import { titleCase, tidy } from '../text/canon';
import type { Extractor } from './context';

/** Bylines that name no one: "NHÓM PV", "PV", "Nhóm phóng viên". */
const NO_ONE = /^(nhóm\s+)?(pv|phóng viên|ptv|ctv|btv)$/iu;

export function splitByline(byline: string): string[] {
  return byline
    .replace(BYLINE_LEAD, '')
    .replace(/\((TTXVN|[^)]*)\)/gu, ' ')
    .split(/\s*[–—,;-]\s*|\s+và\s+/u)
    .map((x) => tidy(x))
    .filter((x) => x.length > 1 && !NO_ONE.test(x))
    .map((x) => (x === x.toUpperCase() ? titleCase(x) : x));
}

export const extractAuthors: Extractor = {
  id: 'authors',
  run(ctx) {
    if (ctx.article.byline) ctx.authors = splitByline(ctx.article.byline);
  },
};
