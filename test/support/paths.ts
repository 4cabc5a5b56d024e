// Where the test inputs live, and temporary folders that tests make.
import { mkdtempSync, rmSync } from 'node:fs';
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
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
