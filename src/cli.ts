// `kg …`: argv → pipeline calls. The only place that decides exit codes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError, UsageError } from './errors';
import { listArticleFiles, readArticleFile } from './pipeline/article-files';
import { processArticle } from './pipeline/process-article';
import { ingest, ingestExitCode, INGEST_EXIT, type IngestSummary } from './pipeline/ingest';
import { openStore, type Store } from './store/connect';
import { buildLauncher, embeddedStatus, ensureEmbedded, kgHome, PROJECT_ROOT, releaseLease, stopEmbedded } from './store/embedded';
import { runRead } from './store/read';
import { RUN_AGAIN } from './store/retry';
import { goldStems, runEval, type EvalRun } from './eval/run-eval';
import { heldOut } from './eval/split';
import { formatDetails, formatReport } from './eval/score';
import { checkBind } from './api/guard';
import { startServer } from './api/server';
import { conflicts, holdersAt, people, succession, type HolderJson, type PersonJson, type SuccessionJson, type BoundaryJson } from './query/leadership';
import { changes, dayBound, type ChangeJson } from './query/changes';
import { durationMs, fetchSources, readSources, type Source } from './fetch/fetch';
import { normalizeUrl } from './fetch/urls';
import type { Basis } from './tenure/tenures';
import { curationPath, FactType, readCuration, type Correction } from './curation/curation';
import { curate, uncurate } from './query/curate';

