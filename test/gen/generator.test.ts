// The corpus generator: deterministic, a plausible world (single seats never held by two at once, namesakes
// across provinces), records in the scorer's shape, and an extraction test at scale: the generated corpus
// scored by kg eval (src/eval).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from '../../src/gen/articles';
import { generateCorpus, parseGenArgs } from '../../src/gen/main';
import { buildWorld, holdersAt, type PostId } from '../../src/gen/world';
import { PROVINCES } from '../../src/lexicon/places';
import { readArticleFile } from '../../src/pipeline/article-files';
import { processArticle } from '../../src/pipeline/process-article';
import { scratchDir } from '../support/paths';
import { runEval } from '../../src/eval/run-eval';

const world = buildWorld(7);

test('the same seed gives the same articles and records; another seed, others', () => {
  for (const i of [0, 1, 99, 12345]) {
    expect(generateArticle(buildWorld(7), 7, i)).toEqual(generateArticle(world, 7, i));
  }
  const other = buildWorld(8);
  expect([0, 1, 2].map((i) => generateArticle(other, 8, i).text)).not.toEqual([0, 1, 2].map((i) => generateArticle(world, 7, i).text));
});

test('the world covers all 63 provinces, and a single seat never has two holders on one day', () => {
  expect(world.provinces.map((p) => p.name).sort()).toEqual(PROVINCES.map((p) => p.name).sort());
  const single: PostId[] = ['BT', 'PBTTT', 'CTHDND', 'CTUBND', 'CTMTTQ', 'TBTC', 'GDKHDT'];
  for (const p of world.provinces) {
    for (const day of ['2012-03-01', '2016-07-15', '2020-12-31', '2024-05-20']) {
      for (const post of single) expect([p.name, post, day, holdersAt(p, post, day).length <= 1]).toEqual([p.name, post, day, true]);
    }
    // leadership changes hands over the years
    expect(new Set(p.tenures.filter((t) => t.post === 'BT').map((t) => t.person.id)).size).toBeGreaterThanOrEqual(2);
  }
});

test('namesakes: some full names belong to different people in different provinces', () => {
  const byName = new Map<string, Set<string>>();
  for (const p of world.people) byName.set(p.name, (byName.get(p.name) ?? new Set()).add(p.province));
  const shared = [...byName.values()].filter((s) => s.size > 1);
  expect(shared.length).toBeGreaterThan(0);
  // never two people of one name in one province: a reader could not tell them apart
  const perProvince = new Map<string, number>();
  for (const p of world.people) perProvince.set(`${p.province}|${p.name}`, (perProvince.get(`${p.province}|${p.name}`) ?? 0) + 1);
  expect([...perProvince.values()].every((n) => n === 1)).toBe(true);
});

test('the language varies as real pages do', () => {
  const texts = Array.from({ length: 400 }, (_, i) => generateArticle(world, 7, i));
  const some = (re: RegExp) => texts.filter((a) => re.test(a.text.normalize('NFC'))).length;
  expect(some(/Tỉnh uỷ/)).toBeGreaterThan(0); // old tone marks
  expect(some(/Ủy ban nhân dân|Hội đồng nhân dân/)).toBeGreaterThan(0); // abbreviations spelled out
  expect(some(/nay \(\d{1,2}\/\d{1,2}\)/)).toBeGreaterThan(0); // "Sáng nay (14/7)"
  expect(some(/^[A-ZĐ]{2,5} ?- /m)).toBeGreaterThan(0); // dateline codes
  expect(some(/số \d+-(NQ|KL|CT)\/TU|số \d+\/KH-UBND/)).toBeGreaterThan(0); // numbered documents
  expect(some(/^Ảnh: /m)).toBeGreaterThan(0); // photo credits, not authors
  expect(texts.filter((a) => a.text !== a.text.normalize('NFC')).length).toBeGreaterThan(0); // NFD
  expect(texts.filter((a) => a.record.province === null).length).toBeGreaterThan(0); // a province never named
  const late = texts.filter((a) => {
    const page = /(\d{2})\/(\d{2})\/(\d{4})/.exec(a.text)!;
    return a.record.meetings[0]!.date! < `${Number(page[3]) - 1}-${page[2]}-${page[1]}`;
  });
  expect(late.length).toBeGreaterThan(0); // pages shown more than a year after the meeting
});

test('records have the scorer\'s shape, and kg extraction scores at least 0.98 on 600 generated articles', () => {
  const dir = scratchDir('kg-gen-');
  generateCorpus({ articles: 600, out: dir, seed: 3 });
  const gold = readdirSync(join(dir, 'gold'));
  expect(gold).toHaveLength(600);
  const run = runEval([join(dir, 'articles')], join(dir, 'gold'));
  expect(run.rejected).toEqual([]);
  expect(run.report.overall).toBeGreaterThanOrEqual(0.98);
}, 120_000);

test.each([
  [['--articles', '10', '--out', '/tmp/x'], { articles: 10, out: '/tmp/x', seed: 1 }],
  [['--articles', '5', '--out', 'd', '--seed', '42'], { articles: 5, seed: 42 }],
])('parseGenArgs(%j)', (argv, expected) => {
  expect(parseGenArgs(argv)).toMatchObject(expected);
});

test.each([
  [[], /--articles/], [['--articles', '0', '--out', 'd'], /--articles/], [['--articles', '3'], /--out/], [['--nope'], /unknown option/],
])('parseGenArgs(%j) says what is wrong', (argv, message) => {
  expect(() => parseGenArgs(argv)).toThrow(message);
});
