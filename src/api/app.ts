// createApp(deps): the JSON API and the static viewer. Never listens; inputs validated with zod; one
// error middleware turns failures into {"error": {"code", "message"}}.
import express, { type NextFunction, type Request, type Response } from 'express';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { NotFoundError, QueryRefusedError, UsageError } from '../errors';
import { curationPath, readCuration } from '../curation/curation';
import { curate, CurateRequest, uncurate } from '../query/curate';
import { listExamples } from '../query/examples';
import { atomFeed, changes, DAY, widenDay } from '../query/changes';
import { luceneQuery, succession } from '../query/leadership';
import { GraphCollector, nodeId } from '../query/view-graph';
import { neighbors, nodeDetails, overview, timeline } from '../query/viewer';
import { cypher } from '../store/cypher';
import { runRead } from '../store/read';
import { PROJECT_ROOT } from '../store/embedded';
import { rateLimit, requireToken, securityHeaders } from './guard';
import { checkReadOnly } from './query-guard';
import { isOutOfMemory } from '../store/retry';

export interface AppDeps {
  driver: Driver;
  queryTimeoutMs?: number;
  maxRows?: number;
  /** when set, POST /api/query requires it (KG_API_TOKEN) */
  token?: string;
  /** requests a minute per client beyond this machine, for the API (default 600; bursts of 120) */
  rateLimitPerMinute?: number;
  /** limit clients on this machine too (tests) */
  rateLimitLoopback?: boolean;
  /** the analyst's corrections (src/curation); written through the API only when `token` is set */
  curationPath?: string;
}

class BadRequest extends Error {}

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

const NodeIdParam = z.string().min(3).max(400);

/** A day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY); `end` widens it to its last day. */
const DateBound = (end: boolean) => z.string().trim().regex(DAY, 'expected YYYY, YYYY-MM or YYYY-MM-DD').transform((d) => widenDay(d, end));


