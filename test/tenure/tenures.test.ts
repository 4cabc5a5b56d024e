// tenuresOfPost: facts of one post → tenures, succession, gaps and conflicts. Table-driven; each row a story.
import { tenuresOfPost, type PostFact, type PostInfo, type PostMove } from '../../src/tenure/tenures';

const SEAT: PostInfo = { key: 'chu-tich-ubnd-tinh-x', name: 'Chủ tịch UBND tỉnh X', seats: 'one', placed: true };

/** A fact in short: "held A 2020-01-05", "took A 2021-03-01 elected", "left A 2021-03-01 left", "former A 2022-01-01". */
function f(spec: string, extra: Partial<PostFact> = {}): PostFact {
  const [fact, name, date, kind] = spec.split(' ');
  return {
    person: name!.toLowerCase(), name: name!, fact: fact === 'former' ? 'held' : (fact as PostFact['fact']),
    kind: (kind as PostFact['kind']) ?? null, date: date === '-' ? null : date!, datePrecision: date === '-' ? null : 'day',
    pageDate: date === '-' ? '2024-01-01' : date!, former: fact === 'former', acting: false, concurrent: false, term: null,
    replaces: null, article: `${spec}.txt`, sentence: spec, rule: 'test', ...extra,
  };
}

const brief = (post: PostInfo, facts: PostFact[]) => {
  const r = tenuresOfPost(post, facts);
  return {
    order: r.tenures.map((t) => `${t.name}${t.acting ? '(acting)' : ''} ${t.from ?? '?'}/${t.fromBasis} – ${t.to ?? '?'}/${t.toBasis}`),
    gaps: r.successions.filter((s) => s.gapFrom).map((s) => `${s.gapFrom}..${s.gapTo}`),
    conflicts: r.conflicts.map((c) => `${c.kind} ${c.from}..${c.to}`),
    successions: r.successions.length,
  };
};

