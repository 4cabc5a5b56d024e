// compromise as the tokenizer, made safe for Vietnamese: it reads our canonical text (NFC, one tone
// placement), its unicode folding table is emptied so "Đồng" is not read as "dong", and only its term
// boundaries and offsets are used, never its English tags. Each term is then cut into syllable words the
// way src/extract/tokens.ts cuts them, so the extractors see the same tokens from either tokenizer.
// It is the differential check of our own tokenizer (test/extract/tokenizers.test.ts), selectable with
// `kg extract --tokenizer compromise`; it is not the default because it is several times slower
// (`npm run bench:extract -- --tokenizer compromise` prints both rates).
import type { Token } from './tokens';
import { tokenize } from './tokens';

interface CompromiseTerm { offset: { start: number; length: number } }
interface CompromiseDoc { json(opts: { offset: boolean }): Array<{ terms: CompromiseTerm[] }> }
type Nlp = ((text: string) => CompromiseDoc) & { world(): { model: { one: { unicode: Record<string, unknown> } } } };

let nlp: Nlp | null = null;

/** compromise/one (tokenizer only), loaded on first use, with its folding table emptied. */
function compromise(): Nlp {
  if (!nlp) {
    const loaded = require('compromise/one') as Nlp;
    const table = loaded.world().model.one.unicode;
    for (const k of Object.keys(table)) delete table[k];
    nlp = loaded;
  }
  return nlp;
}

export function compromiseTokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const sentence of compromise()(s).json({ offset: true })) {
    for (const term of sentence.terms) {
      const base = term.offset.start;
      for (const t of tokenize(s.slice(base, base + term.offset.length))) out.push({ text: t.text, start: base + t.start, end: base + t.end });
    }
  }
  return out;
}
