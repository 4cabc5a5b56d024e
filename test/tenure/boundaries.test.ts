// The 2025 changes of the map as data (src/lexicon/reorganisation.ts) and where they end a post's tenures
// (src/tenure/boundaries.ts, tenuresOfPost).
import { PROVINCES } from '../../src/lexicon/places';
import { REORGANISATIONS } from '../../src/lexicon/reorganisation';
import { boundaryOf } from '../../src/tenure/boundaries';
import { tenuresOfPost, type PostFact, type PostInfo } from '../../src/tenure/tenures';

const provinces2025 = REORGANISATIONS.find((r) => r.id === 'provinces-2025')!;

test('the 2025 mergers: 63 provinces into 34, each province in one merger or none, every merger keeping one of its names', () => {
  const before = PROVINCES.map((p) => p.name).filter((n) => n !== 'Thừa Thiên Huế');
  expect(before).toHaveLength(63);
  const merged = provinces2025.mergers.flatMap((m) => m.from);
  expect(new Set(merged).size).toBe(merged.length);
  for (const n of merged) expect(before).toContain(n);
  for (const m of provinces2025.mergers) expect(m.from).toContain(m.into);
  const unchanged = before.filter((n) => !merged.includes(n));
  expect(unchanged.sort()).toEqual(['Cao Bằng', 'Hà Nội', 'Hà Tĩnh', 'Huế', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa', 'Điện Biên'].sort());
  expect(provinces2025.mergers.length + unchanged.length).toBe(34);
  expect(provinces2025).toMatchObject({ adopted: '2025-06-12', effective: '2025-07-01' });
  expect(provinces2025.source).toMatch(/202\/2025\/QH15/);
});

test.each<[string, string | null, string | null, ReturnType<typeof boundaryOf> extends infer B ? Partial<NonNullable<B>> | null : never]>([
  ['Bí thư Tỉnh ủy Hà Giang', 'Hà Giang', 'provincial', { date: '2025-07-01', reason: 'province merged', becomes: 'Tuyên Quang' }],
  ['Bí thư Tỉnh ủy Tuyên Quang', 'Tuyên Quang', 'provincial', { date: '2025-07-01', reason: 'province merged', becomes: 'Tuyên Quang' }],
  ['Chủ tịch UBND thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'provincial', { reason: 'province merged', becomes: 'Hồ Chí Minh' }],
  ['Bí thư Tỉnh ủy Lạng Sơn', 'Lạng Sơn', 'provincial', null],
  ['Bí thư Tỉnh ủy Thừa Thiên Huế', 'Thừa Thiên Huế', 'provincial', { date: '2025-01-01', reason: 'province renamed', becomes: 'Huế' }],
  ['Bí thư Huyện ủy Lộc Bình', 'Lạng Sơn', 'local', { date: '2025-07-01', reason: 'district level abolished', becomes: null }],
  ['Chủ tịch UBND thị xã Sông Cầu', null, 'local', { reason: 'district level abolished' }],
  ['Bí thư Đảng ủy xã Tân Lập huyện Lộc Bình', 'Lạng Sơn', 'local', null],
  ['Chủ tịch UBND phường 3', null, 'local', null],
  ['Phó Trưởng Ban Tổ chức Trung ương', null, 'national', null],
])('%s', (name, province, scope, expected) => {
  const b = boundaryOf({ name, province, scope });
  if (expected === null) expect(b).toBeNull(); else expect(b).toMatchObject(expected);
});

const HA_GIANG: PostInfo = { key: 'bi-thu-tinh-uy-ha-giang', name: 'Bí thư Tỉnh ủy Hà Giang', seats: 'one', placed: true, province: 'Hà Giang', scope: 'provincial' };
const TUYEN_QUANG: PostInfo = { key: 'bi-thu-tinh-uy-tuyen-quang', name: 'Bí thư Tỉnh ủy Tuyên Quang', seats: 'one', placed: true, province: 'Tuyên Quang', scope: 'provincial' };
const fact = (name: string, date: string, extra: Partial<PostFact> = {}): PostFact => ({
  person: name, name, fact: 'held', kind: null, date, datePrecision: 'day', pageDate: date, former: false, acting: false, concurrent: false,
  term: null, replaces: null, article: `${name}-${date}.txt`, sentence: `${name} ${date}`, rule: 'test', ...extra,
});
const ends = (post: PostInfo, facts: PostFact[]) => tenuresOfPost(post, facts).tenures.map((t) => [t.name, t.to, t.toBasis, t.endReason]);

test('a ceased province\'s post: the last holder held it until the merger at the latest, with the reason and the resolution', () => {
  const r = tenuresOfPost(HA_GIANG, [fact('A', '2019-12-11'), fact('A', '2023-05-02')]);
  expect(r.tenures[0]).toMatchObject({ to: '2025-07-01', toBasis: 'before', endReason: 'province merged' });
  expect(r.tenures[0]!.endSource).toMatch(/202\/2025\/QH15/);
});

test('the surviving name: holders before the change end with it, a holder who took the post after it was adopted holds the new province\'s', () => {
  const r = tenuresOfPost(TUYEN_QUANG, [fact('A', '2021-03-01'), fact('B', '2025-06-30', { fact: 'took', kind: 'assigned' })]);
  expect(r.tenures.map((t) => [t.name, t.to, t.toBasis, t.endReason])).toEqual([['A', '2025-07-01', 'before', 'province merged'], ['B', null, 'open', null]]);
  expect(r.successions.map((s) => s.across)).toEqual(['province merged']);
  expect(r.conflicts).toEqual([]);
});

test('a holder followed by another before the change keeps the end the articles show', () => {
  expect(ends(HA_GIANG, [fact('A', '2016-01-01'), fact('B', '2020-01-01')])).toEqual([
    ['A', '2016-01-01', 'seen', null], ['B', '2025-07-01', 'before', 'province merged'],
  ]);
});

test('a holder the articles call "nguyên" before the change keeps that end (held until then at the latest), not the change\'s', () => {
  expect(ends(HA_GIANG, [fact('A', '2019-03-14'), fact('A', '2021-10-11', { former: true })])).toEqual([['A', '2021-10-11', 'before', null]]);
});

test('a post no change touched is left as the articles show it', () => {
  const LANG_SON: PostInfo = { ...HA_GIANG, key: 'bi-thu-tinh-uy-lang-son', name: 'Bí thư Tỉnh ủy Lạng Sơn', province: 'Lạng Sơn' };
  expect(ends(LANG_SON, [fact('A', '2021-07-14')])).toEqual([['A', null, 'open', null]]);
});
