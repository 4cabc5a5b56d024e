// npm run bench -- --articles N [--json FILE] [--seed S] [--dir DIR]
//
// Everything measured in one run, on this machine, against a fresh embedded Neo4j:
//   1. a generated corpus of N articles (npm run gen), kept in DIR for the next run;
//   2. extraction on one core, and on every core with worker threads (articles/s);
//   3. `kg ingest` end to end in a child process (its own peak RSS), the load throughput of its batched
//      writes (nodes + relationships per second of writing), then the same corpus again (all unchanged);
//   4. for N ≤ 1,000, the naive load of the same graphs (one MERGE statement per fact, one transaction each),
//      side by side, in its own fresh database; both databases first warm up (JVM, query plans) on the
//      same 1,000 other generated articles, each with its own way of loading;
//   5. the store's size on disk; p50/p95 of 200 API requests each of search, neighbours, succession, person;
//   6. extraction F1 on the corpus (shared/eval/score.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp } from '../api/app';
import { generateCorpus } from '../gen/main';
import { quantile } from './load';
import { ExtractPool } from '../pipeline/extract-pool';
import { listArticleFiles, readArticleFile } from '../pipeline/article-files';
import { processArticle } from '../pipeline/process-article';
import { NodeLabel, RelType, type ArticleGraph } from '../schema/graph';
import { openStore } from '../store/connect';
import { ensureEmbedded, PROJECT_ROOT, stopEmbedded } from '../store/embedded';
import { applySchema, loadGraphs } from '../store/load-graph';
import { toNeo4j } from '../store/read';
import { decodeArticle } from '../parse/01-decode';
import { fold, normalizeText } from '../text/canon';

interface Options { articles: number; seed: number; json: string | null; dir: string }
interface Quantiles { p50Ms: number; p95Ms: number }

function options(argv: string[]): Options {
  const o: Options = { articles: 1000, seed: 1, json: null, dir: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!, v = argv[i + 1];
    if (a === '--articles') { o.articles = Number(v); i++; }
    else if (a === '--seed') { o.seed = Number(v); i++; }
    else if (a === '--json') { o.json = resolve(v ?? ''); i++; }
    else if (a === '--dir') { o.dir = resolve(v ?? ''); i++; }
    else throw new Error(`unknown option ${a}; usage: npm run bench -- --articles N [--json FILE] [--seed S] [--dir DIR]`);
  }
  if (!Number.isInteger(o.articles) || o.articles < 1) throw new Error('--articles takes a whole number ≥ 1');
  o.dir ||= join(tmpdir(), `kg-bench-${o.articles}-${o.seed}`);
  return o;
}

const log = (s: string) => process.stderr.write(`${s}\n`);
const seconds = (t0: number) => (performance.now() - t0) / 1000;
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

function duBytes(p: string): number {
  let n = 0;
  for (const e of readdirSync(p, { withFileTypes: true })) {
    const q = join(p, e.name);
    n += e.isDirectory() ? duBytes(q) : e.isFile() ? statSync(q).size : 0;
  }
  return n;
}

function corpus(o: Options): string {
  const marker = join(o.dir, 'corpus.json');
  const want = JSON.stringify({ articles: o.articles, seed: o.seed });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return o.dir;
  rmSync(o.dir, { recursive: true, force: true });
  const t0 = performance.now();
  generateCorpus({ articles: o.articles, out: o.dir, seed: o.seed });
  writeFileSync(marker, want);
  log(`corpus: ${o.articles} articles generated in ${seconds(t0).toFixed(1)} s (${o.dir})`);
  return o.dir;
}

/**
 * One core: decode, parse, extract and build the graph, article after article, after a second of warm-up
 * (V8 compiles the hot paths first, as it has in any long run). Reading the file and writing the record (to
 * `pred`, for the F1) are not timed.
 */
function extractOneCore(dir: string, pred: string): number {
  mkdirSync(pred, { recursive: true });
  const files = listArticleFiles([join(dir, 'articles')]).files;
  const warm = files.slice(0, 200).map((f) => readFileSync(f.file));
  for (const until = performance.now() + 1000; performance.now() < until;) for (const b of warm) extractBytes('warm.txt', b);
  let timed = 0;
  for (const f of files) {
    const bytes = readFileSync(f.file);
    const t0 = performance.now();
    const p = extractBytes(f.id, bytes);
    timed += performance.now() - t0;
    if (p?.ok) writeFileSync(join(pred, f.id.replace(/\.txt$/, '.json')), JSON.stringify(p.record));
  }
  return timed / 1000;
}

