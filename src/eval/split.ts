// A part of a corpus set aside, at random but reproducibly: the articles whose errors are not looked at while
// the extractor is worked on, scored at the end beside the rest (a gap between the two says the rules fit
// their examples). The pick depends only on the seed, the size and the article names.

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface HoldOut { seed: number; size: number }

/** The dev set's part set aside in the README: 20 of the 98 reports, seed 2026. */
export const DEV_HOLD_OUT: HoldOut = { seed: 2026, size: 20 };

/** The names set aside: a seeded shuffle of the sorted names, its first `size`, sorted. */
export function heldOut(names: string[], h: HoldOut): Set<string> {
  const xs = [...new Set(names)].sort();
  const rnd = mulberry32(h.seed);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return new Set(xs.slice(0, Math.min(h.size, xs.length)).sort());
}
