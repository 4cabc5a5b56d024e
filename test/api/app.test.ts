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
  expect(ok.body).toEqual({ columns: ['n'], rows: [[5]], truncated: false, graph: { nodes: [], edges: [], danglingEdges: 0 } });
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
  await request(app).get('/vendor/vis-timeline/vis-timeline-graph2d.min.js').expect(200);
  await request(app).get('/vendor/vis-timeline/vis-timeline-graph2d.min.css').expect(200);
  await request(app).get('/js/main.js').expect(200);
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

const personId = async (q: string) => (await request(app).get('/api/search').query({ q })).body.results.find((x: { label: string }) => x.label === 'Person').id as string;

test('GET /api/overview: the province with most articles, its single-seat leaders now, its latest meetings, as a graph', async () => {
  const r = await request(app).get('/api/overview').expect(200);
  expect(r.body.province).toBe('Lạng Sơn');
  expect(r.body.provinces[0]).toEqual({ name: 'Lạng Sơn', articles: 4 });
  expect(r.body.leaders[0].post.name).toBe('Bí thư Tỉnh ủy Lạng Sơn');
  expect(r.body.leaders[0].current).toEqual([expect.objectContaining({ name: 'Nguyễn Quốc Đoàn', from: '2021-07-14', acting: false })]);
  expect(r.body.leaders.every((l: { post: { properties: { seats: string } } }) => l.post.properties.seats === 'one')).toBe(true);
  expect(r.body.meetings.map((m: { date: string }) => m.date)).toEqual([...r.body.meetings.map((m: { date: string }) => m.date)].sort().reverse());
  expect(r.body.meetings[0]).toMatchObject({ date: '2021-07-14', chairs: [expect.objectContaining({ name: 'Nguyễn Quốc Đoàn' })], approved: 3 });
  // every edge joins two nodes of the graph, and every holder is drawn with the fact that shows them in the post
  const ids = new Set(r.body.graph.nodes.map((n: { id: string }) => n.id));
  for (const e of r.body.graph.edges) { expect(ids.has(e.from)).toBe(true); expect(ids.has(e.to)).toBe(true); }
  expect(r.body.graph.edges.some((e: { type: string; from: string }) => e.type === 'HELD_POST' && e.from === r.body.leaders[0].current[0].person)).toBe(true);
  // any spelling of a province; an unknown one is a 404 naming those there are
  expect((await request(app).get('/api/overview').query({ province: 'lang son' }).expect(200)).body.province).toBe('Lạng Sơn');
  const missing = await request(app).get('/api/overview').query({ province: 'Hà Giang' }).expect(404);
  expect(missing.body.error.message).toContain('Lạng Sơn');
});

test('GET /api/node: properties and provenance (article title, meeting date, the evidence sentence)', async () => {
  const id = await personId('lam thi phuong thanh');
  const r = await request(app).get(`/api/node/${encodeURIComponent(id)}`).expect(200);
  expect(r.body.node).toMatchObject({ id, label: 'Person', name: 'Lâm Thị Phương Thanh' });
  expect(r.body.node.properties.search).toBeUndefined();
  const chaired = r.body.provenance.filter((p: { type: string }) => p.type === 'CHAIRED');
  expect(chaired.map((p: { meetingDate: string }) => p.meetingDate)).toEqual(['2018-11-29', '2020-12-23']);
  expect(chaired[1]).toMatchObject({
    outgoing: true,
    other: { label: 'Meeting', name: 'Hội nghị Ban Thường vụ Tỉnh ủy Lạng Sơn 2020-12-23' },
    article: { title: expect.stringContaining('Hội nghị Ban Thường vụ Tỉnh ủy, kỳ chuyên đề'), pageDate: '2021-01-16' },
  });
  expect(chaired[1].sentence).toContain('Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy');
  // a computed tenure's provenance is the evidence it was computed from
  const nb = await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).query({ types: 'HAS_TENURE' });
  const tenure = nb.body.nodes.find((n: { label: string; name: string }) => n.label === 'Tenure' && n.name.startsWith('Bí thư Tỉnh ủy Lạng Sơn'));
  expect(tenure.name).toBe('Bí thư Tỉnh ủy Lạng Sơn 2018–2020');
  const t = await request(app).get(`/api/node/${encodeURIComponent(tenure.id)}`).expect(200);
  expect(t.body.provenance.map((p: { date: string; article: { title: string } }) => [p.date, Boolean(p.article.title)])).toEqual([['2018-11-29', true], ['2020-12-23', true]]);
  await request(app).get('/api/node/Person:nobody').expect(404);
});

