// A worker thread of the extraction pool: texts in, graphs out (parse → extract → build graph).
import { parentPort } from 'node:worker_threads';
import { processArticle } from './process-article';
import type { ExtractJob, ExtractResult } from './extract-pool';

parentPort?.on('message', (jobs: ExtractJob[]) => {
  const out: ExtractResult[] = jobs.map((j) => {
    const p = processArticle(j.id, j.text, j.hash);
    return p.ok ? { ok: true, graph: p.graph, diagnostics: p.record.diagnostics.length } : { ok: false, reason: p.reason };
  });
  parentPort!.postMessage(out);
});
