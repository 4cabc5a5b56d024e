// Load (src/bench/load.ts): 50 keep-alive connections for 30 s against search and neighbours of the served
// API, on the real Neo4j holding the samples and 500 generated articles. No request may fail.
import { join } from 'node:path';
import { startServer } from '../../src/api/server';
import { formatLoad, runLoad } from '../../src/bench/load';
import { generateCorpus } from '../../src/gen/main';
import { ingest } from '../../src/pipeline/ingest';
import type { Store } from '../../src/store/connect';
import { SAMPLES, scratchDir } from '../support/paths';
import { clearDatabase, openTestStore } from '../support/store';

let store: Store;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  store = await openTestStore();
  await clearDatabase(store);
  const gen = scratchDir('kg-load-');
  generateCorpus({ articles: 500, out: gen, seed: 5 });
  await ingest(store.driver, [SAMPLES, join(gen, 'articles')]);
  server = await startServer({ store, port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
});

test('50 connections for 30 s against search and neighbours: 0 errors', async () => {
  const r = await runLoad({ url: server.url, connections: 50, seconds: 30 });
  process.stdout.write(`${formatLoad(r)}\n`);
  expect(r.firstErrors).toEqual([]);
  expect(r.errors).toBe(0);
  expect(r.endpoints.search.requests).toBeGreaterThan(500);
  expect(r.endpoints.neighbors.requests).toBeGreaterThan(500);
  expect(r.endpoints.search.p95Ms).toBeLessThan(5_000);
}, 90_000);

test('it drives this machine only, within bounds', async () => {
  await expect(runLoad({ url: 'http://192.0.2.1:3000', connections: 50, seconds: 30 })).rejects.toThrow(/loopback/);
  await expect(runLoad({ url: server.url, connections: 1000, seconds: 30 })).rejects.toThrow(/connections: 1 to 200/);
  await expect(runLoad({ url: server.url, connections: 5, seconds: 3600 })).rejects.toThrow(/seconds: up to 300/);
});
