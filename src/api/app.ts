// createApp(deps): the JSON API and the static viewer. Never listens; inputs validated with zod; one
// error middleware turns failures into {"error": {"code", "message"}}.
import express, { type NextFunction, type Request, type Response } from 'express';
import { join } from 'node:path';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { NotFoundError, QueryRefusedError, UsageError } from '../errors';
import { luceneQuery, succession } from '../query/leadership';
import { cypher } from '../store/cypher';
import { runRead, toPlain } from '../store/read';
import { PROJECT_ROOT } from '../store/embedded';
import { NodeLabel } from '../schema/graph';

export interface AppDeps { driver: Driver; queryTimeoutMs?: number; maxRows?: number }

class BadRequest extends Error {}

const nodeId = (label: string, key: string) => `${label}:${key}`;
/** The labels of article facts, and those computed on load from them. */
const ApiLabel = z.enum([...NodeLabel.options, 'Tenure', 'Conflict']);
function parseNodeId(id: string): { label: string; key: string } {
  const i = id.indexOf(':');
  const label = ApiLabel.safeParse(id.slice(0, i));
  if (i < 0 || !label.success) throw new BadRequest(`node id "${id}" must be Label:key with a label of ${ApiLabel.options.join(', ')}`);
  return { label: label.data, key: id.slice(i + 1) };
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new BadRequest(r.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  return r.data;
}

/** Lucene query over the folded `search` field: every word required, the last one as a prefix. */
function searchQuery(q: string): string {
  const lucene = luceneQuery(q);
  if (!lucene) throw new BadRequest('q: give at least one letter or digit');
  return lucene;
}

interface VisNode { id: string; label: string; key: string; name: string; properties: Record<string, unknown> }
const asNode = (n: unknown): VisNode => {
  const x = n as { labels: string[]; properties: Record<string, unknown> };
  const label = x.labels[0] ?? 'Node';
  const key = String(x.properties.key);
  const { search: _s, ...properties } = x.properties;
  return { id: nodeId(label, key), label, key, name: String(x.properties.name ?? x.properties.title ?? key), properties };
};

const WRITE_CLAUSES = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH)\b|\bCALL\s+(db|dbms|apoc|gds)\.|\bIN\s+TRANSACTIONS\b|^\s*(SHOW|GRANT|REVOKE|DENY|ALTER|START|STOP|USE)\b/i;

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '64kb' }));
  const read = (name: string, params: Record<string, unknown>) => runRead(deps.driver, cypher('read.cypher', name), params, { timeoutMs: 10_000 });
  const wrap = (fn: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => { fn(req, res).catch(next); };

  app.get('/api/search', wrap(async (req, res) => {
    const { q, limit } = parse(z.object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(20) }), req.query);
    const r = await read('search', { lucene: searchQuery(q), limit });
    res.json({ results: r.rows.map(([label, key, name, detail, score]) => ({ id: nodeId(String(label), String(key)), label, key, name, detail, score })) });
  }));

  app.get('/api/node/:id', wrap(async (req, res) => {
    const { label, key } = parseNodeId(parse(z.string().min(3).max(400), req.params.id));
    const r = await read('node-by-key', { label, key });
    const row = r.rows[0];
    if (!row) { res.status(404).json({ error: { code: 'not-found', message: `no node ${label}:${key}` } }); return; }
    res.json({ node: asNode(row[0]), degree: row[1] });
  }));

  app.get('/api/neighbors/:id', wrap(async (req, res) => {
    const { label, key } = parseNodeId(parse(z.string().min(3).max(400), req.params.id));
    const qs = parse(z.object({
      types: z.string().max(300).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }), req.query);
    const types = qs.types ? qs.types.split(',').filter(Boolean) : [];
    const r = await read('neighbors', { label, key, types, limit: qs.limit });
    const nodes = new Map<string, VisNode>();
    const edges = r.rows.map(([n, rel, m, outgoing]) => {
      const a = asNode(n), b = asNode(m);
      nodes.set(a.id, a); nodes.set(b.id, b);
      const x = rel as { type: string; properties: Record<string, unknown>; elementId: string };
      return { id: x.elementId, type: x.type, from: outgoing ? a.id : b.id, to: outgoing ? b.id : a.id, properties: x.properties };
    });
    res.json({ nodes: [...nodes.values()], edges, truncated: r.rows.length >= qs.limit });
  }));

  app.get('/api/succession', wrap(async (req, res) => {
    const { post } = parse(z.object({ post: z.string().trim().min(1).max(300) }), req.query);
    res.json(await succession(deps.driver, post));
  }));

  app.get('/api/stats', wrap(async (_req, res) => {
    const [labels, types] = await Promise.all([read('stats-labels', {}), read('stats-types', {})]);
    res.json({ labels: Object.fromEntries(labels.rows.map(([l, c]) => [l, c])), relationships: Object.fromEntries(types.rows.map(([t, c]) => [t, c])) });
  }));

  app.post('/api/query', wrap(async (req, res) => {
    const body = parse(z.object({ query: z.string().trim().min(1).max(5000), params: z.record(z.string(), z.unknown()).default({}) }), req.body);
    const stripped = body.query.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
    if (WRITE_CLAUSES.test(stripped)) throw new QueryRefusedError('only read queries are allowed here (no writes, LOAD CSV, procedures of db./dbms., SHOW or admin commands)');
    const r = await runRead(deps.driver, body.query, body.params, { timeoutMs: deps.queryTimeoutMs ?? 5_000, maxRows: deps.maxRows ?? 1_000 });
    res.json({ columns: r.columns, rows: r.rows.map((row) => row.map(toPlain)), truncated: r.truncated });
  }));

  app.use('/api', (_req, res) => { res.status(404).json({ error: { code: 'not-found', message: 'no such API route' } }); });
  app.use('/vendor/vis-network', express.static(join(PROJECT_ROOT, 'node_modules', 'vis-network', 'standalone', 'umd')));
  app.use(express.static(join(PROJECT_ROOT, 'web')));

  app.use((e: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (e instanceof BadRequest) { res.status(400).json({ error: { code: 'bad-request', message: e.message } }); return; }
    if (e instanceof QueryRefusedError || e instanceof UsageError) { res.status(400).json({ error: { code: e.code, message: e.message } }); return; }
    if (e instanceof NotFoundError) { res.status(404).json({ error: { code: e.code, message: e.message } }); return; }
    const err = e as { code?: string; message?: string; type?: string; status?: number };
    if (err.type === 'entity.parse.failed' || err.status === 400) { res.status(400).json({ error: { code: 'bad-request', message: 'the body is not valid JSON' } }); return; }
    if (typeof err.code === 'string' && err.code.startsWith('Neo.ClientError')) {
      const timeout = /Timeout|TransactionTimedOut/i.test(err.code);
      res.status(timeout ? 408 : 400).json({ error: { code: timeout ? 'timeout' : 'query-failed', message: String(err.message ?? '').split('\n')[0] } });
      return;
    }
    res.status(503).json({ error: { code: 'store-error', message: 'the database did not answer; try again' } });
  });
  return app;
}