test.each<[string, PostInfo, PostFact[], ReturnType<typeof brief>]>([
  ['two holders seen at meetings: the first closes at its last sighting, the latest is open, the gap explicit', SEAT,
    [f('held A 2018-11-29'), f('held A 2020-12-23'), f('held B 2021-07-14')],
    { order: ['A 2018-11-29/seen – 2020-12-23/seen', 'B 2021-07-14/seen – ?/open'], gaps: ['2020-12-23..2021-07-14'], conflicts: [], successions: 1 }],
  ['a handover on one day (left, elected) is no overlap and no gap', SEAT,
    [f('held A 2013-04-10'), f('left A 2015-06-05 dismissed'), f('former A 2015-06-05'), f('took B 2015-06-05 elected'), f('held B 2015-06-05')],
    { order: ['A 2013-04-10/seen – 2015-06-05/stated', 'B 2015-06-05/stated – ?/open'], gaps: [], conflicts: [], successions: 1 }],
  ['two holders shown the same day: a conflict, both kept', SEAT,
    [f('held A 2022-05-10'), f('held B 2022-05-10'), f('held A 2023-01-01')],
    { order: ['A 2022-05-10/seen – ?/open', 'B 2022-05-10/seen – 2022-05-10/seen'], gaps: [], conflicts: ['overlap 2022-05-10..2022-05-10'], successions: 1 }],
  ['an acting holder, then the same person elected: two tenures, one after the other, no conflict', SEAT,
    [f('held A 2017-09-12'), f('held Q 2018-11-19', { acting: true }), f('held Q 2019-01-15', { acting: true }), f('took Q 2019-01-15 elected')],
    { order: ['A 2017-09-12/seen – 2017-09-12/seen', 'Q(acting) 2018-11-19/seen – 2019-01-15/seen', 'Q 2019-01-15/stated – ?/open'], gaps: ['2017-09-12..2018-11-19'], conflicts: [], successions: 2 }],
  ['"nguyên" alone: a tenure ended by that date, undated, after the dated ones', SEAT,
    [f('held B 2021-07-14'), f('former A 2020-05-01')],
    { order: ['B 2021-07-14/seen – ?/open', 'A ?/open – 2020-05-01/before'], gaps: [], conflicts: [], successions: 0 }],
  ['shown in the post, then called "nguyên": held until then at the latest (nobody else is shown in between)', SEAT,
    [f('held A 2016-01-01'), f('former A 2019-03-01')],
    { order: ['A 2016-01-01/seen – 2019-03-01/before'], gaps: [], conflicts: [], successions: 0 }],
  ['…but someone else shown in between ends it at its last sighting', SEAT,
    [f('held A 2016-01-01'), f('held B 2017-05-01'), f('former A 2019-03-01')],
    { order: ['A 2016-01-01/seen – 2016-01-01/seen', 'B 2017-05-01/seen – ?/open'], gaps: ['2016-01-01..2017-05-01'], conflicts: [], successions: 1 }],
  ['a person who left and came back holds two tenures; the one shown between held it until the next stated start', SEAT,
    [f('held A 2010-01-01'), f('left A 2011-01-01 left'), f('held B 2012-01-01'), f('took A 2014-01-01 appointed')],
    { order: ['A 2010-01-01/seen – 2011-01-01/stated', 'B 2012-01-01/seen – 2014-01-01/before', 'A 2014-01-01/stated – ?/open'], gaps: ['2011-01-01..2012-01-01'], conflicts: [], successions: 2 }],
  ['"thay ông C" when the articles show A before: a replaces-mismatch', SEAT,
    [f('held A 2019-01-01'), f('took B 2020-01-01 elected', { replaces: 'C' })],
    { order: ['A 2019-01-01/seen – 2020-01-01/before', 'B 2020-01-01/stated – ?/open'], gaps: [], conflicts: ['replaces-mismatch 2020-01-01..2020-01-01'], successions: 1 }],
  ['"thay ông A" that agrees: no conflict, and A\'s tenure ends on B\'s start (stated)', SEAT,
    [f('held A 2019-01-01'), f('took B 2020-01-01 elected', { replaces: 'A' })],
    { order: ['A 2019-01-01/seen – 2020-01-01/stated', 'B 2020-01-01/stated – ?/open'], gaps: [], conflicts: [], successions: 1 }],
  ['a month-precision start overlaps only past that month', SEAT,
    [f('held A 2020-10-20'), f('took B 2020-10-01 appointed', { datePrecision: 'month' }), f('held B 2021-01-01')],
    { order: ['B 2020-10-01/stated – ?/open', 'A 2020-10-20/seen – 2020-10-20/seen'], gaps: [], conflicts: [], successions: 1 }],
  ['a holder known only as "nguyên", whom the next holder replaced, comes before them', SEAT,
    [f('former A 2015-09-23'), f('took B 2015-09-23 elected', { replaces: 'A' }), f('took C 2020-07-23 assigned')],
    { order: ['A ?/open – 2015-09-23/stated', 'B 2015-09-23/stated – 2020-07-23/before', 'C 2020-07-23/stated – ?/open'], gaps: [], conflicts: [], successions: 2 }],
  ['…and a successor who replaced B ends B\'s tenure on their start: no gap', SEAT,
    [f('former A 2015-09-23'), f('took B 2015-09-23 elected', { replaces: 'A' }), f('took C 2020-07-23 assigned', { replaces: 'B' })],
    { order: ['A ?/open – 2015-09-23/stated', 'B 2015-09-23/stated – 2020-07-23/stated', 'C 2020-07-23/stated – ?/open'], gaps: [], conflicts: [], successions: 2 }],
  ['an unplaced post ("Bí thư Tỉnh ủy" of no province): holders listed, no succession, no conflict', { ...SEAT, placed: false },
    [f('held A 2022-01-20'), f('held B 2022-01-20')],
    { order: ['A 2022-01-20/seen – ?/open', 'B 2022-01-20/seen – ?/open'], gaps: [], conflicts: [], successions: 0 }],
  ['a shared post: holders side by side, open, a "thay" is a stated succession that ends the one replaced', { ...SEAT, seats: 'many' },
    [f('held A 2020-01-01'), f('held B 2020-02-01'), f('took C 2021-01-01 assigned', { replaces: 'A' })],
    { order: ['A 2020-01-01/seen – 2021-01-01/stated', 'B 2020-02-01/seen – ?/open', 'C 2021-01-01/stated – ?/open'], gaps: [], conflicts: [], successions: 1 }],
  ['facts with no date join the tenure begun before their page date', SEAT,
    [f('held A 2019-01-01'), f('held A -')],
    { order: ['A 2019-01-01/seen – ?/open'], gaps: [], conflicts: [], successions: 0 }],
])('%s', (_name, post, facts, expected) => {
  expect(brief(post, facts)).toEqual(expected);
});

