// A seeded, deterministic random source (mulberry32): the same seed gives the same corpus on every machine.

export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  chance(p: number): boolean { return this.next() < p; }
  pick<T>(xs: readonly T[]): T {
    if (!xs.length) throw new Error('pick from an empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(xs: ReadonlyArray<readonly [T, number]>): T {
    const total = xs.reduce((n, [, w]) => n + w, 0);
    let r = this.next() * total;
    for (const [v, w] of xs) { if ((r -= w) < 0) return v; }
    return xs[xs.length - 1]![0];
  }
  /** k distinct items, in random order. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.next() * (i + 1)); [a[i], a[j]] = [a[j]!, a[i]!]; }
    return a.slice(0, k);
  }
}

/** A seed for item i of a corpus seeded with `seed`: articles are generated independently of each other. */
export function seedOf(seed: number, i: number, salt = 0): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const x of [i, salt]) {
    h = Math.imul(h ^ x, 0x85ebca6b) >>> 0;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}
