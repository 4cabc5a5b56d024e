// Who is who: the ties an article gives a person (src/identity/ties.ts) and the people they make across
// articles (src/identity/identity.ts). Sentences in the project's own words.
import { resolveIdentities, type Atom } from '../../src/identity/identity';
import { identityOfPost, tiesOf, type TieReason } from '../../src/identity/ties';
import { personKey, postIdentityKey } from '../../src/graph/keys';
import { parseArticle } from '../../src/parse/parse-article';
import { extractRecords } from '../../src/extract/extract-records';
import { buildGraph } from '../../src/graph/build-graph';
import { normalizeText } from '../../src/text/canon';

const article = (body: string) => extractRecords(parseArticle(normalizeText(`Thứ Hai, 11/10/2021 - 08:00\n\nTin\n\n${body}\n`), { id: 'a.txt' }));

/** The ties of the named person as the article's graph gives them: [place the tie names, reason]. */
function tiesIn(body: string, name: string): Array<[string, TieReason]> {
  const record = article(body);
  const p = record.people.find((x) => x.name === name)!;
  const node = buildGraph(record, 'h').nodes.find((n) => n.label === 'Reading' && n.props.name === name)!;
  return tiesOf(p, node.key).map((t) => [t.to, t.reason]);
}

const X = 'Trần Văn Bình';
describe('what ties a person\'s posts in one article', () => {
  test.each<[string, string, Array<[string, TieReason]>]>([
    ['a transfer names the old and the new post',
      `Chiều 11/10, Bộ Chính trị điều động đồng chí ${X}, Bí thư Tỉnh ủy Hòa Bình, giữ chức Bí thư Tỉnh ủy Sơn La.`,
      [[personKey(X, 'Hòa Bình'), 'transfer']]],
    ['"nguyên" names an earlier post in another province (the node is the central one: both posts tie to it)',
      `Sáng 10/10, đồng chí ${X}, Phó Trưởng Ban Tổ chức Trung ương, nguyên Bí thư Tỉnh ủy Sơn La chủ trì hội nghị.`,
      [[postIdentityKey(X, 'Phó Trưởng Ban Tổ chức Trung ương'), 'appositive'], [personKey(X, 'Sơn La'), 'former']]],
    ['an appositive list with a central and a provincial post',
      `Sáng 10/10, đồng chí ${X}, Phó Trưởng Ban Dân vận Trung ương, Bí thư Tỉnh ủy Sơn La chủ trì hội nghị.`,
      [[postIdentityKey(X, 'Phó Trưởng Ban Dân vận Trung ương'), 'appositive']]],
    ['a membership of hundreds ties nothing',
      `Sáng 10/10, đồng chí ${X}, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Sơn La chủ trì hội nghị.`,
      []],
    ['posts in one province tie nothing new',
      `Sáng 10/10, đồng chí ${X}, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Sơn La chủ trì hội nghị.`,
      []],
  ])('%s', (_what, body, expected) => {
    expect(tiesIn(body, X)).toEqual(expected);
  });

  test.each<[string, string | null]>([
    ['Bí thư Tỉnh ủy Sơn La', personKey(X, 'Sơn La')],
    ['Phó Trưởng Ban Tổ chức Trung ương', postIdentityKey(X, 'Phó Trưởng Ban Tổ chức Trung ương')],
    ['Ủy viên Ban Chấp hành Trung ương Đảng', null],
    ['Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng', null],
    ['Đại biểu Quốc hội', null],
    ['Bí thư Tỉnh ủy', null],
    // "Thường trực" marks one of the deputies: the same post for telling who is who
    ['Phó Trưởng Ban Thường trực Ban Dân vận Trung ương', postIdentityKey(X, 'Phó Trưởng Ban Dân vận Trung ương')],
  ])('the identity %s stands for', (post, expected) => {
    expect(identityOfPost(X, post)).toBe(expected);
  });
});

describe('people across articles', () => {
  const tie = (to: string, article: string, reason: TieReason = 'transfer') => ({ to, reason, post: 'p', article, sentence: 's', rule: 'r' });
  const A = personKey(X, 'Hòa Bình'), B = personKey(X, 'Sơn La'), C = personKey(X, 'Cà Mau'), V = personKey(X, 'vn');
  const central = postIdentityKey(X, 'Phó Trưởng Ban Tổ chức Trung ương');
  const atoms: Atom[] = [
    { key: A, name: X, province: 'Hòa Bình', ties: [] },
    { key: B, name: X, province: 'Sơn La', ties: [tie(A, '302.txt'), tie(central, '304.txt', 'appositive')] },
    { key: V, name: X, province: null, ties: [tie(central, '305.txt', 'appositive')] },
    { key: C, name: X, province: 'Cà Mau', ties: [] },
  ];

  test('ties join nodes, directly and through a central post both are tied to; a namesake nothing ties stays apart', () => {
    const ids = resolveIdentities(atoms);
    expect(ids.map((i) => i.atoms)).toEqual([[C], [A, B, V].sort()]);
    expect(ids[1]!.person).toBe([A, B, V].sort()[0]);
    expect(ids[1]!.ties.map((t) => t.article).sort()).toEqual(['302.txt', '304.txt', '305.txt']);
    expect(ids[0]!.ties).toEqual([]);
  });

  test('a node in a province since renamed is the same place as the new name\'s: Thừa Thiên Huế and Huế', () => {
    const ids = resolveIdentities([
      { key: personKey(X, 'Thừa Thiên Huế'), name: X, province: 'Thừa Thiên Huế', ties: [] },
      { key: personKey(X, 'Huế'), name: X, province: 'Huế', ties: [] },
      { key: personKey(X, 'Quảng Trị'), name: X, province: 'Quảng Trị', ties: [] },
    ]);
    expect(ids.map((i) => i.atoms.length).sort()).toEqual([1, 2]);
    expect(ids.find((i) => i.atoms.length === 2)!.ties).toEqual([expect.objectContaining({ reason: 'renamed', article: expect.stringMatching(/175\/2024\/QH15/) })]);
  });

  test('the result does not depend on the order nodes and ties come in', () => {
    const expected = resolveIdentities(atoms);
    for (let k = 0; k < 12; k++) {
      const shuffled = [...atoms].map((a) => ({ ...a, ties: [...a.ties].reverse() }));
      for (let i = shuffled.length - 1; i > 0; i--) { const j = (i * 7 + k) % (i + 1); [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]; }
      expect(resolveIdentities(shuffled)).toEqual(expected);
    }
  });
});
