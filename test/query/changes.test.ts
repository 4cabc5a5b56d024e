// What changed: pure rows → changes and the Atom feed; then in the real Neo4j, the ten-year story of Chủ tịch
// UBND tỉnh Bắc Kạn (test/fixtures/tenure-story) loaded in two runs, read by `changes` and through the API.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/api/app';
import { EMPTY } from '../../src/curation/curation';
import { ingest } from '../../src/pipeline/ingest';
import { atomFeed, changes, changesOf, type ChangeRows } from '../../src/query/changes';
import type { Store } from '../../src/store/connect';
import { clearDatabase, openTestStore } from '../support/store';
import { FIXTURES, scratchDir } from '../support/paths';

const tenure = (p: Record<string, unknown>) => ({
  post: 'Chủ tịch UBND tỉnh X', postKey: 'chu-tich-ubnd-tinh-x', name: 'A', from: null, fromBasis: 'open', to: null, toBasis: 'open',
  evidenceArticles: ['a.txt'], evidenceSentences: ['Câu A.'], evidenceDates: ['2020-01-01'], ...p,
});
const rows = (ts: Array<Record<string, unknown>>): ChangeRows => ({
  tenures: ts.map((t) => ({ tenure: tenure(t), province: 'X', person: String(t.name ?? 'A'), predecessor: (t.predecessor as string | undefined) ?? null })),
  conflicts: [], curation: EMPTY,
});
const all = { since: null, until: null, province: null };

describe('changes from tenures', () => {
  test.each<[string, Array<Record<string, unknown>>, Array<[string, string, string]>]>([
    ['a stated start is a change, after whom', [{ name: 'B', from: '2021-06-20', fromBasis: 'stated', fromWhy: 'elected (b.txt)', predecessor: 'A', evidenceDates: ['2021-06-20'] }],
      [['2021-06-20', 'took', 'elected (b.txt), after A']]],
    ['a first sighting is none', [{ from: '2019-01-01', fromBasis: 'seen' }], []],
    ['a stated end is', [{ from: '2019-01-01', fromBasis: 'seen', to: '2021-06-20', toBasis: 'stated', toWhy: 'replaced by B, as the text says ("thay")' }],
      [['2021-06-20', 'left', 'replaced by B, as the text says ("thay")']]],
    ['an end bounded by a post taken elsewhere is', [{ to: '2020-07-23', toBasis: 'before', toWhy: 'took Thứ trưởng Bộ Tư pháp on 2020-07-23, which cannot be held with it', toArticle: 'c.txt' }],
      [['2020-07-23', 'left', 'took Thứ trưởng Bộ Tư pháp on 2020-07-23, which cannot be held with it']]],
    ['"nguyên" in an article is no change of that day', [{ to: '2020-07-23', toBasis: 'before', endedBy: '2020-07-23' }], []],
    ['the map\'s change is one line for the province', [
      { name: 'A', to: '2025-07-01', toBasis: 'before', endReason: 'province merged' }, { name: 'B', to: '2025-07-01', toBasis: 'before', endReason: 'province merged' }],
      [['2025-07-01', 'reorganised', 'province merged: the province\'s posts held then ended ()']]],
  ])('%s', (_why, ts, expected) => {
    expect(changesOf(rows(ts), all).map((c) => [c.date, c.kind, c.why])).toEqual(expected);
  });

  test('--since and --until keep the changes of their days, newest first', () => {
    const r = rows([
      { name: 'A', from: '2015-06-05', fromBasis: 'stated', to: '2019-01-15', toBasis: 'stated', evidenceDates: ['2015-06-05', '2019-01-15'], evidenceArticles: ['a1.txt', 'a2.txt'] },
      { name: 'B', from: '2019-01-15', fromBasis: 'stated', evidenceDates: ['2019-01-15'], evidenceArticles: ['a2.txt'] },
    ]);
    expect(changesOf(r, { since: '2016-01-01', until: null, province: null }).map((c) => [c.date, c.kind, c.name, c.article])).toEqual([
      ['2019-01-15', 'left', 'A', 'a2.txt'], ['2019-01-15', 'took', 'B', 'a2.txt'],
    ]);
    expect(changesOf(r, { since: null, until: '2016-01-01', province: null }).map((c) => [c.date, c.kind])).toEqual([['2015-06-05', 'took']]);
  });

  test('the Atom feed: one entry a change, escaped, linking to the post\'s timeline', () => {
    const cs = changesOf(rows([{ name: 'B & C', from: '2021-06-20', fromBasis: 'stated', fromWhyVi: 'được bầu (b.txt)', evidenceDates: ['2021-06-20'], evidenceSentences: ['Câu <B>.'] }]), all);
    const feed = atomFeed(cs, { base: 'http://127.0.0.1:3000', province: 'X', self: 'http://127.0.0.1:3000/changes.atom?province=X' });
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain('<updated>2021-06-20T00:00:00Z</updated>');
    expect(feed).toContain('B &amp; C được bầu Chủ tịch UBND tỉnh X');
    expect(feed).toContain('“Câu &lt;B&gt;.”');
    expect(feed).toContain('href="http://127.0.0.1:3000/#v=timeline&amp;post=Post%3Achu-tich-ubnd-tinh-x"');
  });
});

