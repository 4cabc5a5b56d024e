// kg ingest: files → records → graphs → Neo4j, in batches; unchanged articles skipped by content hash,
// changed ones replaced; every file ends in the summary with what happened to it.
import type { Driver } from 'neo4j-driver';
import { applySchema, loadGraphs, readArticlesByHash, readStoredHashes } from '../store/load-graph';
import { DEFAULT_RETRY, isUnavailable, remedyFor, withRetries, type RetryPolicy } from '../store/retry';
import { EMPTY, identityCorrections, type CurationFile } from '../curation/curation';
import { applyCuration } from '../store/curation';
import { refreshIdentity } from '../store/identity';
import { readerVersion } from './reader-version';
import { postsWithoutTenures, refreshTenures, type TenureCounts } from '../store/tenures';
import type { ArticleGraph } from '../schema/graph';
import { listArticleFiles, readArticleFile } from './article-files';
import { ExtractPool } from './extract-pool';

export type Outcome = 'loaded' | 'replaced' | 'unchanged' | 'duplicate' | 'rejected' | 'not-loaded';
/**
 * What happened to one file. `reason` says why it was not loaded (rejected, duplicate, not-loaded); `notes`
 * what was done to load it (decoded, HTML reduced) and what the article as a whole lacks (no date line, cut off).
 */
export interface IngestItem { file: string; id: string; outcome: Outcome; reason?: string; notes?: string[]; diagnostics?: number }
/** Where the time went: writing batches, waiting for the next batch to be read and extracted, tenures. */
export interface IngestTiming { loadSeconds: number; waitSeconds: number; tenureSeconds: number; workers: number }
export interface IngestSummary {
  items: IngestItem[]; nodes: number; rels: number; tenures: TenureCounts | null;
  /** corrections that reject a fact no loaded article gives any more (their ids): to review or remove */
  curationMissing: string[];
  /** articles whose text was stored already, read again because this version of kg reads articles differently */
  reread: number;
  /** Neo4j failed during the run (after retries): what is not loaded is listed as not-loaded */
  storeError: string | null;
  /** what to do about `storeError`: run the same command again, or what to change first (remedyFor) */
  storeRemedy: string | null;
  /** the run was stopped (Ctrl-C): every batch is loaded whole or not at all */
  interrupted: boolean;
  seconds: number; timing: IngestTiming;
}

export interface IngestOptions {
  /** articles per write transaction */
  batchSize?: number;
  /** extraction worker threads (default: the cores, at most 4; 0: this thread) */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** retries of a batch or a chunk of tenures on transient errors (default 3 attempts, 1 s then 2 s) */
  retry?: RetryPolicy;
  /** a retry is coming: what was being done, the attempt that failed, the wait, and why in a few words */
  onRetry?: (what: string, attempt: number, waitMs: number, why: string) => void;
  /** aborted: no further batch is started; the one being written commits or rolls back whole */
  signal?: AbortSignal;
  /** the analyst's corrections (src/curation), applied after the load; none when not given */
  curation?: CurationFile;
}

interface Prepared { items: IngestItem[]; ready: Array<{ item: IngestItem; graph: ArticleGraph }> }

/**
 * Files flow through in batches: read and hashed here, unchanged ones skipped before any extraction, the rest
 * extracted on every core while the previous batch loads, then written in one transaction per batch. Nothing
 * holds the corpus: a batch's texts and graphs are dropped once it is loaded.
 */
