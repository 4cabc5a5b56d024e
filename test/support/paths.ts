// Where the test inputs live, and temporary folders that tests make.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SAMPLES = join(ROOT, 'data', 'articles');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SHARED = resolve(ROOT, '..', 'shared');

const made: string[] = [];
/** A fresh temporary folder, removed when the test file's tests are done. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
// (outside jest, e.g. in a worker of test/support/in-worker.ts, there is nothing to clean up)
if (typeof afterAll === 'function') {
  afterAll(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
}

const announced = new Set<string>();
/**
 * `test` when ../shared has `parts` (e.g. 'dev/gold'), else `test.skip`, and one line on stderr saying what is
 * skipped and why: a clone without ../shared passes its tests.
 */
export function withShared(parts: string[], what: string): jest.It {
  const missing = parts.filter((p) => !existsSync(join(SHARED, p)));
  if (missing.length === 0) return test;
  if (!announced.has(what)) {
    announced.add(what);
    process.stderr.write(`skipped: ${what} (needs ${missing.map((p) => join(SHARED, p)).join(', ')}, not found)\n`);
  }
  return test.skip;
}
