// Where the test inputs live.
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const SAMPLES = join(ROOT, 'data', 'articles');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const SHARED = resolve(ROOT, '..', 'shared');
