// Extraction scored by kg's own scorer (src/eval): the sample articles and the real reports of ../shared/dev
// against their hand-annotated gold (when ../shared is there), our fixture articles (test/fixtures/articles,
// written in the same style with other provinces, bodies and structures) against the records expected of
// them; and the scorer itself, equal to the reference scorer ../shared/eval/score.mjs on the same input.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runEval, type EvalRun } from '../../src/eval/run-eval';
import { normForScore } from '../../src/eval/score';
import { FIXTURES, ROOT, SAMPLES, SHARED, scratchDir, withShared } from '../support/paths';

const DEV = join(SHARED, 'dev');
const f1 = (run: EvalRun) => Object.fromEntries(run.report.categories.map((c) => [c.category, Number(c.f1.toFixed(3))]));

test.each([
  ['Bí thư Tỉnh uỷ Lạng Sơn', 'bí thư tỉnh ủy lạng sơn'],
  ['Chủ tịch UBND tỉnh Hà Giang', 'chủ tịch ủy ban nhân dân tỉnh hà giang'],
  ['Ủy viên Trung ương Đảng', 'ủy viên ban chấp hành trung ương đảng'],
  ['UVTƯ Đảng', 'ủy viên ban chấp hành trung ương đảng'],
  ['Tỉnh ủy viên', 'ủy viên ban chấp hành đảng bộ tỉnh'],
  ['Bí thư Thành ủy thành phố Huế', 'bí thư thành ủy huế'],
  ['Tỉnh Bà Rịa - Vũng Tàu', 'tỉnh bà rịa vũng tàu'],
  ['đồng chí Nguyễn Văn A', 'nguyễn văn a'],
  ['Bí thư Tỉnh ủy khóa XVI', 'bí thư tỉnh ủy'],
  ['Phó Bí thư TƯ Đoàn', 'phó bí thư trung ương đòan'], // as the reference scorer: "oà" read as old tone placement,
])('normForScore(%j) = %j', (raw, expected) => {
  expect(normForScore(raw)).toBe(expected);
});

test('the fixture articles score overall F1 ≥ 0.97, no category below 0.90', () => {
  const articles = readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt'));
  const gold = readdirSync(join(FIXTURES, 'gold')).filter((f) => f.endsWith('.json'));
  expect(articles.length).toBeGreaterThanOrEqual(15);
  expect(gold.map((f) => f.replace(/\.json$/, ''))).toEqual(articles.map((f) => f.replace(/\.txt$/, '')));
  const run = runEval([join(FIXTURES, 'articles')], join(FIXTURES, 'gold'));
  expect(run.rejected).toEqual([]);
  expect(run.report.overall).toBeGreaterThanOrEqual(0.97);
  for (const [cat, v] of Object.entries(f1(run))) expect([cat, v >= 0.9]).toEqual([cat, true]);
});

withShared(['gold', 'data/articles'], 'the samples scored against ../shared/gold')(
  'the sample articles score overall F1 ≥ 0.97, no category below 0.90', () => {
    const run = runEval([SAMPLES], join(SHARED, 'gold'));
    expect(run.report.overall).toBeGreaterThanOrEqual(0.97);
    for (const [cat, v] of Object.entries(f1(run))) expect([cat, v >= 0.9]).toEqual([cat, true]);
  });

/**
 * The real reports of ../shared/dev (98, of which 42 were added after the rules were written): floors at what
 * is measured now, raised as the reading improves (the README gives the table).
 */
const DEV_FLOORS = { overall: 0.975, people: 0.99, holdings: 0.965, meetings: 0.96, chairs: 0.98, speakers: 0.97, approved: 0.97, documents: 0.96, province: 0.99, authors: 0.97 };

withShared(['dev/articles', 'dev/gold'], 'the real reports of ../shared/dev')('the real reports of ../shared/dev score at least their floors, overall and in every category', () => {
  const run = runEval([join(DEV, 'articles')], join(DEV, 'gold'));
  expect(run.rejected).toEqual([]);
  const got = { overall: Number(run.report.overall.toFixed(3)), ...f1(run) };
  for (const [k, floor] of Object.entries(DEV_FLOORS)) expect([k, got[k as keyof typeof got]! >= floor]).toEqual([k, true]);
});

withShared(['eval/score.mjs', 'dev/gold', 'gold'], 'kg eval compared with ../shared/eval/score.mjs')(
  'kg eval gives the reference scorer\'s table, to the digit, on the samples and the real reports', () => {
    for (const [articles, gold] of [[SAMPLES, join(SHARED, 'gold')], [join(DEV, 'articles'), join(DEV, 'gold')]] as const) {
      const records = scratchDir('kg-eval-');
      execFileSync(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'extract', articles, '--records', records], { encoding: 'utf8' });
      const reference = execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), '--gold', gold, '--pred', records], { encoding: 'utf8' });
      const ours = execFileSync(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'eval', articles, '--gold', gold], { encoding: 'utf8' });
      expect(ours.trim()).toBe(reference.trim());
    }
  });

test('kg eval names a gold file that is not a gold record, and why', () => {
  const gold = scratchDir('kg-badgold-');
  require('node:fs').writeFileSync(join(gold, 'a.json'), '{"people": [{"posts": []}]}');
  expect(() => runEval([SAMPLES], gold)).toThrow(/a\.json: not a gold record: people\.0\.name/);
  require('node:fs').writeFileSync(join(gold, 'a.json'), '{nope');
  expect(() => runEval([SAMPLES], gold)).toThrow(/a\.json: not JSON/);
});
