// Phrases of a vocabulary found whatever capitals a paper gives their syllables ("phó chủ tịch", "Phó chủ tịch",
// "PHÓ CHỦ TỊCH"), and written as the vocabulary writes them: a walk down a tree of characters in lower case at each
// word that may open one, no pattern of hundreds of alternatives over every sentence.

const LETTER = new Uint8Array(65536);
// (filled at once for the Latin and Vietnamese letters and the combining marks; elsewhere learnt when first met)
for (let c = 0; c < 0x2000; c++) LETTER[c] = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
/** Whether a character code is a letter or a combining mark (a syllable's inside): 1 yes, 2 no in the table. */
function letter(c: number): boolean {
  let v = LETTER[c]!;
  if (v === 0) LETTER[c] = v = /[\p{L}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}
/** Whether offset i of s holds a letter or a combining mark (false outside the text). */
export const isLetterAt = (s: string, i: number): boolean => i >= 0 && i < s.length && letter(s.charCodeAt(i));

/**
 * Below U+2000 (Latin with every Vietnamese letter, and the combining marks), each character code in lower case (one
 * whose lower case is not one code keeps its own); above it, no phrase of ours has a letter. Small tables stay in cache.
 */
const SPAN = 0x2000;
const LOWER = new Uint16Array(SPAN);
for (let c = 0; c < SPAN; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : c;
}
/** The character at offset i in lower case (any code from U+2000 on as it is); 0 past the end. */
export const lowerAt = (s: string, i: number): number => {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  return c < SPAN ? LOWER[c]! : c;
};
/** The first three characters at offset i in lower case (fewer at the end), hashed to 13 bits. */
const OPENING_BITS = 0x1fff;
const opening = (s: string, i: number) => (lowerAt(s, i) * 961 + lowerAt(s, i + 1) * 31 + lowerAt(s, i + 2)) & OPENING_BITS;

export interface PhraseHit { form: string; end: number }

interface BuildNode { kids: Map<number, BuildNode>; form: string | null }

/**
 * A vocabulary of phrases in lower case, as a tree of characters: finding the longest phrase at a word is one walk,
 * costing the length of the phrase however many phrases share its first words ("chủ tịch" opens hundreds). The tree
 * is built with maps, then laid out in typed arrays (a node's children side by side, sorted by character), so that a
 * walk reads a few cache lines rather than chasing objects across the heap.
 */
export class CaseVocabulary {
  /** the first three characters of every phrase, hashed: most words are turned away before any walk */
  private readonly openings = new Uint8Array(OPENING_BITS + 1);
  /** the node each first character leads to, or -1 */
  private readonly first = new Int32Array(SPAN).fill(-1);
  /** per node: where its children start in `codes`/`targets`, how many there are, and its phrase (index in `forms`, or -1) */
  private readonly childStart: Int32Array;
  private readonly childCount: Int32Array;
  private readonly nodeForm: Int32Array;
  private readonly codes: Uint16Array;
  private readonly targets: Int32Array;
  private readonly forms: string[] = [];

  /** `phrases` as they are written; the first of two that differ only in case is the one kept. */
  constructor(phrases: Iterable<string>) {
    const root: BuildNode = { kids: new Map(), form: null };
    for (const form of phrases) {
      const lower = form.toLowerCase();
      if (lower.length !== form.length) continue;
      let at = root;
      for (let k = 0; k < lower.length; k++) {
        const c = lower.charCodeAt(k);
        let n = at.kids.get(c);
        if (!n) { n = { kids: new Map(), form: null }; at.kids.set(c, n); }
        at = n;
      }
      at.form ??= form;
      this.openings[opening(lower, 0)] = 1;
    }
    // number the nodes breadth-first, then lay them out
    const order: BuildNode[] = [];
    const ids = new Map<BuildNode, number>();
    for (const n of root.kids.values()) { ids.set(n, order.length); order.push(n); }
    for (let q = 0; q < order.length; q++) for (const n of order[q]!.kids.values()) { ids.set(n, order.length); order.push(n); }
    for (const [c, n] of root.kids) if (c < SPAN) this.first[c] = ids.get(n)!;
    this.childStart = new Int32Array(order.length);
    this.childCount = new Int32Array(order.length);
    this.nodeForm = new Int32Array(order.length).fill(-1);
    const edges = order.reduce((sum, n) => sum + n.kids.size, 0);
    this.codes = new Uint16Array(edges);
    this.targets = new Int32Array(edges);
    let e = 0;
    order.forEach((n, id) => {
      this.childStart[id] = e;
      this.childCount[id] = n.kids.size;
      for (const [c, kid] of [...n.kids].sort((x, y) => x[0] - y[0])) { this.codes[e] = c; this.targets[e] = ids.get(kid)!; e++; }
      if (n.form !== null) { this.nodeForm[id] = this.forms.length; this.forms.push(n.form); }
    });
  }

  /** The child of node n by character c, or -1. */
  private child(n: number, c: number): number {
    let lo = this.childStart[n]!;
    const hi = lo + this.childCount[n]!;
    for (; lo < hi; lo++) {
      const code = this.codes[lo]!;
      if (code === c) return this.targets[lo]!;
      if (code > c) return -1;
    }
    return -1;
  }

  /** The longest phrase at offset i of `text`, in any case, ending where a word ends; null when none. */
  at(text: string, i: number): PhraseHit | null {
    let best: PhraseHit | null = null;
    const c0 = lowerAt(text, i);
    let n = c0 < SPAN ? this.first[c0]! : -1;
    let j = i;
    while (n >= 0) {
      const f = this.nodeForm[n]!;
      if (f >= 0 && !isLetterAt(text, j + 1)) best = { form: this.forms[f]!, end: j + 1 };
      if (++j >= text.length) break;
      n = this.child(n, lowerAt(text, j));
    }
    return best;
  }

  /** The openings of several vocabularies as one table, for `rewriteCase`. */
  static openingsOf(vocabularies: CaseVocabulary[]): Uint8Array {
    const all = new Uint8Array(OPENING_BITS + 1);
    for (const v of vocabularies) for (let k = 0; k < all.length; k++) if (v.openings[k] === 1) all[k] = 1;
    return all;
  }
}

/**
 * The text with phrases rewritten where `visit` finds them: `visit(text, i)` is asked at each word start that may open
 * a phrase (its first three characters are in `openings`, from `CaseVocabulary.openingsOf`) and answers the rewrites
 * starting there (offset, written form, of the same length as what it replaces) and where to go on from, or null.
 */
export function rewriteCase(
  text: string,
  openings: Uint8Array,
  visit: (text: string, i: number) => { rewrites: Array<{ at: number; form: string }>; next: number } | null,
): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!letter(text.charCodeAt(i))) { i++; continue; }
    const hit = openings[opening(text, i)] === 1 ? visit(text, i) : null;
    let j = i + 1;
    while (j < n && letter(text.charCodeAt(j))) j++;
    if (hit) {
      for (const r of hit.rewrites) {
        if (text.startsWith(r.form, r.at)) continue;
        out += text.slice(copied, r.at) + r.form;
        copied = r.at + r.form.length;
      }
      if (hit.next > j) j = hit.next;
    }
    i = j;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