function extractBytes(id: string, bytes: Buffer) {
  const d = decodeArticle(bytes);
  if (!d.ok) return null;
  const text = normalizeText(d.text);
  return processArticle(id, text, '');
}

/** Every core: the ingest's worker pool over the corpus, in batches, texts read on this thread. */
async function extractAllCores(dir: string): Promise<{ seconds: number; workers: number }> {
  const pool = new ExtractPool(availableParallelism());
  const files = listArticleFiles([join(dir, 'articles')]).files;
  // warm-up: every worker compiles the hot paths on the first articles
  const warm = files.slice(0, 200).map(readArticleFile).flatMap((r) => (r.ok ? [{ id: r.id, text: r.text, hash: r.hash }] : []));
  for (let i = 0; i < 5; i++) await pool.run(warm);
  const t0 = performance.now();
  try {
    // the next batch is read on this thread while the workers extract the one before, as in kg ingest
    let pending: Promise<unknown> | null = null;
    for (let i = 0; i < files.length; i += 500) {
      const jobs = files.slice(i, i + 500).map(readArticleFile).flatMap((r) => (r.ok ? [{ id: r.id, text: r.text, hash: r.hash }] : []));
      if (pending) await pending;
      pending = pool.run(jobs);
    }
    await pending;
    return { seconds: seconds(t0), workers: pool.size };
  } finally {
    await pool.close();
  }
}

interface IngestRun { seconds: number; wallSeconds: number; nodes: number; rels: number; loadSeconds: number; peakRssBytes: number; loaded: number; unchanged: number }

