// The part of a corpus set aside (src/eval/split.ts): the same seed, size and names pick the same articles,
// whatever order the names come in; and the dev set's part is the one the README names.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_HOLD_OUT, heldOut } from '../../src/eval/split';
import { ROOT, SHARED, withShared } from '../support/paths';

const names = Array.from({ length: 98 }, (_, i) => `a${String(i).padStart(3, '0')}`);

test.each([
  ['the size asked', { seed: 1, size: 20 }, 20],
  ['no more than there are', { seed: 1, size: 500 }, 98],
  ['one', { seed: 7, size: 1 }, 1],
])('%s', (_why, h, n) => {
  expect(heldOut(names, h).size).toBe(n);
});

test('the pick depends on the seed and the names, not on their order', () => {
  const a = [...heldOut(names, { seed: 2026, size: 20 })];
  expect([...heldOut([...names].reverse(), { seed: 2026, size: 20 })]).toEqual(a);
  expect([...heldOut(names, { seed: 2027, size: 20 })]).not.toEqual(a);
  expect(a).toEqual([...a].sort());
});

withShared(['dev/gold', 'dev/articles'], 'the dev set\'s part set aside')('the dev set\'s part set aside is the one the README names, and kg eval scores it apart', () => {
  const stems = readdirSync(join(SHARED, 'dev', 'gold')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
  const aside = [...heldOut(stems, DEV_HOLD_OUT)];
  const line = /Set aside: ([\d,\s]+)\./.exec(readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\n/g, ' '));
  expect(line?.[1]!.split(/,\s*/).map((x) => x.trim())).toEqual(aside.map((n) => n.slice(0, 3)));
  const json = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin', 'kg.js'), 'eval', join(SHARED, 'dev', 'articles'),
    '--gold', join(SHARED, 'dev', 'gold'), '--hold-out', String(DEV_HOLD_OUT.size), '--seed', String(DEV_HOLD_OUT.seed), '--json'], { encoding: 'utf8' }));
  expect(json.heldOut.names).toEqual(aside);
  expect(json.heldOut.articles + json.rest.articles).toBe(stems.length);
  // the facts of the part set aside are never printed
  expect(json.rest.articlesScored.some((s: { article: string }) => aside.includes(s.article.replace(/\.json$/, '')))).toBe(false);
});
