// Property-based tests of the pure stages (test/pipeline/fuzz-properties.ts), each run in a worker thread
// with a deadline: an input on which a stage never finishes fails its test, naming the input, instead of
// stopping the whole run.
import { join } from 'node:path';
import { InWorker } from '../support/in-worker';
import { PROPERTIES } from './fuzz-properties';

/** Far above what any property takes (a few seconds); only a stage that never finishes reaches it. */
const DEADLINE_MS = 150_000;
const worker = new InWorker(join(__dirname, 'fuzz-properties.ts'), 'PROPERTIES');
afterAll(() => worker.close());

test.each(Object.keys(PROPERTIES))('%s', (name) => worker.run(name, DEADLINE_MS), DEADLINE_MS + 10_000);
