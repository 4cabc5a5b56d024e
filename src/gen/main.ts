// npm run gen -- --articles N --out DIR [--seed S]: a generated corpus, DIR/articles/*.txt with the expected
// records beside them in DIR/gold/*.json (the shape of shared/eval/FORMAT.md), so that it can be scored:
//   node ../shared/eval/score.mjs --gold DIR/gold --pred <records of kg extract DIR/articles>
// Articles are written one at a time: nothing holds the corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArticle } from './articles';
import { buildWorld } from './world';

export interface GenOptions { articles: number; out: string; seed: number }

export function parseGenArgs(argv: string[]): GenOptions {
  const o: Partial<GenOptions> = { seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!, v = argv[i + 1];
    if (a === '--articles') { o.articles = Number(v); i++; }
    else if (a === '--out') { o.out = v; i++; }
    else if (a === '--seed') { o.seed = Number(v); i++; }
    else throw new Error(`unknown option ${a}; usage: npm run gen -- --articles N --out DIR [--seed S]`);
  }
  if (!Number.isInteger(o.articles) || o.articles! < 1) throw new Error('--articles takes a whole number ≥ 1');
  if (!o.out) throw new Error('--out DIR is required');
  if (!Number.isInteger(o.seed)) throw new Error('--seed takes a whole number');
  return { articles: o.articles!, out: resolve(o.out), seed: o.seed! };
}

export function generateCorpus(o: GenOptions, onArticle?: (i: number) => void): { articles: number; bytes: number } {
  const world = buildWorld(o.seed);
  mkdirSync(join(o.out, 'articles'), { recursive: true });
  mkdirSync(join(o.out, 'gold'), { recursive: true });
  let bytes = 0;
  for (let i = 0; i < o.articles; i++) {
    const a = generateArticle(world, o.seed, i);
    writeFileSync(join(o.out, 'articles', a.id), a.text);
    writeFileSync(join(o.out, 'gold', a.id.replace(/\.txt$/, '.json')), `${JSON.stringify(a.record, null, 1)}\n`);
    bytes += Buffer.byteLength(a.text);
    onArticle?.(i);
  }
  return { articles: o.articles, bytes };
}

if (require.main === module) {
  try {
    const o = parseGenArgs(process.argv.slice(2));
    const t0 = Date.now();
    const r = generateCorpus(o);
    console.log(`generated ${r.articles} articles (${(r.bytes / 1e6).toFixed(1)} MB) with seed ${o.seed} in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${join(o.out, 'articles')}, expected records in ${join(o.out, 'gold')}`);
  } catch (e) {
    console.error(`gen: ${(e as Error).message}`);
    process.exit(2);
  }
}
