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
export type ExtractResult = { ok: true; graph: ArticleGraph; diagnostics: number } | { ok: false; reason: string };

const WORKER = join(PROJECT_ROOT, 'dist', 'pipeline', 'extract-worker.js');

export function defaultWorkers(): number {
  const env = Number(process.env.KG_EXTRACT_WORKERS);
  if (Number.isInteger(env) && env >= 0) return env;
  return Math.min(4, availableParallelism());
}

export class ExtractPool {
  private readonly workers: Worker[] = [];

  /** `size` worker threads; 0 (or no compiled worker script) extracts on the calling thread. */
  constructor(size = defaultWorkers()) {
    if (size > 0 && existsSync(WORKER)) {
      for (let i = 0; i < size; i++) this.workers.push(new Worker(WORKER));
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
    if (!this.workers.length || jobs.length < 8) return jobs.map(extractOne);
    const n = this.workers.length;
    const slices = Array.from({ length: n }, (_, w) => jobs.slice(Math.floor((w * jobs.length) / n), Math.floor(((w + 1) * jobs.length) / n)));
    const parts = await Promise.all(slices.map((slice, w) => (slice.length ? this.send(this.workers[w]!, slice) : Promise.resolve([]))));
    return parts.flat();
  }

  private send(worker: Worker, jobs: ExtractJob[]): Promise<ExtractResult[]> {
    return new Promise((resolve, reject) => {
      const onMessage = (r: ExtractResult[]) => { worker.off('error', onError); resolve(r); };
      const onError = (e: Error) => { worker.off('message', onMessage); reject(e); };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(jobs);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}

/** One article through the pure stages, as the workers and this thread both run it. */
export function extractOne(j: ExtractJob): ExtractResult {
  const p = processArticle(j.id, j.text, j.hash);
  return p.ok ? { ok: true, graph: p.graph, diagnostics: p.record.diagnostics.length } : { ok: false, reason: p.reason };
}