test('every tenure keeps its evidence: article, sentence, rule and date', () => {
  const r = tenuresOfPost(SEAT, [f('held A 2018-11-29'), f('held A 2020-12-23')]);
  expect(r.tenures[0]!.evidence).toEqual([
    { article: 'held A 2018-11-29.txt', sentence: 'held A 2018-11-29', rule: 'test', date: '2018-11-29' },
    { article: 'held A 2020-12-23.txt', sentence: 'held A 2020-12-23', rule: 'test', date: '2020-12-23' },
  ]);
});

test('the same facts in any order give the same tenures', () => {
  const facts = [f('held A 2013-04-10'), f('left A 2015-06-05 dismissed'), f('took B 2015-06-05 elected'), f('held C 2018-01-01'), f('held B 2016-01-01')];
  const a = tenuresOfPost(SEAT, facts);
  const b = tenuresOfPost(SEAT, [...facts].reverse());
  expect(b).toEqual(a);
});

describe('a post taken elsewhere that cannot be held with this one ends it by its start', () => {
  const PROVINCE: PostInfo = { ...SEAT, province: 'Lạng Sơn', scope: 'provincial' };
  /** A post A took elsewhere: "Thứ trưởng Bộ Tư pháp 2020-07-23", a central one, or a province's single seat. */
  const move = (post: string, date: string, where: Partial<PostMove> = {}): PostMove => ({
    person: 'a', post: post.toLowerCase(), postName: post, seats: 'many', province: null, scope: 'national', title: post.split(' Bộ ')[0]!,
    acting: false, date, datePrecision: 'day', article: `${post}.txt`, sentence: `${post} ${date}`, rule: 'test', ...where,
  });
  const end = (post: PostInfo, facts: PostFact[], moves: PostMove[]) =>
    tenuresOfPost(post, facts, moves).tenures.map((t) => [t.name, t.to, t.toBasis, t.toWhy]);
  test.each<[string, PostInfo, PostFact[], PostMove[], Array<[string, string | null, string, string | null]>]>([
    ['a full-time central post (deputy minister)', PROVINCE, [f('took A 2015-09-23 elected')], [move('Thứ trưởng Bộ Tư pháp', '2020-07-23')],
      [['A', '2020-07-23', 'before', 'took Thứ trưởng Bộ Tư pháp on 2020-07-23, which cannot be held with it']]],
    ['a single seat in another province', PROVINCE, [f('held A 2019-01-01')],
      [move('Bí thư Tỉnh ủy Gia Lai', '2021-03-01', { seats: 'one', scope: 'provincial', province: 'Gia Lai', title: 'Bí thư' })],
      [['A', '2021-03-01', 'before', 'took Bí thư Tỉnh ủy Gia Lai on 2021-03-01, which cannot be held with it']]],
    ['a province\'s shared post (a deputy secretary) ends too', { ...PROVINCE, seats: 'many' }, [f('held A 2019-01-01')], [move('Thứ trưởng Bộ Tư pháp', '2020-07-23')],
      [['A', '2020-07-23', 'before', 'took Thứ trưởng Bộ Tư pháp on 2020-07-23, which cannot be held with it']]],
    ['a seat in the same province is no move', PROVINCE, [f('held A 2019-01-01')],
      [move('Bí thư Tỉnh ủy Lạng Sơn', '2021-03-01', { seats: 'one', scope: 'provincial', province: 'Lạng Sơn', title: 'Bí thư' })],
      [['A', null, 'open', null]]],
    ['a membership at the centre is no move', PROVINCE, [f('held A 2019-01-01')],
      [move('Ủy viên Ban Chấp hành Trung ương Đảng', '2021-01-30', { title: 'Ủy viên' })],
      [['A', null, 'open', null]]],
    ['shown here after taking the other post: the articles disagree, and the end stays as they show it', PROVINCE,
      [f('held A 2019-01-01'), f('held A 2022-01-01'), f('held B 2023-01-01')], [move('Thứ trưởng Bộ Tư pháp', '2020-07-23')],
      [['A', '2022-01-01', 'seen', 'last shown holding it; someone else is shown in it later'], ['B', null, 'open', null]]],
    ['someone else shown here before the move: it ended at the last sighting', PROVINCE,
      [f('held A 2019-01-01'), f('held B 2019-06-01')], [move('Thứ trưởng Bộ Tư pháp', '2020-07-23')],
      [['A', '2019-01-01', 'seen', 'last shown holding it; someone else is shown in it later'], ['B', null, 'open', null]]],
    ['a stated end stays', PROVINCE, [f('held A 2019-01-01'), f('left A 2020-01-01 left')], [move('Thứ trưởng Bộ Tư pháp', '2020-07-23')],
      [['A', '2020-01-01', 'stated', 'left the post (left A 2020-01-01 left.txt)']]],
  ])('%s', (_why, post, facts, moves, expected) => {
    expect(end(post, facts, moves)).toEqual(expected);
  });
});

