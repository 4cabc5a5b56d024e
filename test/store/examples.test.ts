// cypher/examples/*.cypher run against the sample corpus in the real Neo4j.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/pipeline/ingest';
import { runRead } from '../../src/store/read';
import type { Store } from '../../src/store/connect';
import { clearDatabase, openTestStore } from '../support/store';
import { FIXTURES, ROOT, SAMPLES } from '../support/paths';
import { succession } from '../../src/query/leadership';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await clearDatabase(store);
  await ingest(store.driver, [SAMPLES, join(FIXTURES, 'tenure-story')]);
});
afterAll(async () => { await store.close(); });

const example = (name: string) => readFileSync(join(ROOT, 'cypher', 'examples', name), 'utf8');

test('every example file is covered here', () => {
  expect(readdirSync(join(ROOT, 'cypher', 'examples')).sort()).toEqual([
    '01-succession-of-a-post.cypher', '02-who-chaired-what.cypher', '03-resolutions-approved-by-a-body-in-a-year.cypher',
    '04-career-of-a-person.cypher', '05-people-holding-two-posts-at-once.cypher', '06-holder-of-a-post-at-a-date.cypher',
    '07-conflicts.cypher',
  ]);
});

test.each([
  ['01-succession-of-a-post.cypher', { post: 'Bí thư Tỉnh ủy Lạng Sơn' }, (rows: unknown[][]) =>
    expect(rows.map((r) => [r[0], r[2], r[6]])).toEqual([['Lâm Thị Phương Thanh', '2018-11-29', 'Nguyễn Quốc Đoàn'], ['Nguyễn Quốc Đoàn', '2021-07-14', null]])],
  ['02-who-chaired-what.cypher', {}, (rows: unknown[][]) =>
    expect(rows.filter((r) => String(r[1]).endsWith('Lạng Sơn')).map((r) => r[2])).toEqual(['Lâm Thị Phương Thanh', 'Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn'])],
  ['03-resolutions-approved-by-a-body-in-a-year.cypher', { body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', year: '2021' }, (rows: unknown[][]) =>
    expect(rows).toHaveLength(3)],
  ['04-career-of-a-person.cypher', { name: 'Lâm Thị Phương Thanh' }, (rows: unknown[][]) => {
    expect(rows).toHaveLength(1);
    expect((rows[0]![2] as Array<{ post: string }>).map((p) => p.post)).toContain('Bí thư Tỉnh ủy Lạng Sơn');
    expect((rows[0]![3] as unknown[]).length).toBe(2);
  }],
  ['05-people-holding-two-posts-at-once.cypher', {}, (rows: unknown[][]) =>
    expect(rows.filter((r) => r[0] === 'Phạm Ngọc Thưởng').map((r) => [r[1], r[2]])).toEqual([['Chủ tịch UBND tỉnh Lạng Sơn', 'Phó Bí thư Tỉnh ủy Lạng Sơn']])],
  ['06-holder-of-a-post-at-a-date.cypher', { post: 'Chủ tịch UBND tỉnh Bắc Kạn', date: '2016-06-01' }, (rows: unknown[][]) =>
    expect(rows.map((r) => r[0])).toEqual(['Lý Thị Mai'])],
  ['07-conflicts.cypher', {}, (rows: unknown[][]) =>
    expect(rows.map((r) => [r[0], r[1], (r[4] as Array<{ holder: string }>).map((x) => x.holder)])).toEqual([
      ['overlap', 'Chủ tịch UBND tỉnh Bắc Kạn', ['Nguyễn Đức Hải', 'Phan Văn Tùng']],
    ])],
])('%s', async (file, params, check) => {
  const r = await runRead(store.driver, example(file), params);
  check(r.rows);
});

test('the succession example gives the order `kg succession` gives', async () => {
  for (const post of ['Bí thư Tỉnh ủy Lạng Sơn', 'Chủ tịch UBND tỉnh Bắc Kạn']) {
    const r = await runRead(store.driver, example('01-succession-of-a-post.cypher'), { post });
    expect(r.rows.map((x) => [x[0], x[2]])).toEqual((await succession(store.driver, post)).holders.map((h) => [h.name, h.from]));
  }
});
