// The extraction pool (src/pipeline/extract-pool.ts): worker threads give what this thread gives, and a
// worker that dies in the middle of a batch is replaced without losing an article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { contentHash } from '../../src/pipeline/article-files';
import { ExtractPool, extractOne, type ExtractJob } from '../../src/pipeline/extract-pool';
import { normalizeText } from '../../src/text/canon';
import { FIXTURES } from '../support/paths';

const jobs: ExtractJob[] = readdirSync(join(FIXTURES, 'articles')).map((f) => {
  const text = normalizeText(readFileSync(join(FIXTURES, 'articles', f), 'utf8'));
  return { id: f, text, hash: contentHash(text) };
});

test('two workers give the graphs this thread gives, in the order of the jobs', async () => {
  const pool = new ExtractPool(2);
  try {
    expect(pool.size).toBe(2);
    expect(await pool.run(jobs)).toEqual(jobs.map(extractOne));
  } finally {
    await pool.close();
  }
});

test('a worker that dies in the middle of a batch is replaced, and every article of the batch is extracted', async () => {
  const pool = new ExtractPool(2);
  try {
    const running = pool.run(jobs);
    const workers = (pool as unknown as { workers: Worker[] }).workers;
    const first = workers[0]!;
    await first.terminate();
    expect(await running).toEqual(jobs.map(extractOne));
    expect(workers[0]).not.toBe(first);
    // and the pool goes on working
    expect(await pool.run(jobs.slice(0, 10))).toEqual(jobs.slice(0, 10).map(extractOne));
  } finally {
    await pool.close();
  }
});

test('a closed pool refuses work instead of hanging', async () => {
  const pool = new ExtractPool(2);
  await pool.close();
  await expect(pool.run(jobs)).rejects.toThrow(/closed/);
});
