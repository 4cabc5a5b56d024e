// cypher/examples/*.cypher run against the sample corpus in the real Neo4j.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../src/pipeline/ingest';
import { runRead } from '../../src/store/read';
import type { Store } from '../../src/store/connect';
import { clearDatabase, openTestStore } from '../support/store';
import { ROOT, SAMPLES } from '../support/paths';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await clearDatabase(store);
  await ingest(store.driver, [SAMPLES]);
});
afterAll(async () => { await store.close(); });

const example = (name: string) => readFileSync(join(ROOT, 'cypher', 'examples', name), 'utf8');

test('every example file is covered here', () => {
  expect(readdirSync(join(ROOT, 'cypher', 'examples')).sort()).toEqual([
    '01-holders-of-a-post.cypher', '02-who-chaired-what.cypher', '03-resolutions-approved-by-a-body-in-a-year.cypher',
    '04-career-of-a-person.cypher', '05-people-holding-two-posts-at-once.cypher',
  ]);
});

test.each([
  ['01-holders-of-a-post.cypher', { post: 'Bí thư Tỉnh ủy Lạng Sơn' }, (rows: unknown[][]) =>
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['Lâm Thị Phương Thanh', '2018-11-29'], ['Nguyễn Quốc Đoàn', '2021-07-14']])],
  ['02-who-chaired-what.cypher', {}, (rows: unknown[][]) =>
    expect(rows.map((r) => r[2])).toEqual(['Lâm Thị Phương Thanh', 'Lâm Thị Phương Thanh', 'Nguyễn Quốc Đoàn', 'Nguyễn Khắc Thận', 'Nguyễn Tiến Thành', 'Ngô Đông Hải'])],
  ['03-resolutions-approved-by-a-body-in-a-year.cypher', { body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', year: '2021' }, (rows: unknown[][]) =>
    expect(rows).toHaveLength(3)],
  ['04-career-of-a-person.cypher', { name: 'Lâm Thị Phương Thanh' }, (rows: unknown[][]) => {
    expect(rows).toHaveLength(1);
    expect((rows[0]![2] as unknown[]).length).toBe(2);
  }],
  ['05-people-holding-two-posts-at-once.cypher', {}, (rows: unknown[][]) =>
    expect(rows.map((r) => r[0])).toContain('Phạm Ngọc Thưởng')],
])('%s', async (file, params, check) => {
  const r = await runRead(store.driver, example(file), params);
  check(r.rows);
});
