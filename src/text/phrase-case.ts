// Phrases of a vocabulary found whatever capitals a paper gives their syllables ("phó chủ tịch", "Phó chủ tịch",
// "PHÓ CHỦ TỊCH"), and written as the vocabulary writes them. One lower-casing of the text, then a walk down a tree
// of characters at each word: no pattern of hundreds of alternatives runs over every sentence.

const LETTER = new Uint8Array(65536);
// (filled at once for the Latin and Vietnamese letters and the combining marks; elsewhere learnt when first met)
for (let c = 0; c < 0x2000; c++) LETTER[c] = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
/** Letters and combining marks (a syllable's inside), learnt lazily: 1 yes, 2 no. */
export function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  let v = LETTER[c]!;
  if (v === 0) LETTER[c] = v = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Each character code in lower case (a character whose lower case is not one code keeps its own). */
const LOWER = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
}
/** The character at offset i in lower case; 0 past the end. */
export const lowerAt = (s: string, i: number): number => (i < s.length ? LOWER[s.charCodeAt(i)]! : 0);
/** The first three characters at offset i in lower case (fewer at the end), hashed to 16 bits. */
const opening = (s: string, i: number) => (lowerAt(s, i) * 961 + lowerAt(s, i + 1) * 31 + lowerAt(s, i + 2)) & 0xffff;

export interface PhraseHit { form: string; end: number }

interface TrieNode { codes: number[]; kids: TrieNode[]; many: Map<number, TrieNode> | null; forms: Array<string | null>; ends: boolean }
/** The child of a node by a character: most nodes have few children, and a short scan beats a map. */
function child(n: TrieNode, c: number): TrieNode | undefined {
  if (n.many !== null) return n.many.get(c);
  const codes = n.codes;
  for (let k = 0; k < codes.length; k++) if (codes[k] === c) return n.kids[k];
  return undefined;
}
function addChild(n: TrieNode, c: number, kid: TrieNode): void {
  n.codes.push(c);
  n.kids.push(kid);
  if (n.codes.length > 4) n.many = new Map(n.codes.map((code, k) => [code, n.kids[k]!]));
}

/**
 * Vocabularies of phrases (by number: 0, 1, …) in lower case, as one tree of characters: finding the longest phrase of
 * each at a word is one walk, costing the length of the phrase however many phrases share its first words ("chủ tịch"
 * opens hundreds).
 */
export class CaseVocabulary {
  private readonly root: TrieNode;
  /** the root's children by character code, looked up directly */
  private readonly firstIndex = new Int32Array(65536).fill(-1);
  private readonly firstNodes: TrieNode[] = [];
  private readonly kinds: number;
  /** the first three characters of every phrase, hashed: most words are turned away before any walk */
  private readonly openings = new Uint8Array(65536);

  /** `vocabularies[k]`: the phrases of kind k as they are written; the first of two that differ only in case is kept. */
  constructor(vocabularies: Array<Iterable<string>>) {
    this.kinds = vocabularies.length;
    this.root = this.node();
    vocabularies.forEach((forms, kind) => {
      for (const form of forms) {
        const lower = form.toLowerCase();
        if (lower.length !== form.length) continue;
        let at = this.root;
        for (let k = 0; k < lower.length; k++) {
          const c = lower.charCodeAt(k);
          let n = child(at, c);
          if (!n) { n = this.node(); addChild(at, c, n); if (at === this.root) { this.firstIndex[c] = this.firstNodes.length; this.firstNodes.push(n); } }
          at = n;
        }
        at.forms[kind] ??= form;
        this.openings[opening(lower, 0)] = 1;
        at.ends = true;
      }
    });
  }
  private node(): TrieNode { return { codes: [], kids: [], many: null, forms: new Array<string | null>(this.kinds).fill(null), ends: false }; }

  /**
   * The longest phrase of each kind at offset i of `text`, in any case, ending where a word ends; an empty list when
   * there is none of any kind.
   */
  at(text: string, i: number): Array<PhraseHit | null> {
    let best: Array<PhraseHit | null> | null = null;
    const f = this.firstIndex[lowerAt(text, i)]!;
    let at: TrieNode | undefined = f < 0 ? undefined : this.firstNodes[f];
    let j = i;
    while (at !== undefined) {
      if (at.ends && !isLetterAt(text, j + 1)) {
        best ??= new Array<PhraseHit | null>(this.kinds).fill(null);
        for (let k = 0; k < this.kinds; k++) if (at.forms[k] !== null) best[k] = { form: at.forms[k]!, end: j + 1 };
      }
      if (++j >= text.length) break;
      at = child(at, lowerAt(text, j));
    }
    return best ?? this.none;
  }
  private readonly none: Array<PhraseHit | null> = [];

  /** Whether any phrase may start with the character at offset i: most words are turned away here. */
  opens(text: string, i: number): boolean { return this.openings[opening(text, i)] === 1; }
}

/**
 * The text with phrases rewritten where `visit` finds them: `visit(text, i)` is asked at each word start and answers
 * the rewrites starting there (offset, written form, of the same length as what it replaces) and where to go on from,
 * or null.
 */
export function rewriteCase(
  text: string,
  visit: (text: string, i: number) => { rewrites: Array<{ at: number; form: string }>; next: number } | null,
): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetterAt(text, i)) { i++; continue; }
    let j = i + 1;
    while (j < n && isLetterAt(text, j)) j++;
    const hit = visit(text, i);
    if (!hit) { i = j; continue; }
    for (const r of hit.rewrites) {
      if (text.startsWith(r.form, r.at)) continue;
      out += text.slice(copied, r.at) + r.form;
      copied = r.at + r.form.length;
    }
    i = Math.max(hit.next, j);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
