// The sample articles scored against their hand-annotated gold by the shared scorer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SAMPLES, SHARED } from '../support/paths';

const haveGold = existsSync(join(SHARED, 'gold')) && existsSync(join(SHARED, 'eval', 'score.mjs'));

(haveGold ? test : test.skip)('kg extract on the sample articles scores overall F1 ≥ 0.97, no category below 0.90', () => {
  const out = mkdtempSync(join(tmpdir(), 'kg-records-'));
  execFileSync('node', [join(ROOT, 'bin', 'kg.js'), 'extract', SAMPLES, '--records', out], { encoding: 'utf8' });
  const report = execFileSync('node', [join(SHARED, 'eval', 'score.mjs'), '--gold', join(SHARED, 'gold'), '--pred', out], { encoding: 'utf8' });
  const overall = Number(/overall F1 ([\d.]+)/.exec(report)![1]);
  expect(overall).toBeGreaterThanOrEqual(0.97);
  for (const line of report.split('\n').filter((l) => /^(people|holdings|meetings|chairs|speakers|approved|documents|province|authors)\s/.test(l))) {
    const f1 = Number(line.trim().split(/\s+/)[3]);
    expect([line, f1 >= 0.9]).toEqual([line, true]);
  }
});