export async function ingest(driver: Driver, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const loadedAt = new Date(t0).toISOString();
  const batchSize = opts.batchSize ?? 250;
  const { files, missing } = listArticleFiles(paths);
  const items: IngestItem[] = missing.map((m) => ({ file: m.file, id: m.id, outcome: 'rejected', reason: m.ok ? '' : m.reason }));
  let nodes = 0, rels = 0, storeError: string | null = null, storeRemedy: string | null = null, interrupted = false;
  /** Neo4j failed: why, and what to do about it (run again, or what to change first); returns why */
  const failed = (e: unknown, context = ''): string => { storeRemedy = remedyFor(e); return (storeError = `${context}${shortStoreError(e)}`); };
  await applySchema(driver);
  const seenHash = new Map<string, string>();
  const seenId = new Set<string>();
  const touchedPosts = new Set<string>();
  const reader = readerVersion();
  /** stored with the same text by an earlier reading: read again */
  const reread = new Set<IngestItem>();
  const pool = new ExtractPool(files.length >= 200 ? opts.workers : 0);
  const timing: IngestTiming = { loadSeconds: 0, waitSeconds: 0, tenureSeconds: 0, workers: pool.size };
  const since = (t: number) => (performance.now() - t) / 1000;

  const retry = opts.retry ?? DEFAULT_RETRY;
  const retrying = <T>(what: string, work: () => Promise<T>) =>
    withRetries(work, retry, { onRetry: (n, wait, e) => opts.onRetry?.(what, n, wait, shortStoreError(e)) });

  /** Reads, hashes and extracts one batch; what is already stored unchanged is never extracted. */
  const prepare = async (batch: typeof files): Promise<Prepared> => {
    const out: Prepared = { items: [], ready: [] };
    const fresh: Array<{ item: IngestItem; id: string; text: string; hash: string }> = [];
    for (const f of batch) {
      const read = readArticleFile(f);
      if (!read.ok) { out.items.push({ file: f.file, id: f.id, outcome: 'rejected', reason: read.reason }); continue; }
      if (seenId.has(read.id)) { out.items.push({ file: f.file, id: f.id, outcome: 'rejected', reason: `another file named ${read.id} is in this run; article ids are file names` }); continue; }
      const dup = seenHash.get(read.hash);
      if (dup) { out.items.push({ file: f.file, id: f.id, outcome: 'duplicate', reason: `same text as ${dup}` }); continue; }
      seenId.add(read.id);
      seenHash.set(read.hash, read.id);
      fresh.push({ item: { file: f.file, id: f.id, outcome: 'loaded', ...(read.notes.length ? { notes: read.notes } : {}) }, id: read.id, text: read.text, hash: read.hash });
    }
    const ids = fresh.map((x) => x.id);
    const [stored, byHash] = await retrying('looking up stored articles', () =>
      Promise.all([readStoredHashes(driver, ids), readArticlesByHash(driver, fresh.map((x) => x.hash))]));
    const changed = fresh.filter((x) => {
      const was = stored.get(x.id);
      if (was?.hash === x.hash && was.reader === reader) { x.item.outcome = 'unchanged'; out.items.push(x.item); return false; }
      if (was?.hash === x.hash) reread.add(x.item);
      const other = byHash.get(x.hash);
      if (other !== undefined && other !== x.id) {
        out.items.push({ ...x.item, outcome: 'duplicate', reason: `same text as ${other}, already loaded` });
        return false;
      }
      if (stored.has(x.id)) x.item.outcome = 'replaced';
      return true;
    });
    const results = await pool.run(changed.map(({ id, text, hash }) => ({ id, text, hash })));
    results.forEach((r, i) => {
      const { item } = changed[i]!;
      if (!r.ok) { out.items.push({ ...item, outcome: 'rejected', reason: r.reason }); seenHash.delete(changed[i]!.hash); return; }
      // stamped with the reading that made it: a later version of kg reads it again
      const art = r.graph.nodes.find((n) => n.label === 'Article');
      if (art) art.props.reader = reader;
      item.diagnostics = r.diagnostics;
      if (r.notes.length) item.notes = [...(item.notes ?? []), ...r.notes];
      out.ready.push({ item, graph: r.graph });
    });
    return out;
  };

  /**
   * A batch in one transaction. Should Neo4j refuse it for what is in it (not for being unreachable), it is
   * split in halves until the article it refuses is alone: that article is rejected with Neo4j's reason and
   * the others load. One article Neo4j cannot take never stops the run.
   */
  const committed = new Set<IngestItem>();
  const loadIsolating = async (part: Prepared['ready']): Promise<void> => {
    try {
      const graphs = part.map((r) => r.graph);
      const replaced = part.filter((r) => r.item.outcome === 'replaced').map((r) => r.graph.article);
      const counts = await retrying(`loading ${graphs.length} article${graphs.length === 1 ? '' : 's'}`, () => loadGraphs(driver, graphs, replaced, loadedAt));
      nodes += counts.nodes;
      rels += counts.rels;
      for (const k of counts.posts) touchedPosts.add(k);
      for (const r of part) committed.add(r.item);
    } catch (e) {
      if (isUnavailable(e)) throw e;
      if (part.length === 1) {
        const item = part[0]!.item;
        item.outcome = 'rejected';
        item.reason = `Neo4j refused its facts: ${shortStoreError(e)}`;
        seenHash.delete(part[0]!.graph.contentHash);
        return;
      }
      const mid = part.length >> 1;
      await loadIsolating(part.slice(0, mid));
      await loadIsolating(part.slice(mid));
    }
  };

  const batches: Array<typeof files> = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  let done = 0;
  // Two batches ahead are read, checked and extracted while one is written: an unchanged corpus is only read
  // and looked up, and the lookups of one batch overlap the reading of the next.
  const AHEAD = 2;
  const inFlight: Array<Promise<Prepared>> = [];
  const start = (b: number) => { if (b < batches.length) { const p = prepare(batches[b]!); p.catch(() => undefined); inFlight.push(p); } };
  try {
    for (let b = 0; b < AHEAD; b++) start(b);
    for (let b = 0; b < batches.length; b++) {
      if (opts.signal?.aborted) { interrupted = true; break; }
      let cur: Prepared;
      const waited = performance.now();
      try {
        cur = await inFlight.shift()!;
        timing.waitSeconds += since(waited);
      } catch (e) {
        failed(e);
        break;
      }
      start(b + AHEAD);
      items.push(...cur.items);
      try {
        if (cur.ready.length) {
          const loading = performance.now();
          await loadIsolating(cur.ready);
          timing.loadSeconds += since(loading);
        }
      } catch (e) {
        const why = failed(e);
        for (const r of cur.ready) {
          if (r.item.outcome !== 'rejected' && !committed.has(r.item)) { r.item.outcome = 'not-loaded'; r.item.reason = why; }
        }
      }
      items.push(...cur.ready.map((r) => r.item));
      done += batches[b]!.length;
      opts.onProgress?.(done, files.length);
      if (storeError) break;
    }
  } finally {
    // batches read ahead and not written are dropped: their extraction stops, their lookups finish
    await pool.close();
    await Promise.allSettled(inFlight);
  }
  // Tenures, succession and conflicts of the posts whose facts changed, computed once for the whole run.
  let tenures: TenureCounts | null = null;
  let curationMissing: string[] = [];
  if (!storeError) {
    try {
      const computing = performance.now();
      // the analyst's corrections, then who is who: a post's holders are counted by person, not by the node an
      // article wrote, and never by a rejected fact
      const curation = opts.curation ?? EMPTY;
      const corrected = await retrying('applying the corrections', () => applyCuration(driver, curation));
      for (const k of corrected.posts) touchedPosts.add(k);
      curationMissing = corrected.missing;
      const identity = await retrying('working out who is who', () => refreshIdentity(driver, false, identityCorrections(curation)));
      for (const k of identity.posts) touchedPosts.add(k);
      for (const k of await postsWithoutTenures(driver)) touchedPosts.add(k);
      // each unit of the work (a transaction, a page of a large post) is retried on its own: a retry does not start over
      if (touchedPosts.size) tenures = await refreshTenures(driver, touchedPosts, { retrying: (what, work) => retrying(what, work) });
      timing.tenureSeconds = since(computing);
    } catch (e) {
      failed(e, 'articles loaded, but their tenures could not be computed: ');
    }
  }
  if (storeError || interrupted) {
    const why = storeError ?? 'the run was stopped before it was loaded';
    const listed = new Set(items.map((x) => x.file));
    for (const f of files) if (!listed.has(f.file)) items.push({ file: f.file, id: f.id, outcome: 'not-loaded', reason: why });
  }
  const rereadCount = items.filter((x) => reread.has(x) && x.outcome === 'replaced').length;
  return { items, nodes, rels, tenures, curationMissing, reread: rereadCount, storeError, storeRemedy, interrupted, seconds: (Date.now() - t0) / 1000, timing };
}

/** The driver's connection errors are long; keep what names the cause. */
function shortStoreError(e: unknown): string {
  const msg = (e as Error)?.message ?? String(e);
  const cause = /Caused by:\s*(.*)$/s.exec(msg);
  return (cause ? `cannot reach Neo4j (${cause[1]!.trim()})` : msg.split('\n')[0]!).slice(0, 300);
}

/** Exit codes of `kg ingest`. */
export const INGEST_EXIT = { ok: 0, someRejected: 3, storeFailed: 4, interrupted: 130 } as const;

/** 0 all loaded, unchanged or duplicate; 3 some rejected, the rest loaded; 4 Neo4j failed, some not loaded; 130 stopped. */
export function ingestExitCode(s: IngestSummary): number {
  if (s.storeError) return INGEST_EXIT.storeFailed;
  if (s.interrupted) return INGEST_EXIT.interrupted;
  return s.items.some((x) => x.outcome === 'rejected') ? INGEST_EXIT.someRejected : INGEST_EXIT.ok;
}
