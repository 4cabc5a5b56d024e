// Extraction scored by the shared scorer (../shared/eval/score.mjs): the five sample articles against their
// hand-annotated gold, and our own fixture articles (test/fixtures/articles, written in the same style with
// other provinces, bodies and structures) against the records expected of them (test/fixtures/gold).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, SAMPLES, SHARED, scratchDir } from '../support/paths';

const SCORER = join(SHARED, 'eval', 'score.mjs');
const CATEGORIES = /^(people|holdings|meetings|chairs|speakers|approved|documents|province|authors)\s/;

function score(articles: string, gold: string): { overall: number; categories: Array<[string, number]>; report: string } {
  const out = scratchDir('kg-records-');
  execFileSync('node', [join(ROOT, 'bin', 'kg.js'), 'extract', articles, '--records', out], { encoding: 'utf8' });
  const report = execFileSync('node', [SCORER, '--gold', gold, '--pred', out, '--verbose'], { encoding: 'utf8' });
  const overall = Number(/overall F1 ([\d.]+)/.exec(report)![1]);
  const categories = report.split('\n').filter((l) => CATEGORIES.test(l)).map((l) => {
    const cols = l.trim().split(/\s+/);
    return [cols[0]!, Number(cols[3])] as [string, number];
  });
  return { overall, categories, report };
}

(existsSync(SCORER) && existsSync(join(SHARED, 'gold')) ? test : test.skip)(
  'the sample articles score overall F1 ≥ 0.97, no category below 0.90', () => {
    const r = score(SAMPLES, join(SHARED, 'gold'));
    expect(r.overall).toBeGreaterThanOrEqual(0.97);
    for (const [cat, f1] of r.categories) expect([cat, f1 >= 0.9]).toEqual([cat, true]);
  });

(existsSync(SCORER) ? test : test.skip)('the fixture articles score overall F1 ≥ 0.95, no category below 0.90', () => {
  const articles = readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt'));
  const gold = readdirSync(join(FIXTURES, 'gold')).filter((f) => f.endsWith('.json'));
  expect(articles.length).toBeGreaterThanOrEqual(15);
  expect(gold.map((f) => f.replace(/\.json$/, ''))).toEqual(articles.map((f) => f.replace(/\.txt$/, '')));
  const r = score(join(FIXTURES, 'articles'), join(FIXTURES, 'gold'));
  // the verbose report names every miss, so a failure here says what went wrong
  expect([r.overall >= 0.95, r.report]).toEqual([true, r.report]);
  for (const [cat, f1] of r.categories) expect([cat, f1 >= 0.9]).toEqual([cat, true]);
});