test('GET /api/neighbors pages (total, skip, more) and filters by date, keeping undated facts', async () => {
  const id = await personId('lam thi phuong thanh');
  const all = (await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).expect(200)).body;
  expect(all).toMatchObject({ center: id, total: all.edges.length, more: false });
  const first = (await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).query({ limit: 5 }).expect(200)).body;
  const second = (await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).query({ limit: 5, skip: 5 }).expect(200)).body;
  expect(first).toMatchObject({ total: all.total, more: true });
  expect(first.edges).toHaveLength(5);
  expect([...first.edges, ...second.edges].map((e: { id: string }) => e.id)).toEqual(all.edges.slice(0, 10).map((e: { id: string }) => e.id));
  // neighbours carry their degree, so the viewer can tell what more there is
  expect(first.nodes.filter((n: { id: string }) => n.id !== id).every((n: { degree: number }) => n.degree > 0)).toBe(true);
  // 2020 only: the 2020-12-23 meeting, not the 2018 one; the tenure 2018–2020 overlaps; undated facts stay
  const y2020 = (await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).query({ from: '2020', to: '2020' }).expect(200)).body;
  const meetings = y2020.nodes.filter((n: { label: string }) => n.label === 'Meeting').map((n: { properties: { date: string } }) => n.properties.date);
  expect(meetings).toEqual(['2020-12-23']);
  expect(y2020.nodes.some((n: { label: string }) => n.label === 'Tenure')).toBe(true);
  const y2019 = (await request(app).get(`/api/neighbors/${encodeURIComponent(id)}`).query({ from: '2019-01-01', to: '2019-12' }).expect(200)).body;
  expect(y2019.nodes.filter((n: { label: string }) => n.label === 'Meeting')).toEqual([]);
});

test.each([
  ['/api/neighbors/Person:x', { from: '2021', to: '2020' }, /from must not be after to/],
  ['/api/neighbors/Person:x', { from: '14/07/2021' }, /YYYY/],
  ['/api/neighbors/Person:x', { types: 'CHAIRED;DROP' }, /relationship types/],
  ['/api/neighbors/Person:x', { limit: 0 }, /limit/],
  ['/api/timeline', {}, /exactly one of post= or person=/],
  ['/api/timeline', { post: 'a', person: 'b' }, /exactly one of post= or person=/],
  ['/api/overview', { province: '' }, /province/],
])('bad input %s %j → 400 naming the problem', async (path, query, message) => {
  const r = await request(app).get(path).query(query).expect(400);
  expect(r.body.error.message).toMatch(message);
});

test('GET /api/timeline?post=: one lane per holder in order, the gaps, by name or by id; the same order as kg succession', async () => {
  const r = (await request(app).get('/api/timeline').query({ post: 'bi thu tinh uy lang son' }).expect(200)).body;
  const s = await succession(store.driver, 'Bí thư Tỉnh ủy Lạng Sơn');
  expect(r).toMatchObject({ kind: 'post', name: 'Bí thư Tỉnh ủy Lạng Sơn', province: 'Lạng Sơn', seats: 'one', placed: true, gaps: s.gaps, conflicts: [] });
  expect(r.lanes.map((l: { name: string }) => l.name)).toEqual(s.holders.map((h) => h.name));
  expect(r.items.map((i: { name: string; from: string; to: string | null; toBasis: string }) => [i.name, i.from, i.to, i.toBasis]))
    .toEqual(s.holders.map((h) => [h.name, h.from, h.to, h.toBasis]));
  expect(r.items[0].evidence[0].articleTitle).toEqual(expect.any(String));
  const byId = (await request(app).get('/api/timeline').query({ post: r.id }).expect(200)).body;
  expect(byId.items).toEqual(r.items);
  await request(app).get('/api/timeline').query({ post: 'Bí thư Tỉnh ủy Hà Giang' }).expect(404);
});

test('GET /api/timeline?person=: a career, one lane per post, with the meetings chaired and spoken at', async () => {
  const r = (await request(app).get('/api/timeline').query({ person: 'Lâm Thị Phương Thanh' }).expect(200)).body;
  expect(r).toMatchObject({ kind: 'person', name: 'Lâm Thị Phương Thanh', province: 'Lạng Sơn' });
  expect(r.lanes.map((l: { name: string }) => l.name)).toEqual(['Bí thư Tỉnh ủy Lạng Sơn', 'Ủy viên Ban Chấp hành Trung ương Đảng', 'Hội nghị']);
  expect(r.events.filter((e: { role: string }) => e.role === 'CHAIRED').map((e: { date: string }) => e.date)).toEqual(['2018-11-29', '2020-12-23']);
  expect(r.events[0].articleTitle).toEqual(expect.any(String));
  await request(app).get('/api/timeline').query({ person: 'Không Có Ai' }).expect(404);
});