const HELP: Record<string, string> = {
  main: `kg — Vietnamese provincial political news as a knowledge graph in Neo4j

Usage: kg <command> [options]

Commands:
  ingest <files|dirs…>            parse, extract and load articles into Neo4j
  extract <files|dirs…> --records DIR   write one JSON record per article (no database)
  eval <files|dirs…> --gold DIR [--verbose] [--json]   extract and score against hand-annotated records
  query "<cypher>" [--param k=v …] [--json]   run a read-only Cypher query
  succession "<post>" [--json]    who held a post, in order, with dates, gaps and evidence
  holders "<post>" --at YYYY-MM-DD [--json]   who held a post on a day
  person "<name>" [--json]        a person's posts over time, meetings chaired and spoken at
  chaired "<name>" [--json]       the meetings a person chaired and what they adopted
  conflicts [--json]              single-seat posts with two holders at once; "thay" statements that disagree; doubtful facts
  changes [--since D] [--until D] [--province P] [--new] [--json]   who took or left which post, newest first
  fetch <url…> [--sources FILE] [--ingest] [--since D] [--max N] [--every 6h]   follow newspapers (feeds, sitemaps, pages)
  serve [--port 3000] [--host 127.0.0.1]      serve the API and the viewer
  start                           ingest data/articles, then serve (what \`npm start\` runs)
  db start|stop|status|fetch      manage the embedded Neo4j
  curate merge|split|reject|confirm|rename|remove|list …   correct what was read; kept in data/curation.json

Neo4j: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD name any server; unset, an embedded Neo4j runs in
KG_HOME (default .kg/). Run \`kg <command> --help\` for a command's options.`,
  ingest: `Usage: kg ingest <files|dirs…> [--json] [--batch N] [--workers N]

Reads .txt articles (folders are walked), extracts records and loads them into Neo4j. Articles whose
content is already loaded are skipped; a changed article replaces its own facts.
--batch N     articles per write transaction (default 250)
--workers N   extraction worker threads (default: the cores, at most 4; 0 extracts on the main thread)
Ctrl-C stops after the batch being written (each batch is one transaction: loaded whole or not at all).
Exit 0 when all loaded (or unchanged, or duplicates), 3 when some were rejected and the rest loaded, 4 when
Neo4j failed during the run (the files not loaded are listed; run again), 130 when stopped, 1 when Neo4j
could not be reached at all.`,
  extract: `Usage: kg extract <files|dirs…> --records DIR [--tokenizer kg|compromise]

Writes DIR/<article>.json for each article in the record format of shared/eval/FORMAT.md, with
provenance, precision and diagnostics. Needs no database. Prints a summary of the diagnostics.
--tokenizer compromise cuts syllables with compromise instead of kg's own tokenizer (same records,
slower; see README).`,
  eval: `Usage: kg eval <files|dirs…> --gold DIR [--verbose] [--json] [--hold-out N --seed S] [--tokenizer kg|compromise]

Extracts the articles and scores them against the gold records in DIR (one <article>.json each, in the
format of shared/eval/FORMAT.md): precision, recall, F1 and counts per category, micro-averaged over the
articles, and the overall F1 over all categories but authors (the reference scorer's numbers). Every gold
record is scored; one whose article was not given counts as an empty record.
--verbose  each missed and wrong fact: a wrong one with the sentence it was read from and the rule that
           fired, a missed one with the first sentence that names it
--json     the table, the per-article facts and the files not scored, as JSON
--hold-out N --seed S
           sets N of the gold records aside, picked at random by the seed (the same N, seed and names pick
           the same articles on any machine), and scores them apart from the rest: two tables, the part set
           aside first; --verbose and --json give the facts of the rest only, so the part set aside can stay
           unread while the extractor is worked on
Needs no database. Exit 0 when scored, 2 on a bad --gold folder (the file and the reason are named).`,
  query: `Usage: kg query "<cypher>" [--param name=value …] [--json]

Runs the query in READ access mode (writes are refused by Neo4j). Values are parsed as JSON when they
can be ("--param year=2021" is a number), else taken as strings. Prints a table, or with --json an
array of row objects.`,
  succession: `Usage: kg succession "<post>" [--json]

The holders of a post in order of tenure. A name may be written any way: "Bí thư Tỉnh uỷ Lạng Sơn",
"bi thu tinh uy lang son", "Chủ tịch ubnd tỉnh Lạng Sơn". Each bound is stated (an event: elected,
appointed, left…), seen (the first or last day an article shows them in the post: the tenure began on or
before it, or ended on or after it), before ("nguyên …": ended by then) or open. Gaps between holders are
listed. A post of unknown province ("Bí thư Tỉnh ủy") lists its holders but is no succession.`,
  holders: `Usage: kg holders "<post>" --at YYYY-MM-DD [--json]

Who held the post on that day. When nobody is known to, the holders known last before and first after.`,
  curate: `Usage: kg curate <merge|split|reject|confirm|rename|remove|list> … --reason "…" [--curation FILE] [--json]

Corrects what was read, so that it lasts: each correction is kept in a plain file (data/curation.json, or
KG_CURATION, or --curation FILE) that every kg ingest applies again after extraction; it is applied at once too.
  merge "<person>" "<person>"          two people are one (a name, or Person:<key> when a name has several)
  split "Person:<key>"                 this node (a name as read in one place) is not the person it was tied to
  reject "<person>" "<post>|Meeting:<key>" [--type T] [--article FILE]
                                       one fact of one article is wrong: kept, marked, and counted for nothing
  confirm "<person>" "<post>" [--type T] [--article FILE]
                                       a fact kg conflicts calls doubtful is right: it counts as the article gives it
  rename "<post>" "<new name>"         show a post under another name (its facts stay)
  remove <id>                          take a correction back (kg curate list shows the ids)
  list                                 the corrections, with their reasons and dates
A correction that names nothing in the graph is refused, with the nearest names.`,
  person: `Usage: kg person "<name>" [--json]

Posts over time (tenures with dates and evidence), meetings chaired and spoken at, resolutions adopted at
meetings the person chaired. Namesakes placed in different provinces are listed apart.`,
  chaired: `Usage: kg chaired "<name>" [--json]

The meetings the person chaired, with the sentence that says so and what each meeting adopted.`,
  fetch: `Usage: kg fetch <url…> [--sources FILE] [--contact ADDRESS] [--ingest] [--since YYYY-MM-DD] [--max N]
                [--every DURATION] [--refresh] [--delay MS] [--json]

Follows newspapers. A URL is an RSS or Atom feed, a sitemap (or a site's robots.txt, for its Sitemap lines),
a section page (its article links and next pages), a home page (its feeds) or an article. --sources names a
file of newspapers (name, province, entries, hosts, delayMs; see data/sources.example.json). Article pages are
fetched once each and stored under $KG_HOME/fetched (raw bytes with URL, time, status and validators, and the
article's text); --ingest ingests what this run fetched. --since skips what a feed dates earlier; --max caps the
pages of a run; --every 6h runs again every six hours until Ctrl-C (which finishes the page in hand).
Polite: robots.txt obeyed (Crawl-delay too), one request at a time per host, --delay ms between them (default
1000, per source in the file), a User-Agent naming kg and --contact (or KG_CONTACT, or the file's contact),
conditional requests, timeouts, a size cap, only http(s) and only the source's hosts.`,
  changes: `Usage: kg changes [--since YYYY[-MM[-DD]]] [--until …] [--province P] [--new] [--limit N] [--json]

What changed, newest first: who took a post (as the text states it: elected, appointed, assigned…, and after
whom) or left one (stated, or bounded: replaced, a post taken elsewhere, "nguyên"), each with its article
and sentence; a province's posts ended by the map's change (one line); conflicts; corrections. --since and
--until filter by the day of the change; --new lists only what the articles of the last ingest say.
A first or last sighting in an article is no change and is not listed.`,
  conflicts: `Usage: kg conflicts [--json]

Single-seat posts (Bí thư, Chủ tịch, Trưởng …) that articles show with two holders at once, and "thay ông X"
statements that the computed order contradicts, each with both sides' evidence; and doubtful facts: a holder
shown in a seat by one article alone after someone else took it (kg curate confirm makes one count). Nothing
is merged away.`,
  serve: `Usage: kg serve [--port 3000] [--host 127.0.0.1]

Serves the JSON API and the viewer. Binds 127.0.0.1 unless --host says otherwise; another address needs
KG_API_TOKEN set, and the Cypher endpoint then requires it (Authorization: Bearer <token>).`,
  start: `Usage: kg start [--port 3000] [--host 127.0.0.1]

Ingests data/articles into Neo4j (starting the embedded one if needed) and serves the viewer.`,
  db: `Usage: kg db start|stop|status|fetch

  start   start the embedded Neo4j of KG_HOME and keep it up until \`kg db stop\`
  stop    stop it
  status  say whether it runs, where, and on which port
  fetch   fetch Neo4j from Maven Central and build the launcher (needs JDK 17+ and Maven)`,
};

interface Args { _: string[]; flags: Record<string, string | true>; params: string[] }

export function parseArgs(argv: string[]): Args {
  const out: Args = { _: [], flags: {}, params: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--param' || a === '-p') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError('--param needs name=value');
      out.params.push(v);
    } else if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split(/=(.*)/s);
      const takesValue = ['hold-out', 'seed', 'records', 'gold', 'port', 'host', 'tokenizer', 'at', 'batch', 'workers', 'reason', 'curation', 'type', 'article', 'since', 'until', 'province', 'limit', 'sources', 'contact', 'max', 'every', 'delay'].includes(k!);
      if (v !== undefined) out.flags[k!] = v;
      else if (takesValue) {
        const next = argv[++i];
        if (next === undefined) throw new UsageError(`--${k} needs a value`);
        out.flags[k!] = next;
      } else out.flags[k!] = true;
    } else if (a === '-h') out.flags.help = true;
    else out._.push(a);
  }
  return out;
}

