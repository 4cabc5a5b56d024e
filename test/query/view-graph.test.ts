// Nodes and relationships as the viewer draws them: ids, display names, and the graph of a query's rows.
import { GraphCollector, displayName, parseNodeId } from '../../src/query/view-graph';
import { leadershipRank } from '../../src/query/viewer';
import { exampleParams } from '../../src/query/examples';

test.each([
  ['Person:lam-thi-phuong-thanh~jgsmig@lang-son~ja4kr7', { label: 'Person', key: 'lam-thi-phuong-thanh~jgsmig@lang-son~ja4kr7' }],
  ['Tenure:post~1|person~2|holder|0', { label: 'Tenure', key: 'post~1|person~2|holder|0' }],
  ['Article:000_b1a23f1789d5980e.txt', { label: 'Article', key: '000_b1a23f1789d5980e.txt' }],
])('parseNodeId(%s): the label before the first colon, the key after it', (id, expected) => {
  expect(parseNodeId(id)).toEqual(expected);
});

test.each(['Person', 'Person:', 'Nope:x', ':x', 'person:x'])('parseNodeId(%s) is a usage error naming the labels', (id) => {
  expect(() => parseNodeId(id)).toThrow(/must be Label:key with a label of Article, Person/);
});

test.each([
  ['Person', { name: 'Nguyễn Quốc Đoàn' }, 'Nguyễn Quốc Đoàn'],
  ['Article', { title: 'Hội nghị Ban Thường vụ Tỉnh ủy' }, 'Hội nghị Ban Thường vụ Tỉnh ủy'],
  ['Tenure', { post: 'Bí thư Tỉnh ủy Lạng Sơn', from: '2018-11-29', to: '2020-12-23', toBasis: 'seen' }, 'Bí thư Tỉnh ủy Lạng Sơn 2018–2020'],
  ['Tenure', { post: 'Bí thư Tỉnh ủy Lạng Sơn', from: '2021-07-14', to: null, toBasis: 'open' }, 'Bí thư Tỉnh ủy Lạng Sơn 2021–nay'],
  ['Tenure', { post: 'Chủ tịch UBND tỉnh Bắc Kạn', from: null, to: '2016-04-28', toBasis: 'before' }, 'Chủ tịch UBND tỉnh Bắc Kạn …–2016'],
  ['Conflict', { post: 'Chủ tịch UBND tỉnh Bắc Kạn' }, 'Mâu thuẫn: Chủ tịch UBND tỉnh Bắc Kạn'],
])('displayName(%s, %j) = %s', (label, props, expected) => {
  expect(displayName(label, props)).toBe(expected);
});

const node = (label: string, key: string, id: string) => ({ labels: [label], properties: { key, name: key, search: 'x' }, elementId: id });
const rel = (type: string, id: string, start: string, end: string) => ({ type, properties: { article: 'a.txt' }, elementId: id, start, end });

test('GraphCollector finds nodes, relationships and paths anywhere in rows, once each, and drops the search field', () => {
  const a = node('Person', 'a', 'e1'), m = node('Meeting', 'm', 'e2'), b = node('Person', 'b', 'e3');
  const g = new GraphCollector();
  g.collect([
    [a, rel('CHAIRED', 'r1', 'e1', 'e2'), m],
    [{ segments: [{ start: b, relationship: rel('SPOKE_AT', 'r2', 'e3', 'e2'), end: m }] }],
    [[a, b], { nested: m }, 'text', 3, null],
    [rel('CHAIRED', 'r3', 'e1', 'e9')],
  ]);
  const out = g.graph();
  expect(out.nodes.map((n) => n.id).sort()).toEqual(['Meeting:m', 'Person:a', 'Person:b']);
  expect(out.nodes[0]!.properties).toEqual({ key: 'a', name: 'a' });
  expect(out.edges.map((e) => [e.type, e.from, e.to])).toEqual([['CHAIRED', 'Person:a', 'Meeting:m'], ['SPOKE_AT', 'Person:b', 'Meeting:m']]);
  expect(out.danglingEdges).toBe(1);
});

test.each([
  ['Bí thư Tỉnh ủy Lạng Sơn', 'Lạng Sơn', 0],
  ['Bí thư Tỉnh uỷ Lạng Sơn', 'Lạng Sơn', 0],
  ['Chủ tịch HĐND tỉnh Bắc Kạn', 'Bắc Kạn', 2],
  ['Chủ tịch Hội đồng nhân dân tỉnh Bắc Kạn', 'Bắc Kạn', 2],
  ['Chủ tịch UBND tỉnh Bắc Kạn', 'Bắc Kạn', 3],
])('leadershipRank(%s): the place of a known leading post, whatever its spelling', (post, province, rank) => {
  expect(leadershipRank(post, province, 1)).toBe(rank);
});

test('leadershipRank: other single seats come after the known ones, those with more tenures first', () => {
  const a = leadershipRank('Giám đốc Sở Tài chính tỉnh Yên Bái', 'Yên Bái', 3);
  const b = leadershipRank('Chánh án Tòa án nhân dân tỉnh Yên Bái', 'Yên Bái', 1);
  expect(a).toBeGreaterThan(leadershipRank('Trưởng Ban Tổ chức Tỉnh ủy Yên Bái', 'Yên Bái', 1));
  expect(a).toBeLessThan(b);
});

test.each([
  ['// Parameters: $post — the post\'s canonical name, e.g. "Bí thư Tỉnh ủy Lạng Sơn".', { post: 'Bí thư Tỉnh ủy Lạng Sơn' }],
  ['// Parameters: $body — e.g. "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"; $year — e.g. "2021".', { body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', year: '2021' }],
  ['MATCH (n) RETURN n', {}],
])('exampleParams reads the example values of the Parameters comment', (text, params) => {
  expect(exampleParams(text)).toEqual(params);
});
