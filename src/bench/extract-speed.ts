// Extraction speed on one core: decode → parse → extract records for every article in a folder, repeated
// until at least a few seconds have passed, and the rate printed in articles per second. Files are read
// once before timing; what is timed is the pure pipeline, the part that scales with the corpus.
// usage: node dist/bench/extract-speed.js [DIR] [--seconds N] [--tokenizer kg|compromise|both] [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeArticle } from '../parse/01-decode';
import { parseArticle } from '../parse/parse-article';
import { extractRecords, type TokenizerName } from '../extract/extract-records';

interface Options { dir: string; seconds: number; json: boolean; tokenizers: TokenizerName[] }

function options(argv: string[]): Options {
  const o: Options = { dir: resolve(__dirname, '../../data/articles'), seconds: 5, json: false, tokenizers: ['kg'] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--seconds') o.seconds = Number(argv[++i]);
    else if (a === '--json') o.json = true;
    else if (a === '--tokenizer') {
      const t = argv[++i];
      if (t === 'both') o.tokenizers = ['kg', 'compromise'];
      else if (t === 'kg' || t === 'compromise') o.tokenizers = [t];
      else throw new Error('--tokenizer takes kg, compromise or both');
    }
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else o.dir = resolve(a);
  }
  if (!(o.seconds > 0)) throw new Error('--seconds takes a positive number');
  return o;
}

function main(): void {
  const o = options(process.argv.slice(2));
  const files = readdirSync(o.dir).filter((f) => f.endsWith('.txt')).sort();
  if (files.length === 0) throw new Error(`no .txt articles in ${o.dir}`);
  const inputs = files.map((f) => ({ id: f, bytes: readFileSync(join(o.dir, f)) }));
  const totalChars = inputs.reduce((n, x) => n + x.bytes.length, 0);
  const results = o.tokenizers.map((tokenizer) => measure(inputs, totalChars, tokenizer, o.seconds));
  if (o.json) console.log(JSON.stringify({ dir: o.dir, files: inputs.length, results }));
  else {
    for (const r of results) {
      console.log(`extract (${r.tokenizer} tokenizer): ${r.articles} articles (${inputs.length} files × ${r.rounds} rounds) in ${r.seconds} s on one core`);
      console.log(`  ${r.articlesPerSecond} articles/s, ${r.msPerArticle} ms/article, ${r.megabytesPerSecond} MB/s`);
    }
    if (results.length === 2) console.log(`  kg/compromise speed ratio: ${(results[0]!.articlesPerSecond / results[1]!.articlesPerSecond).toFixed(2)}`);
  }
}

function measure(inputs: Array<{ id: string; bytes: Buffer }>, totalChars: number, tokenizer: TokenizerName, seconds: number) {
  const once = () => {
    for (const x of inputs) {
      const decoded = decodeArticle(x.bytes);
      if (!decoded.ok) continue;
      extractRecords(parseArticle(decoded.text, { id: x.id }), { tokenizer });
    }
  };
  // warm up: let V8 compile the hot paths before the clock starts
  const warmUntil = performance.now() + 1000;
  while (performance.now() < warmUntil) once();
  let rounds = 0;
  const t0 = performance.now();
  const stopAt = t0 + seconds * 1000;
  do { once(); rounds++; } while (performance.now() < stopAt);
  const ms = performance.now() - t0;
  const articles = rounds * inputs.length;
  return {
    tokenizer, rounds, articles, seconds: +(ms / 1000).toFixed(3),
    articlesPerSecond: Math.round(articles / (ms / 1000)), megabytesPerSecond: +((rounds * totalChars) / (ms / 1000) / 1e6).toFixed(2),
    msPerArticle: +(ms / articles).toFixed(3),
  };
}

try {
  main();
} catch (e) {
  console.error(`bench:extract: ${(e as Error).message}`);
  process.exit(2);
}