function parseParams(list: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of list) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UsageError(`--param ${p}: expected name=value`);
    const v = p.slice(eq + 1);
    try { out[p.slice(0, eq)] = JSON.parse(v); } catch { out[p.slice(0, eq)] = v; }
  }
  return out;
}

const err = (s: string) => process.stderr.write(`${s}\n`);
const out = (s: string) => process.stdout.write(`${s}\n`);

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const w = 30;
  const f = total ? Math.round((done / total) * w) : w;
  process.stderr.write(`\r[${'#'.repeat(f)}${' '.repeat(w - f)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The ingest summary for a person: counts first, then every file that was not loaded as it was, grouped by
 * what happened and why. Files loaded as they were are counted, not listed.
 */
export function formatSummary(s: IngestSummary): string {
  const of = (...o: string[]) => s.items.filter((x) => o.includes(x.outcome));
  const counts = ([['loaded', of('loaded', 'replaced').length], ['unchanged', of('unchanged').length], ['duplicate', of('duplicate').length],
    ['rejected', of('rejected').length], ['not loaded', of('not-loaded').length]] as const).filter(([, n]) => n > 0).map(([w, n]) => `${n} ${w}`);
  const lines = [`${plural(s.items.length, 'file')}: ${counts.join(', ') || 'nothing to do'}${of('replaced').length ? ` (${of('replaced').length} of them replaced${s.reread ? `, ${s.reread} read again because this version of kg reads articles differently` : ''})` : ''}`];
  let wrote = `${s.nodes} nodes and ${s.rels} relationships written in ${s.seconds.toFixed(1)} s`;
  if (s.tenures) {
    const t = s.tenures;
    wrote += `; tenures of ${plural(t.posts, 'post')} computed: ${t.tenures} tenures, ${plural(t.successions, 'succession')}, ${plural(t.conflicts, 'conflict')}${t.conflicts ? ' (kg conflicts lists them)' : ''}`;
  }
  lines.push(wrote);
  if (s.curationMissing.length) {
    lines.push(`${plural(s.curationMissing.length, 'correction')} reject a fact no loaded article gives any more (kg curate list; kg curate remove <id>): ${s.curationMissing.join(', ')}`);
  }
  const width = Math.min(48, Math.max(0, ...s.items.filter((x) => x.outcome !== 'unchanged').map((x) => x.file.length)));
  const row = (file: string, text: string) => `  ${file.padEnd(width)}  ${text}`;
  const section = (heading: string, rows: string[]) => { if (rows.length) lines.push('', heading, ...rows); };
  const loaded = of('loaded', 'replaced');
  const noted = loaded.filter((x) => x.notes?.length);
  section('Loaded, with notes:', [
    ...noted.flatMap((x) => x.notes!.map((n, i) => row(i === 0 ? x.file : '', n))),
    ...(noted.length && loaded.length > noted.length ? [`  (and ${plural(loaded.length - noted.length, 'file')} loaded as ${loaded.length - noted.length === 1 ? 'it was' : 'they were'})`] : []),
  ]);
  section('Duplicates, not loaded again:', of('duplicate').map((x) => row(x.file, x.reason ?? '')));
  section('Rejected (fix the file and run again):', of('rejected').map((x) => row(x.file, x.reason ?? '')));
  const notLoaded = of('not-loaded');
  if (notLoaded.length) {
    const why = s.storeError ? `Neo4j failed: ${s.storeError}` : 'the run was stopped';
    // all of them with --json; here enough to see which
    const shown = notLoaded.length > 50 ? notLoaded.slice(0, 20) : notLoaded;
    const remedy = s.storeRemedy ?? RUN_AGAIN;
    section(`Not loaded, because ${why}. ${remedy === RUN_AGAIN ? `${remedy} to load them` : remedy}:`, [
      ...shown.map((x) => `  ${x.file}`),
      ...(shown.length < notLoaded.length ? [`  … and ${notLoaded.length - shown.length} more (kg ingest --json lists every file)`] : []),
    ]);
  } else if (s.storeError) lines.push('', `Neo4j failed: ${s.storeError}. ${s.storeRemedy ?? RUN_AGAIN}.`);
  return lines.join('\n');
}

function formatTable(columns: string[], rows: unknown[][]): string {
  const cell = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const cells = rows.map((r) => r.map(cell));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => (r[i] ?? '').length))));
  const line = (r: string[]) => r.map((x, i) => x.slice(0, 60).padEnd(widths[i]!)).join(' | ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line), `(${rows.length} row${rows.length === 1 ? '' : 's'})`].join('\n');
}

async function withStore<T>(fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ log: err });
  try { return await fn(store); } finally { await store.close(); }
}

async function cmdIngest(a: Args): Promise<number> {
  if (a._.length === 0) throw new UsageError('kg ingest needs files or folders (see kg ingest --help)');
  const whole = (flag: string, min: number): number | undefined => {
    const v = a.flags[flag];
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag} ${String(v)}: expected a whole number ≥ ${min}`);
    return n;
  };
  const batchSize = whole('batch', 1), workers = whole('workers', 0);
  // Ctrl-C (or SIGTERM): the batch being written commits or rolls back whole, no further batch starts, the
  // tenures of what was loaded are computed and the summary lists the rest. A second Ctrl-C stops at once;
  // Neo4j rolls back the open transaction and the next run finishes the tenures.
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) { err('\nstopped; the batch being written is rolled back'); process.exit(INGEST_EXIT.interrupted); }
    err('\nstopping after the batch being written (Ctrl-C again to stop at once)…');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const onRetry = (what: string, attempt: number, waitMs: number, why: string) =>
    err(`Neo4j failed while ${what}: ${why}; attempt ${attempt + 1} in ${(waitMs / 1000).toFixed(1)} s`);
  let summary: IngestSummary;
  try {
    const curation = curationOf(a);
    summary = await withStore((s) => ingest(s.driver, a._, { onProgress: progress, batchSize, workers, signal: stop.signal, onRetry, curation }));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (a.flags.json) out(JSON.stringify({ ...summary, peakRssBytes: process.resourceUsage().maxRSS * 1024 }, null, 2));
  else out(formatSummary(summary));
  return ingestExitCode(summary);
}