test('GET /api/examples: the example queries with Vietnamese titles and their example parameters, which run', async () => {
  const r = (await request(app).get('/api/examples').expect(200)).body;
  expect(r.examples.map((x: { name: string }) => x.name)).toContain('01-succession-of-a-post');
  const ex = r.examples.find((x: { name: string }) => x.name === '01-succession-of-a-post');
  expect(ex.title).toBe('Những người kế nhiệm nhau ở một chức vụ');
  expect(ex.params).toEqual({ post: 'Bí thư Tỉnh ủy Lạng Sơn' });
  for (const x of r.examples) {
    const q = await request(app).post('/api/query').send({ query: x.query, params: x.params });
    expect([x.name, q.status]).toEqual([x.name, 200]);
  }
});

test('POST /api/query: nodes, relationships and paths in the rows come back as a graph too', async () => {
  const r = (await request(app).post('/api/query').send({ query: 'MATCH path = (p:Person)-[:CHAIRED]->(m:Meeting) RETURN path' }).expect(200)).body;
  expect(r.graph.nodes.length).toBeGreaterThan(0);
  expect(r.graph.edges.length).toBe(r.rows.length);
  const ids = new Set(r.graph.nodes.map((n: { id: string }) => n.id));
  for (const e of r.graph.edges) { expect(e.type).toBe('CHAIRED'); expect(ids.has(e.from) && ids.has(e.to)).toBe(true); }
  // a relationship whose ends are not returned is counted, not drawn
  const rel = (await request(app).post('/api/query').send({ query: 'MATCH ()-[r:CHAIRED]->() RETURN r LIMIT 1' }).expect(200)).body;
  expect(rel.graph).toEqual({ nodes: [], edges: [], danglingEdges: 1 });
});

describe('hostile requests get a 4xx with a message, never a stack trace or a 5xx', () => {
  const noTrace = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules|Error:/);
  test.each([
    ['a body over 64 KB', () => request(app).post('/api/query').set('Content-Type', 'application/json').send(JSON.stringify({ query: 'RETURN 1', pad: 'x'.repeat(70_000) })), 413, /larger than 64 KB/],
    ['a body that is not JSON', () => request(app).post('/api/query').set('Content-Type', 'application/json').send('{"query": '), 400, /not valid JSON/],
    ['a body of another type', () => request(app).post('/api/query').set('Content-Type', 'text/plain').send('MATCH (n) RETURN n'), 400, /input/],
    ['a JSON array for a body', () => request(app).post('/api/query').send([1, 2]), 400, /input/],
    ['a query that is not a string', () => request(app).post('/api/query').send({ query: { $ne: 1 } }), 400, /query/],
    ['params that are not an object', () => request(app).post('/api/query').send({ query: 'RETURN $x AS x', params: 'x=1' }), 400, /params/],
    ['a query of 10,000 characters', () => request(app).post('/api/query').send({ query: `RETURN ${'1+'.repeat(5_000)}1 AS x` }), 400, /query/],
    ['a repeated parameter', () => request(app).get('/api/search?q=a&q=b'), 400, /q/],
    ['a parameter as an object', () => request(app).get('/api/search?q[$ne]=1'), 400, /q/],
    ['a malformed percent-encoding in the path', () => request(app).get('/api/node/%E0%A4%A'), 400, /malformed|id/],
    ['a node id of 10,000 characters', () => request(app).get(`/api/node/Person:${'a'.repeat(10_000)}`), 400, /./],
    ['an unknown node', () => request(app).get('/api/node/Person:khong-co-ai'), 404, /no node|not/],
    ['an unknown route', () => request(app).get('/api/../../etc/passwd'), 404, /./],
    ['a method a route does not take', () => request(app).delete('/api/search?q=a'), 404, /no such API route/],
    ['a date range backwards', () => request(app).get('/api/neighbors/Person:x?from=2021&to=2020'), 400, /from must not be after to/],
    ['Lucene syntax in a search', () => request(app).get('/api/search').query({ q: 'a* OR name:(x) ~ ^ "' }), 200, /./],
  ])('%s', async (_n, send, status, message) => {
    const r = await send();
    expect(r.status).toBe(status);
    if (status !== 200) expect(r.body.error?.message ?? r.text).toMatch(message);
    noTrace(r.body);
  });
});
