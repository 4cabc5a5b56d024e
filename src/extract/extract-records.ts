// ParsedArticle → ArticleRecord: the extractors in the order the data flows, then the record validated.
import type { ParsedArticle } from '../schema/article';
import { ArticleRecord } from '../schema/records';
import { createContext, diagnose, type Extractor, type Tokenizer } from './context';
import { compromiseTokenize } from './compromise-tokens';
import { tokenize } from './tokens';
import { extractProvince } from './01-province';
import { extractPeople } from './02-people';
import { extractDocuments } from './03-documents';
import { extractMeetings } from './04-meetings';
import { extractRoles } from './05-roles';
import { extractApprovals } from './06-approvals';
import { extractAuthors } from './07-authors';
import { extractPostDates } from './08-post-dates';

/**
 * Order is data: province before posts (posts take it), people before roles, meetings before approvals and
 * before the dates of holdings and post events (which are the meetings' dates).
 */
export const EXTRACTORS: readonly Extractor[] = [
  extractProvince, extractPeople, extractDocuments, extractMeetings, extractRoles, extractApprovals, extractAuthors, extractPostDates,
];

/** Syllable tokenizers: our own (the default) and compromise's, which must give the same tokens. */
export const TOKENIZERS: Record<'kg' | 'compromise', Tokenizer> = { kg: tokenize, compromise: compromiseTokenize };
export type TokenizerName = keyof typeof TOKENIZERS;

export function extractRecords(article: ParsedArticle, opts: { tokenizer?: TokenizerName } = {}): ArticleRecord {
  const ctx = createContext(article, TOKENIZERS[opts.tokenizer ?? 'kg']);
  if (!article.pageDate) diagnose(ctx, 'article.no-date-line', 'the first line is not a date line; meeting years cannot be bounded');
  const cut = cutOff(article);
  if (cut) diagnose(ctx, 'article.cut-off', 'the text ends mid-sentence: the article may be cut off, and what it went on to say is missing', cut.span);
  for (const x of EXTRACTORS) x.run(ctx);
  if (!ctx.province) diagnose(ctx, 'province.unknown', 'the text does not say which province; provincial posts stay unqualified');
  // a sitting whose holder the text never names is not a meeting of the graph (its day may still date posts)
  for (const m of ctx.meetings) if (!m.body) diagnose(ctx, 'meeting.dropped', `the sitting of ${m.date ?? 'an unknown day'} names no holding body and is left out`);
  const record = {
    article: article.id,
    title: article.title,
    pageDate: article.pageDate?.iso ?? null,
    province: ctx.province,
    provinceEvidence: ctx.provinceEvidence,
    authors: ctx.authors,
    people: [...ctx.people.values()],
    meetings: ctx.meetings.filter((m) => m.body),
    documents: ctx.documents,
    diagnostics: ctx.diagnostics,
  };
  return ArticleRecord.parse(record);
}

/**
 * The last paragraph stops without a full stop, and it is a sentence, not a heading or a name:
 * "… đề nghị các cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo thực hiện" (and nothing after).
 */
export function cutOff(article: ParsedArticle): ParsedArticle['blocks'][number] | null {
  const body = article.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'byline');
  const last = body[body.length - 1];
  if (!last || last.kind !== 'paragraph') return null;
  const text = last.text.trim();
  return text.split(/\s+/).length >= 8 && !/[.!?…:;"”’)\]»]$/u.test(text) ? last : null;
}
