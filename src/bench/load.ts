// npm run load -- [--url http://127.0.0.1:3000] [--connections 50] [--seconds 30] [--json FILE]
//
// Drives the API from N keep-alive connections at once for S seconds, each connection in a loop of its own:
// a search as a user types it, then the neighbours of one of its results. Loopback only, and bounded (at most
// 200 connections, 300 s). Without --url it serves the configured store itself on 127.0.0.1. Prints requests,
// errors, and p50 / p95 / p99 / max per endpoint; any error exits 1.
import { Agent, request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../api/server';
import { isLoopback } from '../api/guard';
import { openStore } from '../store/connect';

export interface LoadOptions { url: string; connections: number; seconds: number }
export interface EndpointStats { requests: number; errors: number; p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number }
export interface LoadResult {
  connections: number; seconds: number; requests: number; errors: number; requestsPerSecond: number;
  firstErrors: string[];
  endpoints: Record<'search' | 'neighbors', EndpointStats>;
}

/** What users type into the search box: family names, given names, posts and bodies, folded or not. */
export const SEARCHES = [
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'vu', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'lam', 'mai',
  'Nguyễn Văn', 'Trần Thị', 'Lê', 'Phạm', 'bi thu', 'Bí thư Tỉnh ủy', 'chu tich', 'Chủ tịch UBND', 'pho bi thu',
  'hoi nghi', 'Hội nghị', 'ban thuong vu', 'tinh uy', 'hdnd', 'ubnd', 'mttq', 'nghi quyet', 'ky hop', 'phien hop',
  'lang son', 'Lạng Sơn', 'quang ninh', 'ha giang', 'cao bang', 'son', 'thanh', 'minh', 'hung', 'thu', 'van',
];

export const LIMITS = { connections: 200, seconds: 300 };

/** The q-quantile of sorted milliseconds, to a tenth. */
export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const url = new URL(o.url);
  if (!isLoopback(url.hostname.replace(/^\[|\]$/g, ''))) throw new Error(`load only runs against this machine (loopback), not ${url.hostname}`);
  if (!(o.connections >= 1 && o.connections <= LIMITS.connections)) throw new Error(`connections: 1 to ${LIMITS.connections}`);
  if (!(o.seconds > 0 && o.seconds <= LIMITS.seconds)) throw new Error(`seconds: up to ${LIMITS.seconds}`);
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const get = (path: string) => new Promise<{ status: number; body: string; ms: number }>((res, rej) => {
    const t0 = performance.now();
    const req = request({ host: url.hostname.replace(/^\[|\]$/g, ''), port: url.port, path, agent, timeout: 30_000 }, (r) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (d: string) => { body += d; });
      r.on('end', () => res({ status: r.statusCode ?? 0, body, ms: performance.now() - t0 }));
      r.on('error', rej);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', rej);
    req.end();
  });

  const times = { search: [] as number[], neighbors: [] as number[] };
  const errors = { search: 0, neighbors: 0 };
  const firstErrors: string[] = [];
  const fail = (what: 'search' | 'neighbors', why: string) => {
    errors[what]++;
    if (firstErrors.length < 10) firstErrors.push(`${what}: ${why}`);
  };
  const deadline = performance.now() + o.seconds * 1000;
  const loop = async (c: number) => {
    for (let i = c; performance.now() < deadline; i += o.connections) {
      const q = SEARCHES[i % SEARCHES.length]!;
      let ids: string[] = [];
      try {
        const r = await get(`/api/search?q=${encodeURIComponent(q)}&limit=10`);
        times.search.push(r.ms);
        if (r.status !== 200) { fail('search', `${r.status} ${r.body.slice(0, 200)}`); continue; }
        ids = (JSON.parse(r.body) as { results: Array<{ id: string }> }).results.map((x) => x.id);
      } catch (e) { fail('search', (e as Error).message); continue; }
      if (!ids.length || performance.now() >= deadline) continue;
      const id = ids[i % ids.length]!;
      try {
        const r = await get(`/api/neighbors/${encodeURIComponent(id)}?limit=100`);
        times.neighbors.push(r.ms);
        if (r.status !== 200) fail('neighbors', `${r.status} ${r.body.slice(0, 200)}`);
        else JSON.parse(r.body);
      } catch (e) { fail('neighbors', (e as Error).message); }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: o.connections }, (_, c) => loop(c)));
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  const stats = (k: 'search' | 'neighbors'): EndpointStats => {
    const s = [...times[k]].sort((a, b) => a - b);
    return { requests: s.length, errors: errors[k], p50Ms: quantile(s, 0.5), p95Ms: quantile(s, 0.95), p99Ms: quantile(s, 0.99), maxMs: quantile(s, 1) };
  };
  const endpoints = { search: stats('search'), neighbors: stats('neighbors') };
  const requests = endpoints.search.requests + endpoints.neighbors.requests;
  return {
    connections: o.connections, seconds: Math.round(elapsed * 10) / 10, requests, errors: errors.search + errors.neighbors,
    requestsPerSecond: Math.round(requests / elapsed), firstErrors, endpoints,
  };
}

export function formatLoad(r: LoadResult): string {
  const row = (k: 'search' | 'neighbors') => {
    const e = r.endpoints[k];
    return `  ${k.padEnd(10)} ${String(e.requests).padStart(7)} requests  ${String(e.errors).padStart(3)} errors   p50 ${e.p50Ms} ms  p95 ${e.p95Ms} ms  p99 ${e.p99Ms} ms  max ${e.maxMs} ms`;
  };
  return [
    `${r.connections} connections for ${r.seconds} s: ${r.requests} requests (${r.requestsPerSecond}/s), ${r.errors} errors`,
    row('search'), row('neighbors'),
    ...r.firstErrors.map((e) => `  error: ${e}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const o = { url: '', connections: 50, seconds: 30, json: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!, v = argv[++i] ?? '';
    if (a === '--url') o.url = v;
    else if (a === '--connections') o.connections = Number(v);
    else if (a === '--seconds') o.seconds = Number(v);
    else if (a === '--json') o.json = resolve(v);
    else throw new Error(`unknown option ${a}; usage: npm run load -- [--url URL] [--connections 50] [--seconds 30] [--json FILE]`);
  }
  let close = async () => {};
  if (!o.url) {
    const store = await openStore({ log: (l) => process.stderr.write(`${l}\n`) });
    const n = await store.driver.executeQuery('MATCH (p:Person) RETURN count(p) AS n');
    if (Number(n.records[0]!.get('n')) === 0) { await store.close(); throw new Error('the store is empty: run `npx kg ingest data/articles` (or a generated corpus) first'); }
    const server = await startServer({ store, port: 0, host: '127.0.0.1' });
    o.url = server.url;
    close = async () => { await server.close(); await store.close(); };
  }
  try {
    process.stderr.write(`driving ${o.url} from ${o.connections} connections for ${o.seconds} s…\n`);
    const r = await runLoad(o);
    process.stdout.write(`${formatLoad(r)}\n`);
    if (o.json) writeFileSync(o.json, `${JSON.stringify(r, null, 2)}\n`);
    return r.errors ? 1 : 0;
  } finally {
    await close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e: Error) => { process.stderr.write(`${e.message}\n`); process.exitCode = 2; });
}
