// Authors from the byline at the end ("MAI CHI – PHƯƠNG VY", "Đào Quyên"); photo credits are not authors.
import { titleCase, tidy } from '../text/canon';
import type { Extractor } from './context';

export function splitByline(byline: string): string[] {
  return byline
    .replace(/\((TTXVN|[^)]*)\)/gu, ' ')
    .split(/\s*[–—,;-]\s*|\s+và\s+/u)
    .map((x) => tidy(x))
    .filter((x) => x.length > 1)
    .map((x) => (x === x.toUpperCase() ? titleCase(x) : x));
}

export const extractAuthors: Extractor = {
  id: 'authors',
  run(ctx) {
    if (ctx.article.byline) ctx.authors = splitByline(ctx.article.byline);
  },
};