function tokenizerFlag(a: Args): 'kg' | 'compromise' {
  const tokenizer = a.flags.tokenizer ?? 'kg';
  if (tokenizer !== 'kg' && tokenizer !== 'compromise') throw new UsageError(`--tokenizer ${String(tokenizer)}: expected kg or compromise`);
  return tokenizer;
}

function cmdExtract(a: Args): number {
  const dir = a.flags.records;
  if (typeof dir !== 'string') throw new UsageError('kg extract needs --records DIR');
  if (a._.length === 0) throw new UsageError('kg extract needs files or folders');
  const tokenizer = tokenizerFlag(a);
  mkdirSync(dir, { recursive: true });
  const { files, missing } = listArticleFiles(a._);
  let written = 0;
  const rejected: string[] = missing.map((m) => `${m.file}: ${m.ok ? '' : m.reason}`);
  const diagCounts = new Map<string, number>();
  for (const f of files) {
    const r = readArticleFile(f);
    if (!r.ok) { rejected.push(`${f.file}: ${r.reason}`); continue; }
    const p = processArticle(r.id, r.text, r.hash, { tokenizer });
    if (!p.ok) { rejected.push(`${f.file}: ${p.reason}`); continue; }
    writeFileSync(join(dir, r.id.replace(/\.(txt|html?)$/i, '') + '.json'), JSON.stringify(p.record, null, 2) + '\n');
    written++;
    for (const d of p.record.diagnostics) diagCounts.set(d.code, (diagCounts.get(d.code) ?? 0) + 1);
  }
  out(`${written} record${written === 1 ? '' : 's'} written to ${dir}; ${rejected.length} rejected`);
  for (const r of rejected) out(`  rejected ${r}`);
  if (diagCounts.size) out(`diagnostics: ${[...diagCounts.entries()].map(([c, n]) => `${c} ×${n}`).join(', ')}`);
  return rejected.length ? 3 : 0;
}

function cmdEval(a: Args): number {
  const gold = a.flags.gold;
  if (typeof gold !== 'string') throw new UsageError('kg eval needs --gold DIR (a folder of hand-annotated records)');
  if (a._.length === 0) throw new UsageError('kg eval needs article files or folders');
  if (a.flags['hold-out'] !== undefined) return cmdEvalHeldOut(a, gold);
  const run = runEval(a._, gold, { tokenizer: tokenizerFlag(a) });
  if (a.flags.json) {
    out(JSON.stringify({
      ...run.report,
      articlesScored: factsScored(run),
      rejected: run.rejected, withoutGold: run.withoutGold,
    }, null, 2));
    return 0;
  }
  if (a.flags.verbose) for (const s of run.scores) { const d = formatDetails(s); if (d) out(d); }
  for (const r of run.rejected) err(`not read: ${r.file}: ${r.reason}`);
  if (run.withoutGold.length) err(`not scored (no gold record in ${gold}): ${run.withoutGold.length} article${run.withoutGold.length === 1 ? '' : 's'}`);
  out(formatReport(run.report));
  return 0;
}

/** Each article's missed and wrong facts, by category, as `kg eval --json` prints them. */
function factsScored(run: EvalRun) {
  return run.scores.map((s) => ({
    article: s.article, hasRecord: s.hasRecord,
    missed: Object.fromEntries(Object.entries(s.matches).map(([c, m]) => [c, m.missed])),
    wrong: Object.fromEntries(Object.entries(s.matches).map(([c, m]) => [c, m.wrong])),
  }));
}

