// Extraction on every core: a pool of worker threads, each running the pure stages over a slice of a batch.
// With no workers (a small run, or no compiled worker next to us) the same work runs on this thread.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ArticleGraph } from '../schema/graph';
import { PROJECT_ROOT } from '../store/embedded';
import { processArticle } from './process-article';

export interface ExtractJob { id: string; text: string; hash: string }
/** `notes`: what the article as a whole lacks (no date line, cut off), for the ingest summary. */
export type ExtractResult = { ok: true; graph: ArticleGraph; diagnostics: number; notes: string[] } | { ok: false; reason: string };

const WORKER = join(PROJECT_ROOT, 'dist', 'pipeline', 'extract-worker.js');

export function defaultWorkers(): number {
  const env = Number(process.env.KG_EXTRACT_WORKERS);
  if (Number.isInteger(env) && env >= 0) return env;
  return Math.min(4, availableParallelism());
}

/** A worker's heap is bounded: a pathological article fails alone instead of exhausting the process. */
const WORKER_HEAP_MB = 1024;
/** A slice taking longer than this is cut short and its articles are extracted one by one. */
const SLICE_TIMEOUT_MS = 120_000;
/** One article taking longer than this is rejected: no text of a few MB needs it. */
export const ARTICLE_TIMEOUT_MS = 20_000;

export class ExtractPool {
  private readonly workers: Worker[] = [];
  private closed = false;

  /** `size` worker threads; 0 (or no compiled worker script) extracts on the calling thread. */
  constructor(size = defaultWorkers()) {
    if (size > 0 && existsSync(WORKER)) {
      for (let i = 0; i < size; i++) this.workers.push(spawn());
    }
  }

  get size(): number { return this.workers.length; }

  private queue: Promise<unknown> = Promise.resolve();

  /** Results in the order of the jobs. Runs are served one after another: each uses every worker. */
  run(jobs: ExtractJob[]): Promise<ExtractResult[]> {
    const next = this.queue.then(() => this.runNow(jobs));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(jobs: ExtractJob[]): Promise<ExtractResult[]> {
    if (this.closed) throw closedError();
    if (!this.workers.length || jobs.length < 8) return jobs.map(extractOne);
    const n = this.workers.length;
    const slices = Array.from({ length: n }, (_, w) => jobs.slice(Math.floor((w * jobs.length) / n), Math.floor(((w + 1) * jobs.length) / n)));
    const parts = await Promise.all(slices.map((slice, w) => (slice.length ? this.sliceOn(w, slice) : Promise.resolve([]))));
    return parts.flat();
  }

  /**
   * A slice on worker w. Should the worker die (its heap limit) or stall, it is replaced and the slice's
   * articles go one at a time, so that only the article that caused it is rejected.
   */
  private async sliceOn(w: number, slice: ExtractJob[]): Promise<ExtractResult[]> {
    try {
      return await this.send(w, slice, SLICE_TIMEOUT_MS);
    } catch {
      if (this.closed) throw closedError();
      const out: ExtractResult[] = [];
      for (const job of slice) {
        try {
          out.push(...(await this.send(w, [job], ARTICLE_TIMEOUT_MS)));
        } catch (e) {
          if (this.closed) throw closedError();
          out.push({ ok: false, reason: `extraction failed: ${(e as Error).message}` });
        }
      }
      return out;
    }
  }

  /** Jobs to worker w; on error, exit or timeout the worker is replaced and the promise rejects. */
  private send(w: number, jobs: ExtractJob[], timeoutMs: number): Promise<ExtractResult[]> {
    const worker = this.workers[w]!;
    return new Promise((resolve, reject) => {
      const done = () => { clearTimeout(timer); worker.off('message', onMessage); worker.off('error', onError); worker.off('exit', onExit); };
      const fail = (why: string) => {
        done();
        if (!this.closed) { void worker.terminate(); this.workers[w] = spawn(); }
        reject(new Error(why));
      };
      const onMessage = (r: ExtractResult[]) => { done(); resolve(r); };
      const onError = (e: Error) => fail(/ERR_WORKER_OUT_OF_MEMORY/.test(String((e as { code?: string }).code)) ? `ran out of memory (limit ${WORKER_HEAP_MB} MB)` : e.message);
      const onExit = (code: number) => fail(`the extraction worker stopped (exit ${code})`);
      const timer = setTimeout(() => fail(`took longer than ${timeoutMs / 1000} s`), timeoutMs);
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(jobs);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}

const closedError = () => new Error('the extraction pool is closed');

function spawn(): Worker {
  return new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

/** One article through the pure stages, as the workers and this thread both run it. */
export function extractOne(j: ExtractJob): ExtractResult {
  const p = processArticle(j.id, j.text, j.hash);
  if (!p.ok) return { ok: false, reason: p.reason };
  const notes = p.record.diagnostics.filter((d) => d.code.startsWith('article.')).map((d) => d.message);
  return { ok: true, graph: p.graph, diagnostics: p.record.diagnostics.length, notes };
}