describe('changes in the real Neo4j: a story loaded in two runs', () => {
  let store: Store;
  let dir: string;
  const STORY = join(FIXTURES, 'tenure-story');
  beforeAll(async () => {
    store = await openTestStore();
    await clearDatabase(store);
    // the first run: the story up to 2020; the second: what came after
    dir = scratchDir('kg-changes-');
    for (const f of readdirSync(STORY)) cpSync(join(STORY, f), join(dir, f));
    for (const f of readdirSync(dir).filter((x) => x >= '207')) rmSync(join(dir, f));
    await ingest(store.driver, [dir]);
    for (const f of readdirSync(STORY).filter((x) => x >= '207')) cpSync(join(STORY, f), join(dir, f));
    await ingest(store.driver, [dir]);
  }, 120_000);
  afterAll(async () => { await store.close(); });

  test('--since lists the new holder with their article, and nothing older', async () => {
    const cs = await changes(store.driver, EMPTY, { since: '2021' });
    expect(cs.every((c) => c.date >= '2021-01-01')).toBe(true);
    const took = cs.find((c) => c.kind === 'took' && c.post === 'Chủ tịch UBND tỉnh Bắc Kạn')!;
    expect([took.date, took.name, took.other, took.article]).toEqual(['2021-06-20', 'Nguyễn Đức Hải', 'Đỗ Minh Quang', '207_backan_ky_hop_thu_nhat_2021.txt']);
    expect(cs.find((c) => c.kind === 'left' && c.name === 'Đỗ Minh Quang')).toMatchObject({ date: '2021-06-20', basis: 'stated' });
  });

  test('--new: only what the last run\'s articles say', async () => {
    const cs = await changes(store.driver, EMPTY, { onlyNew: true });
    expect(cs.length).toBeGreaterThan(0);
    expect(cs.every((c) => c.article !== null && c.article >= '207')).toBe(true);
  });

  test('--province: another province has none', async () => {
    expect(await changes(store.driver, EMPTY, { province: 'Cà Mau' })).toEqual([]);
  });

  test('GET /api/changes and /changes.atom', async () => {
    const app = createApp({ driver: store.driver });
    const r = (await request(app).get('/api/changes').query({ since: '2021', province: 'Bắc Kạn' }).expect(200)).body;
    expect(r.changes.map((c: { kind: string; name: string }) => `${c.kind} ${c.name}`)).toContain('took Nguyễn Đức Hải');
    await request(app).get('/api/changes').query({ since: '2021', until: '2020' }).expect(400);
    await request(app).get('/api/changes').query({ since: '21/06/2021' }).expect(400);
    const feed = await request(app).get('/changes.atom').query({ province: 'Bắc Kạn' }).expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(feed.text).toContain('Nguyễn Đức Hải được bầu Chủ tịch UBND tỉnh Bắc Kạn, sau Đỗ Minh Quang');
  });
});