/** `kg eval … --hold-out N --seed S`: the part set aside and the rest, scored apart. */
function cmdEvalHeldOut(a: Args, gold: string): number {
  const size = Number(a.flags['hold-out']), seed = Number(a.flags.seed);
  if (!Number.isInteger(size) || size < 1) throw new UsageError('--hold-out takes a whole number of articles ≥ 1');
  if (a.flags.seed === undefined || !Number.isInteger(seed)) throw new UsageError('--hold-out needs --seed S (a whole number), so that the same part is set aside every time');
  const stems = goldStems(gold);
  const aside = heldOut(stems, { seed, size });
  const rest = new Set(stems.filter((s) => !aside.has(s)));
  const tokenizer = tokenizerFlag(a);
  const runAside = runEval(a._, gold, { tokenizer, only: aside });
  const runRest = runEval(a._, gold, { tokenizer, only: rest });
  if (a.flags.json) {
    out(JSON.stringify({
      heldOut: { seed, size: aside.size, ...runAside.report, names: [...aside] },
      rest: {
        size: rest.size, ...runRest.report,
        articlesScored: factsScored(runRest),
      },
      gap: Number((runAside.report.overall - runRest.report.overall).toFixed(3)),
    }, null, 2));
    return 0;
  }
  if (a.flags.verbose) for (const s of runRest.scores) { const d = formatDetails(s); if (d) out(d); }
  for (const r of [...runAside.rejected, ...runRest.rejected]) err(`not read: ${r.file}: ${r.reason}`);
  out(`set aside (${aside.size}, seed ${seed}): ${[...aside].join(', ')}`);
  out(formatReport(runAside.report));
  out('');
  out(`the rest (${rest.size}):`);
  out(formatReport(runRest.report));
  out('');
  out(`gap (set aside − rest): ${(runAside.report.overall - runRest.report.overall).toFixed(3)}`);
  return 0;
}

async function cmdQuery(a: Args): Promise<number> {
  const q = a._[0];
  if (!q) throw new UsageError('kg query needs a Cypher query');
  const res = await withStore((s) => runRead(s.driver, q, parseParams(a.params)));
  if (a.flags.json) out(JSON.stringify(res.rows.map((r) => Object.fromEntries(res.columns.map((c, i) => [c, r[i]]))), null, 2));
  else out(formatTable(res.columns, res.rows));
  return 0;
}

function needName(a: Args, cmd: string, what: string): string {
  const name = a._.join(' ').trim();
  if (!name) throw new UsageError(`kg ${cmd} needs ${what} (see kg ${cmd} --help)`);
  return name;
}

const BASIS: Record<Basis, string> = { stated: '', seen: ' (seen)', before: ' (or before)', open: '' };
function span(h: HolderJson): string {
  const from = h.from ? `${h.from}${BASIS[h.fromBasis]}` : '?';
  const to = h.to ? `${h.to}${BASIS[h.toBasis]}` : h.toBasis === 'open' ? 'open' : '?';
  return `${from} – ${to}`;
}
function flags(h: HolderJson): string {
  // the end's reason in words (a successor, a post taken elsewhere, "nguyên", the map's change) when it has one
  const end = h.toWhy ? `ends: ${h.toWhy}` : [h.endedBy ? `"nguyên" by ${h.endedBy}` : '', h.endReason ?? ''].filter(Boolean).join('; ');
  const f = [h.acting ? 'acting' : '', h.concurrent ? 'concurrently' : '', ...h.terms, h.replaces ? `replaced ${h.replaces}` : '', end].filter(Boolean);
  return f.length ? ` [${f.join('; ')}]` : '';
}
const articles = (h: HolderJson) => { const n = new Set(h.evidence.map((e) => e.article)).size; return `${n} article${n === 1 ? '' : 's'}`; };

const boundaryLine = (b: BoundaryJson) =>
  `  ── ${b.date}: ${b.reason}${b.becomes ? ` (into ${b.becomes})` : ''}; ${b.source} ──`;

export function formatSuccession(s: SuccessionJson): string {
  const lines = [`${s.post}${s.province ? ` (${s.province})` : ''} · ${s.seats === 'one' ? 'single seat' : 'several seats'}${s.placed ? '' : ' · province unknown: holders listed, not a succession'}`];
  if (s.holders.length === 0) lines.push('  no tenures recorded');
  // the change of the map goes before the first holder of the new unit's post, else after the last holder
  const b = s.boundary;
  const firstNew = b?.before ? s.holders.findIndex((h) => h.name === b.before) : -1;
  s.holders.forEach((h, i) => {
    if (b && i === firstNew) lines.push(boundaryLine(b));
    lines.push(`  ${String(i + 1).padStart(2)}. ${h.name.padEnd(28)} ${span(h).padEnd(40)} ${articles(h)}${flags(h)}`);
    const gap = s.gaps.find((g) => g.after === h.name && s.holders[i + 1]?.name === g.before);
    if (gap) lines.push(`      gap ${gap.from} – ${gap.to} (${gap.days} days): no article shows who held it`);
  });
  if (b && firstNew < 0) lines.push(boundaryLine(b));
  return lines.join('\n');
}

async function cmdSuccession(a: Args): Promise<number> {
  const s = await withStore((st) => succession(st.driver, needName(a, 'succession', 'a post')));
  out(a.flags.json ? JSON.stringify(s, null, 2) : formatSuccession(s));
  return 0;
}

async function cmdHolders(a: Args): Promise<number> {
  const post = needName(a, 'holders', 'a post');
  if (typeof a.flags.at !== 'string') throw new UsageError('kg holders needs --at YYYY-MM-DD');
  const at = a.flags.at;
  const h = await withStore((st) => holdersAt(st.driver, post, at));
  if (a.flags.json) { out(JSON.stringify(h, null, 2)); return 0; }
  out(`${h.post} on ${h.at}:`);
  for (const x of h.holders) out(`  ${x.name.padEnd(28)} ${span(x)}${flags(x)}`);
  if (h.holders.length === 0) {
    out('  nobody is known to hold it that day');
    if (h.before) out(`  last known before: ${h.before.name} (${span(h.before)})`);
    if (h.after) out(`  first known after: ${h.after.name} (${span(h.after)})`);
  }
  return 0;
}