test('each bound says why, in English and in Vietnamese', () => {
  const r = tenuresOfPost(SEAT, [f('took A 2019-01-01 elected'), f('took B 2020-01-01 elected', { replaces: 'A' })]);
  expect(r.tenures.map((t) => [t.fromWhy, t.fromWhyVi, t.toWhy, t.toWhyVi])).toEqual([
    ['elected (took A 2019-01-01 elected.txt)', 'được bầu (took A 2019-01-01 elected.txt)', 'replaced by B, as the text says ("thay")', 'B nhận chức thay'],
    ['elected (took B 2020-01-01 elected.txt)', 'được bầu (took B 2020-01-01 elected.txt)', null, null],
  ]);
  expect(r.tenures[0]!.toArticle).toBe('took B 2020-01-01 elected.txt');
});

describe('one misread article does not bend the graph', () => {
  const story = (late: PostFact[]) => [
    f('took A 2015-01-10 elected', { article: 'a1.txt' }), f('held A 2016-03-01', { article: 'a2.txt' }),
    f('took B 2018-05-05 elected', { article: 'a3.txt', replaces: 'A' }), f('held B 2019-06-01', { article: 'a5.txt' }), ...late,
  ];
  test('shown after the successor took the seat, by one article alone: doubtful, and the tenure ends where the others say', () => {
    const r = tenuresOfPost(SEAT, story([f('held A 2019-03-01', { article: 'a4.txt' })]));
    expect(r.tenures.map((t) => `${t.name} ${t.from} – ${t.to ?? '?'}/${t.toBasis}`)).toEqual(['A 2015-01-10 – 2018-05-05/stated', 'B 2018-05-05 – ?/open']);
    expect(r.conflicts.map((c) => [c.kind, c.from])).toEqual([['doubtful', '2019-03-01']]);
    expect(r.conflicts[0]!.messageVi).toMatch(/^Nghi vấn: chỉ bài a4\.txt cho thấy A giữ chức/);
    // the evidence is kept, marked
    expect(r.tenures[0]!.evidence.filter((e) => e.article === 'a4.txt').map((e) => e.rule)).toEqual(['test (doubtful)']);
  });
  test('two articles showing the same are no misreading: both count (and overlap)', () => {
    const r = tenuresOfPost(SEAT, story([f('held A 2019-03-01', { article: 'a4.txt' }), f('held A 2019-04-01', { article: 'a6.txt' })]));
    expect(r.conflicts.map((c) => c.kind)).not.toContain('doubtful');
    expect(r.tenures.find((t) => t.name === 'A')!.lastSeen).toBe('2019-04-01');
  });
  test('a fact an analyst confirmed is never doubtful', () => {
    const r = tenuresOfPost(SEAT, story([f('held A 2019-03-01', { article: 'a4.txt', confirmed: true })]));
    expect(r.conflicts.map((c) => c.kind)).not.toContain('doubtful');
  });
  test('a holder who took the seat again is no misreading', () => {
    const r = tenuresOfPost(SEAT, story([f('left B 2019-01-01 left', { article: 'a7.txt' }), f('took A 2019-02-01 elected', { article: 'a4.txt' }), f('held A 2019-03-01', { article: 'a4.txt' })]));
    expect(r.conflicts.map((c) => c.kind)).not.toContain('doubtful');
  });
});

test('a holder elected in one report and succeeded years later held the seat in between: the day in between has one holder', () => {
  const r = tenuresOfPost(SEAT, [f('took A 2015-04-06 elected'), f('held A 2016-01-10'), f('took B 2019-11-29 elected')]);
  expect(r.tenures.map((t) => [t.name, t.from, t.to, t.toBasis, t.toWhy])).toEqual([
    ['A', '2015-04-06', '2019-11-29', 'before', 'held until B took the seat on 2019-11-29, nobody else being shown in it'],
    ['B', '2019-11-29', null, 'open', null],
  ]);
  expect(r.successions.map((s) => s.gapDays)).toEqual([0]);
});
