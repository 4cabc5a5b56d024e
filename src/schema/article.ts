// The parsed article: what parseArticle returns. Offsets are into `text` (the normalised article text).
import { z } from 'zod';

export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

export const BlockKind = z.enum(['dateline', 'title', 'paragraph', 'caption', 'byline', 'credit', 'furniture']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({
  kind: BlockKind,
  text: z.string(),
  span: Span,
});
export type Block = z.infer<typeof Block>;

export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  block: z.number().int().nonnegative(),
  kind: BlockKind,
  /** the sentence as it stands in the article, line breaks folded to spaces */
  text: z.string(),
  span: Span,
});
export type Sentence = z.infer<typeof Sentence>;

export const PageDate = z.object({ iso: z.string(), span: Span, raw: z.string() });
export type PageDate = z.infer<typeof PageDate>;

export const ParsedArticle = z.object({
  id: z.string().min(1),
  text: z.string(),
  /** the first line: when the page was shown or published, only an upper bound for events */
  pageDate: PageDate.nullable(),
  /** a second date line inside the page (e.g. "Thứ 5, 20/01/2022 | 19:35:08"), the publication time */
  publishedDate: PageDate.nullable(),
  title: z.string(),
  /** dateline prefix of the first paragraph, e.g. "LSO" */
  dateline: z.string().nullable(),
  blocks: z.array(Block),
  sentences: z.array(Sentence),
  byline: z.string().nullable(),
  credits: z.array(z.string()),
});
export type ParsedArticle = z.infer<typeof ParsedArticle>;