function formatPerson(p: PersonJson, chairedOnly: boolean): string {
  const lines = [`${p.name}${p.provinces.length ? ` (${p.provinces.join(', ')})` : p.province ? ` (${p.province})` : ''}`];
  if (!chairedOnly) {
    if (p.ties.length) {
      lines.push(`  one person across ${p.nodes.length} readings, tied by:`);
      for (const t of p.ties) lines.push(`    ${t.explanation}: ${t.post}`, `      ${t.article}: ${t.sentence.slice(0, 200)}`);
    }
    if (p.apart) lines.push(`  ${p.apart}`);
    lines.push('  posts:');
    for (const t of p.posts) lines.push(`    ${t.post.padEnd(44)} ${span(t)}${flags(t)}`);
    if (p.posts.length === 0) lines.push('    none recorded');
  }
  lines.push(`  chaired (${p.chaired.length}):`);
  for (const m of p.chaired) {
    lines.push(`    ${m.date ?? '????-??-??'}  ${m.meeting}`);
    for (const r of p.approvedAtChaired.filter((x) => x.meeting === m.meeting)) lines.push(`        adopted: ${r.resolution}`);
  }
  if (!chairedOnly) {
    lines.push(`  spoke at (${p.spokeAt.length}):`);
    for (const m of p.spokeAt) lines.push(`    ${m.date ?? '????-??-??'}  ${m.meeting}`);
  }
  return lines.join('\n');
}

async function cmdPerson(a: Args, chairedOnly: boolean): Promise<number> {
  const cmd = chairedOnly ? 'chaired' : 'person';
  const ps = await withStore((st) => people(st.driver, needName(a, cmd, 'a name')));
  if (a.flags.json) {
    out(JSON.stringify(chairedOnly ? ps.map(({ name, person, province, chaired, approvedAtChaired }) => ({ name, person, province, chaired, approvedAtChaired })) : ps, null, 2));
  } else out(ps.map((p) => formatPerson(p, chairedOnly)).join('\n\n'));
  return 0;
}

