// The guard: security headers and a CSP without inline script, the token on the Cypher endpoint, the rate
// limit, and no bind beyond loopback without a token.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { checkBind, CONTENT_SECURITY_POLICY } from '../../src/api/guard';
import type { Store } from '../../src/store/connect';
import { ROOT } from '../support/paths';
import { openTestStore } from '../support/store';

let store: Store;
beforeAll(async () => { store = await openTestStore(); });
afterAll(async () => { await store.close(); });

test.each(['/', '/api/stats', '/api/nope'])('%s carries the security headers and a CSP without inline script', async (path) => {
  const r = await request(createApp({ driver: store.driver })).get(path);
  expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(r.headers['x-content-type-options']).toBe('nosniff');
  expect(r.headers['x-frame-options']).toBe('DENY');
  expect(r.headers['referrer-policy']).toBe('no-referrer');
  expect(r.headers['x-powered-by']).toBeUndefined();
  const script = /script-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)![1]!;
  expect(script).toBe("'self'");
});

test('the page itself has no inline script and no event-handler attributes', () => {
  const html = readFileSync(join(ROOT, 'web', 'index.html'), 'utf8');
  for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="/);
  expect(html).not.toMatch(/<script[^>]*>[^<]+<\/script>/);
  expect(html).not.toMatch(/\son[a-z]+="/i);
});

test('with a token, the Cypher endpoint requires it; the rest of the API does not', async () => {
  const app = createApp({ driver: store.driver, token: 's3cret-token' });
  const query = { query: 'RETURN 1 AS one' };
  expect((await request(app).post('/api/query').send(query)).status).toBe(401);
  expect((await request(app).post('/api/query').set('Authorization', 'Bearer wrong').send(query)).status).toBe(401);
  const ok = await request(app).post('/api/query').set('Authorization', 'Bearer s3cret-token').send(query).expect(200);
  expect(ok.body.rows).toEqual([[1]]);
  await request(app).post('/api/query').set('X-KG-Token', 's3cret-token').send(query).expect(200);
  await request(app).get('/api/stats').expect(200);
  const refused = await request(app).post('/api/query').send(query);
  expect(refused.body.error).toEqual({ code: 'unauthorized', message: expect.stringContaining('KG_API_TOKEN') });
});

test('a client over the limit gets 429 with Retry-After; clients on this machine are not limited by default', async () => {
  const limited = createApp({ driver: store.driver, rateLimitPerMinute: 60, rateLimitLoopback: true });
  const codes: number[] = [];
  for (let i = 0; i < 125; i++) codes.push((await request(limited).get('/api/nope')).status);
  expect(codes.slice(0, 120).every((c) => c === 404)).toBe(true);
  expect(codes.slice(120)).toEqual([429, 429, 429, 429, 429]);
  const last = await request(limited).get('/api/nope');
  expect(last.status).toBe(429);
  expect(Number(last.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  const local = createApp({ driver: store.driver, rateLimitPerMinute: 60 });
  for (let i = 0; i < 130; i++) expect((await request(local).get('/api/nope')).status).toBe(404);
});

test.each([
  ['127.0.0.1', undefined, true], ['::1', undefined, true], ['localhost', undefined, true],
  ['0.0.0.0', undefined, false], ['192.168.1.10', undefined, false], ['0.0.0.0', 'a-token', true],
])('checkBind(%s, token %s): allowed %s', (host, token, allowed) => {
  if (allowed) expect(() => checkBind(host, token)).not.toThrow();
  else expect(() => checkBind(host, token)).toThrow(/KG_API_TOKEN/);
});