export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use('/api', rateLimit({ perMinute: deps.rateLimitPerMinute ?? 600, burst: 120, loopbackToo: deps.rateLimitLoopback }));
  app.use(express.json({ limit: '64kb' }));
  const read = (name: string, params: Record<string, unknown>) => runRead(deps.driver, cypher('read.cypher', name), params, { timeoutMs: 10_000 });
  let cachedExamples: ReturnType<typeof listExamples> | null = null;
  const examples = () => (cachedExamples ??= listExamples());
  const wrap = (fn: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response, next: NextFunction) => { fn(req, res).catch(next); };

  app.get('/api/search', wrap(async (req, res) => {
    const { q, limit } = parse(z.object({ q: z.string().trim().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).default(20) }), req.query);
    const r = await read('search', { lucene: searchQuery(q), limit });
    res.json({ results: r.rows.map(([label, key, name, detail, score]) => ({ id: nodeId(String(label), String(key)), label, key, name, detail, score })) });
  }));

  // what changed, newest first (src/query/changes.ts); the same as an Atom feed a reader can subscribe to
  const ChangesQuery = z.object({
    since: DateBound(false).optional(), until: DateBound(true).optional(), province: z.string().trim().min(1).max(100).optional(),
    new: z.enum(['1', 'true']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100),
  });
  const changeList = async (q: z.infer<typeof ChangesQuery>) => {
    if (q.since && q.until && q.since > q.until) throw new BadRequest('since must not be after until');
    const curation = deps.curationPath ? readCuration(deps.curationPath) : { version: 1 as const, corrections: [] };
    return changes(deps.driver, curation, { since: q.since, until: q.until, province: q.province, onlyNew: q.new !== undefined, limit: q.limit });
  };
  app.get('/api/changes', wrap(async (req, res) => {
    const q = parse(ChangesQuery, req.query);
    res.json({ since: q.since ?? null, until: q.until ?? null, province: q.province ?? null, changes: await changeList(q) });
  }));
  app.get('/changes.atom', wrap(async (req, res) => {
    const q = parse(ChangesQuery, req.query);
    const base = `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;
    res.type('application/atom+xml; charset=utf-8').send(atomFeed(await changeList(q), { base, province: q.province ?? null, self: `${base}${req.originalUrl}` }));
  }));

  app.get('/api/overview', wrap(async (req, res) => {
    const { province } = parse(z.object({ province: z.string().trim().min(1).max(100).optional() }), req.query);
    res.json(await overview(deps.driver, { province }));
  }));

  app.get('/api/node/:id', wrap(async (req, res) => {
    res.json(await nodeDetails(deps.driver, parse(NodeIdParam, req.params.id)));
  }));

  app.get('/api/neighbors/:id', wrap(async (req, res) => {
    const id = parse(NodeIdParam, req.params.id);
    const qs = parse(z.object({
      types: z.string().max(300).regex(/^[A-Z_,]*$/, 'relationship types in capitals, comma-separated (CHAIRED,HELD_POST)').optional(),
      from: DateBound(false).optional(),
      to: DateBound(true).optional(),
      skip: z.coerce.number().int().min(0).max(100_000).default(0),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }).refine((x) => !x.from || !x.to || x.from <= x.to, { message: 'from must not be after to', path: ['from'] }), req.query);
    const types = qs.types ? qs.types.split(',').filter(Boolean) : [];
    res.json(await neighbors(deps.driver, id, { types, from: qs.from ?? null, to: qs.to ?? null, skip: qs.skip, limit: qs.limit }));
  }));

  app.get('/api/succession', wrap(async (req, res) => {
    const { post } = parse(z.object({ post: z.string().trim().min(1).max(300) }), req.query);
    res.json(await succession(deps.driver, post));
  }));

  app.get('/api/timeline', wrap(async (req, res) => {
    const q = parse(z.object({ post: z.string().trim().min(1).max(400).optional(), person: z.string().trim().min(1).max(400).optional() })
      .refine((x) => (x.post === undefined) !== (x.person === undefined), { message: 'give exactly one of post= or person=' }), req.query);
    res.json(await timeline(deps.driver, q));
  }));

  app.get('/api/stats', wrap(async (_req, res) => {
    const [labels, types] = await Promise.all([read('stats-labels', {}), read('stats-types', {})]);
    res.json({ labels: Object.fromEntries(labels.rows.map(([l, c]) => [l, c])), relationships: Object.fromEntries(types.rows.map(([t, c]) => [t, c])) });
  }));

  app.get('/api/examples', (_req, res) => { res.json({ examples: examples() }); });

  app.post('/api/query', requireToken(deps.token), wrap(async (req, res) => {
    const body = parse(z.object({ query: z.string().trim().min(1).max(5000), params: z.record(z.string(), z.unknown()).default({}) }), req.body);
    await checkReadOnly(deps.driver, body.query, body.params);
    const r = await runRead(deps.driver, body.query, body.params, { timeoutMs: deps.queryTimeoutMs ?? 5_000, maxRows: deps.maxRows ?? 1_000, retry: false });
    const g = new GraphCollector();
    g.collect(r.rows);
    const graph = g.graph();
    res.json({ columns: r.columns, rows: r.rows, truncated: r.truncated, graph });
  }));

  // Corrections: listed to anyone; made or removed only with the API token, and never when the server has none.
  const curationFile = deps.curationPath ?? curationPath();
  const writesCorrections = (req: Request, res: Response, next: NextFunction) => {
    if (!deps.token) { res.status(403).json({ error: { code: 'forbidden', message: 'corrections are made through the API only when the server runs with KG_API_TOKEN' } }); return; }
    requireToken(deps.token)(req, res, next);
  };
  app.get('/api/corrections', wrap(async (_req, res) => {
    res.json({ writable: !!deps.token, file: basename(curationFile), corrections: readCuration(curationFile).corrections });
  }));
  app.post('/api/corrections', writesCorrections, wrap(async (req, res) => {
    const r = await curate(deps.driver, curationFile, parse(CurateRequest, req.body));
    res.json({ correction: r.correction, applied: r.applied });
  }));
  app.delete('/api/corrections/:id', writesCorrections, wrap(async (req, res) => {
    const { id } = parse(z.object({ id: z.string().regex(/^[a-z]+-[0-9a-f]{10}$/, 'expected a correction id') }), req.params);
    const r = await uncurate(deps.driver, curationFile, id);
    res.json({ correction: null, applied: r.applied });
  }));

  app.use('/api', (_req, res) => { res.status(404).json({ error: { code: 'not-found', message: 'no such API route' } }); });
  app.use('/vendor/vis-network', express.static(join(PROJECT_ROOT, 'node_modules', 'vis-network', 'standalone', 'umd')));
  app.use('/vendor/vis-timeline', express.static(join(PROJECT_ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd')));
  app.use('/vendor/vis-timeline', express.static(join(PROJECT_ROOT, 'node_modules', 'vis-timeline', 'styles')));
  app.use(express.static(join(PROJECT_ROOT, 'web')));

  app.use((e: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (e instanceof BadRequest) { res.status(400).json({ error: { code: 'bad-request', message: e.message } }); return; }
    if (e instanceof QueryRefusedError || e instanceof UsageError) { res.status(400).json({ error: { code: e.code, message: e.message } }); return; }
    if (e instanceof NotFoundError) { res.status(404).json({ error: { code: e.code, message: e.message } }); return; }
    const err = e as { code?: string; message?: string; type?: string; status?: number };
    // what express and its body parser refuse: a body that is not JSON or is too large, a malformed URL
    if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
      const message = err.type === 'entity.parse.failed' ? 'the body is not valid JSON'
        : err.type === 'entity.too.large' ? 'the body is larger than 64 KB'
        : err.type === 'charset.unsupported' || err.type === 'encoding.unsupported' ? 'the body\'s charset or encoding is not supported; send UTF-8 JSON'
        : 'the request is malformed';
      res.status(err.status).json({ error: { code: 'bad-request', message } });
      return;
    }
    if (isOutOfMemory(e)) {
      res.status(413).json({ error: { code: 'too-much-memory', message: 'the query needs more memory than one query may use; narrow it (LIMIT, fewer rows collected)' } });
      return;
    }
    if (typeof err.code === 'string' && err.code.startsWith('Neo.ClientError')) {
      const timeout = /Timeout|TransactionTimedOut/i.test(err.code);
      res.status(timeout ? 408 : 400).json({ error: { code: timeout ? 'timeout' : 'query-failed', message: String(err.message ?? '').split('\n')[0] } });
      return;
    }
    res.status(503).json({ error: { code: 'store-error', message: 'the database did not answer; try again' } });
  });
  return app;
}