function kgIngest(dir: string, home: string): IngestRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'kg.js'), 'ingest', dir, '--json'], {
    env: { ...process.env, KG_HOME: home, NEO4J_URI: '' }, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const wall = seconds(t0);
  if (r.status !== 0) throw new Error(`kg ingest exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const s = JSON.parse(r.stdout) as { seconds: number; nodes: number; rels: number; timing: { loadSeconds: number }; peakRssBytes: number; items: Array<{ outcome: string }> };
  return {
    seconds: s.seconds, wallSeconds: wall, nodes: s.nodes, rels: s.rels, loadSeconds: s.timing.loadSeconds, peakRssBytes: s.peakRssBytes,
    loaded: s.items.filter((x) => x.outcome === 'loaded').length, unchanged: s.items.filter((x) => x.outcome === 'unchanged').length,
  };
}

function graphsOf(dir: string): ArticleGraph[] {
  return listArticleFiles([join(dir, 'articles')]).files.map(readArticleFile).flatMap((r) => {
    const p = r.ok ? processArticle(r.id, r.text, r.hash) : null;
    return p?.ok ? [p.graph] : [];
  });
}

/**
 * Side by side, for N ≤ 1,000: the same graphs loaded in this process into a fresh database, batched (the
 * ingest's loader, 250 articles a transaction) or naive (the baseline); each first warms up on the same
 * other corpus with its own way of loading, then the clock runs over the corpus alone.
 */
async function batchedLoad(graphs: ArticleGraph[], warmGraphs: ArticleGraph[], home: string): Promise<{ items: number; seconds: number }> {
  const connection = await ensureEmbedded({ home, persistent: true });
  const store = await openStore({ connection });
  try {
    await applySchema(store.driver);
    const load = async (graphs: ArticleGraph[]) => {
      let items = 0;
      for (let i = 0; i < graphs.length; i += 250) {
        const c = await loadGraphs(store.driver, graphs.slice(i, i + 250));
        items += c.nodes + c.rels;
      }
      return items;
    };
    await load(warmGraphs);
    const t0 = performance.now();
    const items = await load(graphs);
    return { items, seconds: seconds(t0) };
  } finally {
    await store.close();
    await stopEmbedded(home);
  }
}

/** The baseline: the same graphs, one MERGE statement per node and per relationship, each its own transaction. */
async function naiveLoad(graphs: ArticleGraph[], warmGraphs: ArticleGraph[], home: string): Promise<{ items: number; seconds: number }> {
  const connection = await ensureEmbedded({ home, persistent: true });
  const store = await openStore({ connection });
  try {
    await applySchema(store.driver);
    const session = store.driver.session();
    let t0 = performance.now();
    let items = 0;
    try {
      // warm-up on the same small corpus as the batched load's; then the clock starts
      for (const [k, g] of [...warmGraphs, ...graphs].entries()) {
        if (k === warmGraphs.length) { t0 = performance.now(); items = 0; }
        for (const n of g.nodes) {
          await session.run(`MERGE (n:${NodeLabel.parse(n.label)} {key: $key}) SET n += $props`, toNeo4j({ key: n.key, props: n.props }) as Record<string, unknown>);
          items++;
        }
        for (const r of g.rels) {
          await session.run(
            `MATCH (a:${NodeLabel.parse(r.from.label)} {key: $from}) MATCH (b:${NodeLabel.parse(r.to.label)} {key: $to}) MERGE (a)-[x:${RelType.parse(r.type)} {article: $props.article}]->(b) SET x += $props`,
            toNeo4j({ from: r.from.key, to: r.to.key, props: r.props }) as Record<string, unknown>,
          );
          items++;
        }
      }
    } finally {
      await session.close();
    }
    return { items, seconds: seconds(t0) };
  } finally {
    await store.close();
    await stopEmbedded(home);
  }
}

async function sampleKeys(driver: Driver): Promise<{ people: Array<{ key: string; name: string }>; posts: string[] }> {
  const people = await driver.executeQuery('MATCH (p:Person) RETURN p.key AS key, p.name AS name ORDER BY p.key LIMIT 2000', {}, { routing: neo4j.routing.READ });
  const posts = await driver.executeQuery("MATCH (p:Post) WHERE p.placed AND p.seats = 'one' AND EXISTS { (p)<-[:OF_POST]-() } RETURN p.name AS name ORDER BY p.key LIMIT 2000", {}, { routing: neo4j.routing.READ });
  return {
    people: people.records.map((r) => ({ key: r.get('key') as string, name: r.get('name') as string })),
    posts: posts.records.map((r) => r.get('name') as string),
  };
}

/** p50 and p95 of `runs` requests through the API over loopback (keep-alive, one at a time). */
async function latency(base: string, paths: string[], runs = 200): Promise<Quantiles> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const path = paths[i % paths.length]!;
    const t0 = performance.now();
    const res = await fetch(`${base}${path}`);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50Ms: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95) };
}

function scoreF1(dir: string, pred: string): number | null {
  const scorer = resolve(PROJECT_ROOT, '..', 'shared', 'eval', 'score.mjs');
  if (!existsSync(scorer)) { log(`no scorer at ${scorer}: F1 not measured`); return null; }
  const out = execFileSync(process.execPath, ['--max-old-space-size=4096', scorer, '--gold', join(dir, 'gold'), '--pred', pred], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const m = /overall F1 ([\d.]+)/.exec(out);
  return m ? Number(m[1]) : null;
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const dir = corpus(o);
  const WARM = 1000;
  const warm = corpus({ ...o, articles: WARM, seed: o.seed + 1000, dir: join(tmpdir(), `kg-bench-warm-${WARM}-${o.seed + 1000}`) });
  const work = join(tmpdir(), `kg-bench-run-${process.pid}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const pred = join(work, 'pred');
  try {
    log('extraction on one core…');
    const oneCore = extractOneCore(dir, pred);
    log('extraction on every core…');
    const allCores = await extractAllCores(dir);

    const home = join(work, 'kg-home');
    log('starting a fresh embedded Neo4j…');
    const connection = await ensureEmbedded({ home, persistent: true, log });
    let first: IngestRun, again: IngestRun, storeBytes: number;
    let queries: Record<'search' | 'neighbors' | 'succession' | 'person', Quantiles>;
    try {
      // the database warms up (JVM, query plans) on another small corpus, as it would in any long run
      kgIngest(join(warm, 'articles'), home);
      log('kg ingest (first run)…');
      first = kgIngest(join(dir, 'articles'), home);
      log('kg ingest (again, unchanged)…');
      again = kgIngest(join(dir, 'articles'), home);
      storeBytes = duBytes(join(home, 'neo4j', 'home', 'data'));
      const store = await openStore({ connection });
      const app = createApp({ driver: store.driver });
      const server = await new Promise<Server>((res) => { const s = app.listen(0, '127.0.0.1', () => res(s)); });
      try {
        const port = (server.address() as { port: number }).port;
        const base = `http://127.0.0.1:${port}`;
        const keys = await sampleKeys(store.driver);
        const pick = <T>(xs: T[], n: number) => Array.from({ length: n }, (_, i) => xs[(i * 7919) % xs.length]!);
        const people = pick(keys.people, 200);
        log('queries through the API…');
        queries = {
          search: await latency(base, people.map((p) => `/api/search?q=${encodeURIComponent(fold(p.name))}`)),
          neighbors: await latency(base, people.map((p) => `/api/neighbors/${encodeURIComponent(`Person:${p.key}`)}?limit=100`)),
          succession: await latency(base, pick(keys.posts, 200).map((p) => `/api/succession?post=${encodeURIComponent(p)}`)),
          person: await latency(base, people.map((p) => `/api/timeline?person=${encodeURIComponent(`Person:${p.key}`)}`)),
        };
      } finally {
        await new Promise<void>((res) => server.close(() => res()));
        await store.close();
      }
    } finally {
      await stopEmbedded(home);
    }
    let naive: { items: number; seconds: number } | null = null;
    let batched: { items: number; seconds: number } | null = null;
    if (o.articles <= 1000) {
      log('batched load, side by side, in a fresh Neo4j…');
      const graphs = graphsOf(dir), warmGraphs = graphsOf(warm);
      batched = await batchedLoad(graphs, warmGraphs, join(work, 'kg-home-batched'));
      log('naive load (one MERGE per fact), side by side, in a fresh Neo4j…');
      naive = await naiveLoad(graphs, warmGraphs, join(work, 'kg-home-naive'));
    }
    log('scoring extraction…');
    const f1 = scoreF1(dir, pred);

    const items = first.nodes + first.rels;
    const result = {
      articles: o.articles,
      seed: o.seed,
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', memoryBytes: totalmem(), node: process.version },
      extractPerSecondOneCore: round(o.articles / oneCore),
      extractPerSecondAllCores: round(o.articles / allCores.seconds),
      extractWorkers: allCores.workers,
      loadItems: items,
      loadItemsPerSecond: round(items / first.loadSeconds),
      sideBySide: naive && batched ? {
        batchedItemsPerSecond: round(batched.items / batched.seconds),
        naiveItemsPerSecond: round(naive.items / naive.seconds),
        ratio: round((batched.items / batched.seconds) / (naive.items / naive.seconds), 1),
      } : null,
      naiveLoadItemsPerSecond: naive ? round(naive.items / naive.seconds) : null,
      ingestSeconds: round(first.seconds, 1),
      ingestWallSeconds: round(first.wallSeconds, 1),
      reingestSeconds: round(again.seconds, 1),
      reingestUnchanged: again.unchanged,
      peakRssBytes: first.peakRssBytes,
      storeBytes,
      queries,
      f1,
    };
    const table = [
      ['articles', String(result.articles)],
      ['extraction, one core', `${result.extractPerSecondOneCore} articles/s`],
      [`extraction, ${allCores.workers} workers`, `${result.extractPerSecondAllCores} articles/s`],
      ['batched load (in kg ingest)', `${result.loadItemsPerSecond} items/s (${items} nodes + relationships)`],
      ['side by side: batched / naive', result.sideBySide ? `${result.sideBySide.batchedItemsPerSecond} / ${result.sideBySide.naiveItemsPerSecond} items/s → ${result.sideBySide.ratio}×` : 'not run (N > 1,000)'],
      ['kg ingest, end to end', `${result.ingestSeconds} s (${result.ingestWallSeconds} s with the process start)`],
      ['kg ingest again, unchanged', `${result.reingestSeconds} s (${round(result.reingestSeconds / result.ingestSeconds, 3)} of the first run; ${again.unchanged} unchanged)`],
      ['peak RSS of kg ingest', `${round(result.peakRssBytes / 2 ** 20)} MiB`],
      ['Neo4j store', `${round(storeBytes / 2 ** 20)} MiB`],
      ...(['search', 'neighbors', 'succession', 'person'] as const).map((k) => [`API ${k} p50 / p95`, `${queries[k].p50Ms} / ${queries[k].p95Ms} ms`]),
      ['extraction F1 (score.mjs)', f1 === null ? 'not measured' : String(f1)],
    ];
    const w = Math.max(...table.map((r) => r[0]!.length));
    console.log(table.map(([k, v]) => `${k!.padEnd(w)}  ${v}`).join('\n'));
    if (o.json) writeFileSync(o.json, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
