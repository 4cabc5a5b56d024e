// Bounded retries (src/store/retry.ts): which errors are transient, how long it waits, when it gives up.
import { Neo4jError } from 'neo4j-driver';
import { backoffMs, isTransient, remedyFor, withRetries, type RetryPolicy } from '../../src/store/retry';

const neo = (code: string) => new Neo4jError('x', code, 'x', 'x');
const sock = (code: string) => Object.assign(new Error(code), { code });

test.each([
  ['a deadlock', neo('Neo.TransientError.Transaction.DeadlockDetected'), true],
  ['a database still starting', neo('Neo.TransientError.General.DatabaseUnavailable'), true],
  ['the server gone', neo('ServiceUnavailable'), true],
  ['a session expired', neo('SessionExpired'), true],
  ['a refused socket', sock('ECONNREFUSED'), true],
  ['a reset socket', sock('ECONNRESET'), true],
  ['a syntax error', neo('Neo.ClientError.Statement.SyntaxError'), false],
  ['a constraint violated', neo('Neo.ClientError.Schema.ConstraintValidationFailed'), false],
  ['a bug of ours', new TypeError('x is undefined'), false],
  ['not an error at all', 'oops', false],
])('%s is transient: %s', (_n, e, expected) => {
  expect(isTransient(e)).toBe(expected);
});

const policy: RetryPolicy = { attempts: 4, baseMs: 1000, maxMs: 3000 };

test.each([
  [1, 0.5, 1000], [2, 0.5, 2000], [3, 0.5, 3000], [9, 0.5, 3000],
  [1, 0, 800], [1, 1, 1200], [3, 1, 3000],
])('the wait after attempt %i (random %f) is %i ms', (n, r, ms) => {
  expect(backoffMs(policy, n, () => r)).toBe(ms);
});

async function run(failures: unknown[]) {
  const waits: number[] = [];
  const retried: number[] = [];
  let calls = 0;
  const result = withRetries(async () => {
    const e = failures[calls++];
    if (e !== undefined) throw e;
    return 'done';
  }, policy, { sleep: async (ms) => { waits.push(ms); }, random: () => 0.5, onRetry: (n) => retried.push(n) });
  return { result: await result.then((v) => v, (e: unknown) => e), calls, waits, retried };
}

test('transient errors are retried with growing waits until the work succeeds', async () => {
  const deadlock = neo('Neo.TransientError.Transaction.DeadlockDetected');
  expect(await run([deadlock, sock('ECONNREFUSED'), deadlock])).toEqual({ result: 'done', calls: 4, waits: [1000, 2000, 3000], retried: [1, 2, 3] });
});

test('after the last attempt the error is thrown: the wait is bounded', async () => {
  const gone = neo('ServiceUnavailable');
  const r = await run([gone, gone, gone, gone, gone]);
  expect(r.result).toBe(gone);
  expect(r.calls).toBe(4);
  expect(r.waits.reduce((a, b) => a + b, 0)).toBe(6000);
});

test('an error that is not transient is thrown at once', async () => {
  const syntax = neo('Neo.ClientError.Statement.SyntaxError');
  expect(await run([syntax])).toEqual({ result: syntax, calls: 1, waits: [], retried: [] });
});

// What the summary tells a user to do: "run the same command again" only where repeating can help.
test.each([
  ['Neo4j gone', neo('ServiceUnavailable'), /^Run the same command again$/],
  ['a deadlock', neo('Neo.TransientError.Transaction.DeadlockDetected'), /^Run the same command again$/],
  ['a transaction over its memory limit', neo('Neo.TransientError.General.TransactionMemoryLimit'), /will fail the same way.*KG_NEO4J_TX_MEMORY.*db\.memory\.transaction\.max.*--batch/],
  ['the memory pool exhausted', neo('Neo.TransientError.General.MemoryPoolOutOfMemoryError'), /will fail the same way/],
  ['wrong credentials', neo('Neo.ClientError.Security.Unauthorized'), /will fail the same way.*NEO4J_PASSWORD/],
  ['a syntax error', neo('Neo.ClientError.Statement.SyntaxError'), /will fail the same way.*fault in kg/],
])('after %s the advice is right', (_n, e, advice) => {
  expect(remedyFor(e)).toMatch(advice);
});
