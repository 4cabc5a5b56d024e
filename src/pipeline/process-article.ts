// One article through the pure stages: parse → extract → build graph. Never throws: a failure is a reason.
import { parseArticle } from '../parse/parse-article';
import { extractRecords, type TokenizerName } from '../extract/extract-records';
import { buildGraph } from '../graph/build-graph';
import type { ArticleRecord } from '../schema/records';
import type { ArticleGraph } from '../schema/graph';

export type Processed =
  | { ok: true; record: ArticleRecord; graph: ArticleGraph }
  | { ok: false; reason: string };

export function processArticle(id: string, text: string, hash: string, opts: { tokenizer?: TokenizerName } = {}): Processed {
  try {
    const article = parseArticle(text, { id });
    if (!article.title && article.sentences.length === 0) return { ok: false, reason: 'no title or text after the date line' };
    const record = extractRecords(article, opts);
    return { ok: true, record, graph: buildGraph(record, hash) };
  } catch (e) {
    return { ok: false, reason: `extraction failed: ${(e as Error).message.split('\n')[0]}` };
  }
}
