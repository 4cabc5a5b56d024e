// Corrections through the API: listed to anyone; made and removed only with the token, and never when the
// server runs without one; checked against the graph like kg curate.
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { readCuration } from '../../src/curation/curation';
import { ingest } from '../../src/pipeline/ingest';
import { succession } from '../../src/query/leadership';
import type { Store } from '../../src/store/connect';
import { FIXTURES, scratchDir } from '../support/paths';
import { clearDatabase, openTestStore } from '../support/store';

let store: Store;
let path: string;
const TOKEN = 'curate-token';
beforeAll(async () => {
  store = await openTestStore();
  await clearDatabase(store);
  await ingest(store.driver, [join(FIXTURES, 'career')]);
  path = join(scratchDir('kg-api-curate-'), 'curation.json');
});
afterAll(async () => { await store.close(); });

const rename = { kind: 'rename', post: 'Bí thư Tỉnh ủy Sơn La', to: 'Bí thư Tỉnh ủy Sơn La (khóa XV)', reason: 'ghi rõ khóa' };

test('without a token on the server, corrections are listed but never made', async () => {
  const app = createApp({ driver: store.driver, curationPath: path });
  expect((await request(app).get('/api/corrections').expect(200)).body).toEqual({ writable: false, file: 'curation.json', corrections: [] });
  const r = await request(app).post('/api/corrections').send(rename).expect(403);
  expect(r.body.error.message).toMatch(/KG_API_TOKEN/);
  expect(readCuration(path).corrections).toEqual([]);
});

test('with a token: refused without it, made with it, shown in the graph, and removed again', async () => {
  const app = createApp({ driver: store.driver, token: TOKEN, curationPath: path });
  await request(app).post('/api/corrections').send(rename).expect(401);
  await request(app).post('/api/corrections').set('Authorization', 'Bearer wrong').send(rename).expect(401);
  const made = await request(app).post('/api/corrections').set('Authorization', `Bearer ${TOKEN}`).send(rename).expect(200);
  expect(made.body.correction).toMatchObject({ kind: 'rename', to: 'Bí thư Tỉnh ủy Sơn La (khóa XV)', reason: 'ghi rõ khóa' });
  expect((await succession(store.driver, 'Bí thư Tỉnh ủy Sơn La (khóa XV)')).holders).toHaveLength(1);
  const listed = await request(app).get('/api/corrections').expect(200);
  expect(listed.body.writable).toBe(true);
  expect(listed.body.corrections.map((c: { id: string }) => c.id)).toEqual([made.body.correction.id]);
  await request(app).delete(`/api/corrections/${made.body.correction.id}`).expect(401);
  await request(app).delete(`/api/corrections/${made.body.correction.id}`).set('Authorization', `Bearer ${TOKEN}`).expect(200);
  expect(readCuration(path).corrections).toEqual([]);
  expect((await succession(store.driver, 'Bí thư Tỉnh ủy Sơn La')).post).toBe('Bí thư Tỉnh ủy Sơn La');
});

test.each<[string, object | null, number, RegExp]>([
  ['a post nobody holds', { kind: 'rename', post: 'Bí thư Tỉnh ủy Sơn', to: 'x', reason: 'r' }, 404, /did you mean: "Bí thư Tỉnh ủy Sơn La"/],
  ['no reason', { kind: 'rename', post: 'Bí thư Tỉnh ủy Sơn La', to: 'x' }, 400, /reason/],
  ['an unknown kind', { kind: 'delete', reason: 'r' }, 400, /kind/],
  ['a fact that is not there', { kind: 'reject', fact: { type: 'CHAIRED', from: 'x@y', to: 'z', article: 'a.txt' }, reason: 'r' }, 404, /no CHAIRED fact/],
  ['an id that is no correction', null, 404, /no correction/],
])('refused: %s', async (_what, body, status, message) => {
  const app = createApp({ driver: store.driver, token: TOKEN, curationPath: path });
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const r = body ? await request(app).post('/api/corrections').set(auth).send(body).expect(status) : await request(app).delete('/api/corrections/merge-0123456789').set(auth).expect(status);
  expect(r.body.error.message).toMatch(message);
});
