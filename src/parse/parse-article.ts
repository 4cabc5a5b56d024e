// Article text → ParsedArticle: the parse passes in order (normalise, blocks, sentences).
import { ParsedArticle } from '../schema/article';
import { normalizeText } from '../text/canon';
import { splitBlocks } from './02-blocks';
import { splitSentences } from './03-sentences';

export function parseArticle(rawText: string, opts: { id: string }): ParsedArticle {
  const text = normalizeText(rawText);
  const { blocks, pageDate, publishedDate } = splitBlocks(text);
  const { sentences, dateline } = splitSentences(blocks);
  const title = blocks.find((b) => b.kind === 'title')?.text.replace(/\s+/g, ' ') ?? '';
  const byline = blocks.find((b) => b.kind === 'byline')?.text.replace(/\s+/g, ' ') ?? null;
  const credits = blocks.filter((b) => b.kind === 'credit').map((b) => b.text);
  return { id: opts.id, text, pageDate, publishedDate, title, dateline, blocks, sentences, byline, credits };
}