async function cmdFetch(a: Args): Promise<number> {
  const file = flagString(a, 'sources');
  const fromFile = file ? readSources(file) : null;
  const sources: Source[] = fromFile ? [...fromFile.sources] : [];
  const delayMs = a.flags.delay === undefined ? 1000 : Number(a.flags.delay);
  if (!Number.isInteger(delayMs) || delayMs < 0) throw new UsageError(`--delay ${String(a.flags.delay)}: expected milliseconds`);
  for (const u of a._) {
    const url = normalizeUrl(u);
    if (!url) throw new UsageError(`${u}: not an http(s) URL`);
    sources.push({ name: new URL(url).hostname, province: null, entries: [url], hosts: [], delayMs });
  }
  if (!sources.length) throw new UsageError('kg fetch needs a URL or --sources FILE (kg fetch --help)');
  const contact = flagString(a, 'contact') ?? process.env.KG_CONTACT ?? fromFile?.contact;
  if (!contact) throw new UsageError('kg fetch needs a contact for the sites it reads: --contact you@example.org (or KG_CONTACT, or "contact" in the sources file)');
  const max = a.flags.max === undefined ? undefined : Number(a.flags.max);
  if (max !== undefined && (!Number.isInteger(max) || max < 1)) throw new UsageError(`--max ${String(a.flags.max)}: expected a positive whole number`);
  const since = dayBound(flagString(a, 'since'), false, '--since') ?? undefined;
  const every = a.flags.every === undefined ? null : durationMs(String(a.flags.every));
  // Ctrl-C finishes the page in hand, then stops; a second one stops at once
  let stop = false;
  const onSig = () => { if (stop) process.exit(130); stop = true; err('stopping after the page in hand (Ctrl-C again to stop now)'); };
  process.on('SIGINT', onSig);
  try {
    for (;;) {
      const started = Date.now();
      const s = await fetchSources(sources, {
        home: kgHome(), contact, since, max, refresh: Boolean(a.flags.refresh), shouldStop: () => stop,
        onProgress: (x) => { if (process.stderr.isTTY) process.stderr.write(`\rfetched ${x.articles.length} articles, ${x.alreadyStored} already stored, ${x.failed + x.refused + x.skippedByRobots} not taken`); },
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      let ingested = 0;
      if (a.flags.ingest && s.articles.length) {
        const summary = await withStore((st) => ingest(st.driver, s.articles, { curation: curationOf(a) }));
        ingested = summary.items.filter((x) => x.outcome === 'loaded' || x.outcome === 'replaced').length;
      }
      if (a.flags.json) out(JSON.stringify({ ...s, ingested }, null, 2));
      else {
        out(`feeds read ${s.feedsRead} (${s.feedsNotModified} not modified) · pages fetched ${s.pagesFetched} · new articles ${s.articles.length} · already stored ${s.alreadyStored} · skipped by robots.txt ${s.skippedByRobots} · refused ${s.refused} · failed ${s.failed}${a.flags.ingest ? ` · ingested ${ingested}` : ''}`);
        for (const p of s.problems.slice(0, 20)) out(`  ${p.outcome.padEnd(7)} ${p.url}  ${p.reason}`);
        if (s.problems.length > 20) out(`  (and ${s.problems.length - 20} more)`);
      }
      if (!every || stop || s.stopped) return s.failed > 0 && s.articles.length === 0 && s.alreadyStored === 0 ? 1 : 0;
      const wait = Math.max(0, started + every - Date.now());
      err(`next run at ${new Date(Date.now() + wait).toISOString()} (Ctrl-C to stop)`);
      // the wait ends early on Ctrl-C (and leaves no timer behind)
      await new Promise<void>((r) => {
        const done = () => { clearTimeout(t); clearInterval(check); r(); };
        const t = setTimeout(done, wait);
        const check = setInterval(() => { if (stop) done(); }, 200);
      });
      if (stop) return 0;
    }
  } finally {
    process.off('SIGINT', onSig);
  }
}

async function cmdChanges(a: Args): Promise<number> {
  const limit = a.flags.limit === undefined ? undefined : Number(a.flags.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit ${String(a.flags.limit)}: expected a positive whole number`);
  const cs = await withStore((st) => changes(st.driver, curationOf(a), {
    since: flagString(a, 'since'), until: flagString(a, 'until'), province: flagString(a, 'province'), onlyNew: Boolean(a.flags.new), limit,
  }));
  if (a.flags.json) { out(JSON.stringify(cs, null, 2)); return 0; }
  if (cs.length === 0) { out('no changes'); return 0; }
  for (const c of cs) out(formatChange(c));
  return 0;
}

const KIND_WORD: Record<ChangeJson['kind'], string> = { took: 'took', left: 'left', conflict: 'conflict', correction: 'corrected', reorganised: 'map' };
export function formatChange(c: ChangeJson): string {
  const head = c.kind === 'took' || c.kind === 'left'
    ? `${c.date}  ${KIND_WORD[c.kind].padEnd(5)}  ${c.name} · ${c.post}${c.basis && c.basis !== 'stated' ? ` (${c.basis === 'before' ? 'by then at the latest' : c.basis})` : ''}`
    : c.kind === 'reorganised' ? `${c.date}  map    ${c.province ?? ''}: ${c.other} post${c.other === '1' ? '' : 's'} ended`
    : `${c.date}  ${KIND_WORD[c.kind].padEnd(5)}  ${c.post ?? ''}`;
  const lines = [head, `    ${c.why}`];
  if (c.article) lines.push(`    ${c.article}${c.sentence ? `: ${c.sentence.slice(0, 200)}` : ''}`);
  return lines.join('\n');
}

async function cmdConflicts(a: Args): Promise<number> {
  const cs = await withStore((st) => conflicts(st.driver));
  if (a.flags.json) { out(JSON.stringify(cs, null, 2)); return 0; }
  if (cs.length === 0) { out('no conflicts'); return 0; }
  for (const c of cs) {
    out(`${c.kind} · ${c.post}${c.from ? ` · ${c.from}${c.to && c.to !== c.from ? ` – ${c.to}` : ''}` : ''}`);
    out(`  ${c.message}`);
    for (const h of c.holders) {
      out(`  ${h.name} (${span(h)}):`);
      for (const e of h.evidence.slice(0, 3)) out(`    ${e.article}${e.date ? ` ${e.date}` : ''}: ${e.sentence.slice(0, 160)}`);
    }
  }
  return 0;
}

function portOf(a: Args): number {
  const p = a.flags.port === undefined ? 3000 : Number(a.flags.port);
  if (!Number.isInteger(p) || p < 0 || p > 65535) throw new UsageError(`--port ${String(a.flags.port)}: expected a port number`);
  return p;
}

async function serveUntilStopped(store: Store, a: Args, host: string): Promise<number> {
  const server = await startServer({ store, port: portOf(a), host, curationPath: curationPath(flagString(a, 'curation')) });
  out(`kg viewer: ${server.url}`);
  await new Promise<void>((res) => {
    const stop = () => { server.close().then(() => res(), () => res()); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}

/** Refused before anything starts: serving beyond loopback without a token. */
const hostOf = (a: Args): string => {
  const host = typeof a.flags.host === 'string' ? a.flags.host : '127.0.0.1';
  checkBind(host, process.env.KG_API_TOKEN || undefined);
  return host;
};

async function cmdServe(a: Args): Promise<number> {
  const host = hostOf(a);
  return serveUntilStopped(await openStore({ log: err }), a, host);
}

async function cmdStart(a: Args): Promise<number> {
  const host = hostOf(a);
  const store = await openStore({ log: err });
  const curation = curationOf(a);
  const summary = await ingest(store.driver, [join(PROJECT_ROOT, 'data', 'articles')], { onProgress: progress, curation });
  out(formatSummary(summary));
  if (summary.storeError) { await store.close(); return 1; }
  return serveUntilStopped(store, a, host);
}

function flagString(a: Args, name: string): string | undefined {
  const v = a.flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !v.trim()) throw new UsageError(`--${name} needs a value`);
  return v;
}

/** The corrections ingest applies: --curation, KG_CURATION or data/curation.json. */
const curationOf = (a: Args) => readCuration(curationPath(flagString(a, 'curation')));

function describeCorrection(c: Correction): string {
  const what = c.kind === 'merge' ? `merge ${c.names[0]} (Person:${c.nodes[0]}) with ${c.names[1]} (Person:${c.nodes[1]})`
    : c.kind === 'split' ? `split ${c.name} (Person:${c.node}) off the person it was tied to`
    : c.kind === 'reject' ? `reject ${c.what} (${c.fact.type} in ${c.fact.article})`
    : c.kind === 'confirm' ? `confirm ${c.what} (${c.fact.type} in ${c.fact.article})`
    : `rename ${c.from} (Post:${c.post}) to ${c.to}`;
  return `${c.id}  ${c.at}  ${what}\n    reason: ${c.reason}`;
}

async function cmdCurate(a: Args): Promise<number> {
  const sub = a._.shift();
  const path = curationPath(flagString(a, 'curation'));
  const reason = flagString(a, 'reason') ?? '';
  if (sub === 'list') {
    const file = readCuration(path);
    if (a.flags.json) { out(JSON.stringify(file, null, 2)); return 0; }
    out(file.corrections.length ? `${plural(file.corrections.length, 'correction')} in ${path}:` : `no corrections in ${path}`);
    for (const c of file.corrections) out(describeCorrection(c));
    return 0;
  }
  const need = (n: number, usage: string) => { if (a._.length !== n) throw new UsageError(`usage: kg curate ${usage}`); return a._; };
  let result;
  switch (sub) {
    case 'merge': { const [x, y] = need(2, 'merge "<person>" "<person>" --reason "…"'); result = await withStore((st) => curate(st.driver, path, { kind: 'merge', people: [x!, y!], reason })); break; }
    case 'split': { const [n] = need(1, 'split "Person:<key>" --reason "…"'); result = await withStore((st) => curate(st.driver, path, { kind: 'split', node: n!, reason })); break; }
    case 'reject':
    case 'confirm': {
      const [person, target] = need(2, `${sub} "<person>" "<post | Meeting:<key>>" [--type HELD_POST|TOOK_POST|LEFT_POST|CHAIRED|SPOKE_AT] [--article FILE] --reason "…"`);
      const type = flagString(a, 'type');
      const parsed = type === undefined ? undefined : FactType.safeParse(type);
      if (parsed && !parsed.success) throw new UsageError(`--type ${type}: expected one of ${FactType.options.join(', ')}`);
      result = await withStore((st) => curate(st.driver, path, { kind: sub, person, target, type: parsed?.data, article: flagString(a, 'article'), reason }));
      break;
    }
    case 'rename': { const [p, to] = need(2, 'rename "<post>" "<new name>" --reason "…"'); result = await withStore((st) => curate(st.driver, path, { kind: 'rename', post: p!, to: to!, reason })); break; }
    case 'remove': { const [id] = need(1, 'remove <id>'); result = await withStore((st) => uncurate(st.driver, path, id!)); break; }
    default: throw new UsageError(`kg curate ${sub ?? ''}: expected merge, split, reject, confirm, rename, remove or list (kg curate --help)`);
  }
  if (a.flags.json) { out(JSON.stringify({ correction: result.correction, applied: result.applied }, null, 2)); return 0; }
  out(result.correction ? `saved in ${path}:\n${describeCorrection(result.correction)}` : `removed from ${path}`);
  out(`applied: ${result.applied.rejected} facts rejected, ${result.applied.confirmed} confirmed, ${result.applied.renamed} posts renamed, tenures of ${plural(result.applied.posts.length, 'post')} computed again`);
  return 0;
}

async function cmdDb(a: Args): Promise<number> {
  const sub = a._[0];
  const home = kgHome();
  switch (sub) {
    case 'start': {
      const c = await ensureEmbedded({ home, persistent: true, log: err });
      releaseLease(home);
      out(`Neo4j is running at ${c.uri} (user ${c.user}; password in ${join(home, 'neo4j', 'password')})`);
      return 0;
    }
    case 'stop':
      out((await stopEmbedded(home)) ? 'Neo4j stopped' : 'Neo4j was not running');
      return 0;
    case 'status': {
      const s = await embeddedStatus(home);
      out(s.running ? `running at ${s.state!.uri} (pid ${s.state!.pid}), data in ${s.dir}` : `not running (data in ${s.dir})`);
      return s.running ? 0 : 1;
    }
    case 'fetch':
      buildLauncher(err);
      out('The embedded Neo4j launcher is built.');
      return 0;
    default:
      throw new UsageError(`kg db ${sub ?? ''}: expected start, stop, status or fetch`);
  }
}

export async function main(argv: string[]): Promise<number> {
  // `kg conflicts | head`: the reader closing the pipe early is no error
  process.stdout.once('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
  try {
    const a = parseArgs(argv);
    const cmd = a._.shift();
    if (!cmd || cmd === 'help') { out(HELP.main!); return cmd ? 0 : a.flags.help ? 0 : 2; }
    if (a.flags.help) { out(HELP[cmd] ?? HELP.main!); return 0; }
    switch (cmd) {
      case 'ingest': return await cmdIngest(a);
      case 'extract': return cmdExtract(a);
      case 'eval': return cmdEval(a);
      case 'query': return await cmdQuery(a);
      case 'succession': return await cmdSuccession(a);
      case 'holders': return await cmdHolders(a);
      case 'person': return await cmdPerson(a, false);
      case 'chaired': return await cmdPerson(a, true);
      case 'conflicts': return await cmdConflicts(a);
      case 'changes': return await cmdChanges(a);
      case 'fetch': return await cmdFetch(a);
      case 'serve': return await cmdServe(a);
      case 'start': return await cmdStart(a);
      case 'db': return await cmdDb(a);
      case 'curate': return await cmdCurate(a);
      default: throw new UsageError(`unknown command "${cmd}" (kg --help lists them)`);
    }
  } catch (e) {
    if (e instanceof KgError) {
      err(`kg: ${e.message}`);
      return e instanceof UsageError ? 2 : 1;
    }
    const ne = e as { code?: string; message?: string };
    if (ne?.code && /^Neo\./.test(ne.code)) {
      err(`kg: Neo4j refused the query: ${ne.message?.split('\n')[0]}`);
      return 1;
    }
    err(`kg: ${(e as Error)?.stack ?? String(e)}`);
    return 1;
  }
}
