// Blocks → sentences with offsets; the dateline prefix of the first paragraph ("LSO-", "(GLO) -", "– ") is split off.
import type { Block, Sentence } from '../schema/article';

const DATELINE_PREFIX = /^(?:\(\s*([\p{L}.]{2,20})\s*\)|([A-ZĐ]{2,6}))\s*[-–—]+\s*|^[-–—]\s+/u;
/** Abbreviations that end in a dot without ending a sentence. */
const NO_BREAK_AFTER = /(?:^|\s)(?:TP|Tp|TS|ThS|Th\.S|GS|PGS|BS|KS|Mr|St|v\.v|TT|P|Q)\.$/u;
const SENTENCE_END = /[.!?…]+["”’)]*\s+(?=["“(\p{Lu}\d])/gu;

export interface SentenceSplit { sentences: Sentence[]; dateline: string | null }

export function splitSentences(blocks: Block[]): SentenceSplit {
  const sentences: Sentence[] = [];
  let dateline: string | null = null;
  let firstParagraph = true;
  blocks.forEach((block, bi) => {
    if (block.kind !== 'paragraph' && block.kind !== 'caption' && block.kind !== 'title') return;
    let start = block.span[0];
    let text = block.text;
    if (block.kind === 'paragraph' && firstParagraph) {
      firstParagraph = false;
      const m = DATELINE_PREFIX.exec(text);
      if (m) {
        dateline = m[1] ?? m[2] ?? null;
        start += m[0].length;
        text = text.slice(m[0].length);
      }
    }
    let from = 0;
    const push = (to: number) => {
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const s = raw.trim();
      if (s) {
        sentences.push({
          index: sentences.length,
          block: bi,
          kind: block.kind,
          text: s.replace(/\n/g, ' '),
          span: [start + from + lead, start + from + lead + s.length],
        });
      }
    };
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
      const endOfPunct = m.index + m[0].trimEnd().length;
      if (NO_BREAK_AFTER.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
      push(endOfPunct);
      from = m.index + m[0].length;
    }
    push(text.length);
  });
  return { sentences, dateline };
}
