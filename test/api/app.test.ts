// The API on the real Neo4j of the test run, through supertest.
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { succession } from '../../src/query/leadership';
import { ingest } from '../../src/pipeline/ingest';
import type { Store } from '../../src/store/connect';
import { clearDatabase, openTestStore } from '../support/store';
import { SAMPLES } from '../support/paths';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openTestStore();
  await clearDatabase(store);
  await ingest(store.driver, [SAMPLES]);
  app = createApp({ driver: store.driver });
});
afterAll(async () => { await store.close(); });

test('search is diacritic- and case-insensitive', async () => {
  const r = await request(app).get('/api/search').query({ q: 'lam thi phuong thanh' }).expect(200);
  expect(r.body.results[0]).toMatchObject({ label: 'Person', name: 'Lâm Thị Phương Thanh' });
  const p = await request(app).get('/api/search').query({ q: 'NGUYỄN QUỐC ĐOÀN' }).expect(200);
  expect(p.body.results.map((x: { name: string }) => x.name)).toContain('Nguyễn Quốc Đoàn');
});

test('a node and its neighbours, with the evidence sentence on the edges', async () => {
  const s = await request(app).get('/api/search').query({ q: 'nguyen quoc doan' });
  const id = s.body.results.find((x: { label: string }) => x.label === 'Person').id;
  const n = await request(app).get(`/api/node/${encodeURIComponent(id)}`).expect(200);
  expect(n.body.node.name).toBe('Nguyễn Quốc Đoàn');
  const nb = await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).query({ types: 'CHAIRED' }).expect(200);
  expect(nb.body.edges).toHaveLength(1);
  expect(nb.body.edges[0].properties.sentence).toContain('chủ trì hội nghị');
});

test.each([
  ['/api/search', {}],
  ['/api/search', { q: '   ' }],
  ['/api/search', { q: 'x', limit: 'many' }],
  ['/api/node/NotALabel:abc', {}],
])('bad input %s %j → 400 with a message', async (path, query) => {
  const r = await request(app).get(path).query(query).expect(400);
  expect(r.body.error.message).toEqual(expect.any(String));
  expect(JSON.stringify(r.body)).not.toMatch(/at .*\.ts:\d+/);
});

test('the query endpoint answers reads and refuses writes', async () => {
  const ok = await request(app).post('/api/query').send({ query: 'MATCH (m:Meeting) RETURN count(m) AS n' }).expect(200);
  expect(ok.body).toEqual({ columns: ['n'], rows: [[5]], truncated: false });
  for (const q of ['CREATE (n:X)', 'MATCH (n) DETACH DELETE n', "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'CALL dbms.listConfig()', 'SHOW USERS']) {
    const r = await request(app).post('/api/query').send({ query: q }).expect(400);
    expect(r.body.error.code).toEqual(expect.any(String));
  }
  const bad = await request(app).post('/api/query').send({ query: 'MATCH (n RETURN n' }).expect(400);
  expect(bad.body.error.code).toBe('query-failed');
});

test('stats and the viewer page', async () => {
  const s = await request(app).get('/api/stats').expect(200);
  // the same person in two articles is one node: 6 people, not 7 mentions
  expect(s.body.labels.Person).toBe(6);
  const page = await request(app).get('/').expect(200);
  expect(page.text).toContain('vis-network');
  await request(app).get('/vendor/vis-network/vis-network.min.js').expect(200);
});

test('GET /api/succession answers what kg succession --json prints, for any spelling of the post', async () => {
  const r = await request(app).get('/api/succession').query({ post: 'bi thu tinh uy lang son' }).expect(200);
  expect(r.body).toEqual(await succession(store.driver, 'Bí thư Tỉnh ủy Lạng Sơn'));
  expect(r.body.holders.map((h: { name: string }) => h.name)).toEqual(['Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn']);
  const missing = await request(app).get('/api/succession').query({ post: 'Bí thư Tỉnh ủy Lạng' }).expect(404);
  expect(missing.body.error.message).toMatch(/did you mean/);
  await request(app).get('/api/succession').expect(400);
});

test('computed tenures are nodes of their own: a person\'s neighbours include them, and they open by id', async () => {
  const s = await request(app).get('/api/search').query({ q: 'lam thi phuong thanh' });
  const id = s.body.results.find((x: { label: string }) => x.label === 'Person').id;
  const n = await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).query({ types: 'HAS_TENURE' }).expect(200);
  const tenure = n.body.nodes.find((x: { id: string; properties: { post?: string } }) => x.id.startsWith('Tenure:') && x.properties.post === 'Bí thư Tỉnh ủy Lạng Sơn');
  expect(tenure.properties).toMatchObject({ from: '2018-11-29', to: '2020-12-23', toBasis: 'seen' });
  const t = await request(app).get(`/api/node/${encodeURIComponent(tenure.id)}`).expect(200);
  expect(t.body.node.properties.evidenceArticles).toHaveLength(2);
});
