// Bounded retries around a whole unit of work (a batch's transaction, a chunk of tenures). The driver already
// retries a managed transaction for `maxTransactionRetryTime`; this outer loop rides out a database that is
// restarting or briefly overloaded, says so on each wait, and gives up after a fixed number of attempts.
// Only idempotent work goes through here: every load is a MERGE on a unique key.
import { isRetryableError } from 'neo4j-driver';

export interface RetryPolicy {
  /** attempts in all, the first included */
  attempts: number;
  /** wait before the second attempt; doubled each time */
  baseMs: number;
  /** no single wait is longer */
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseMs: 1_000, maxMs: 8_000 };

const code = (e: unknown): string => String((e as { code?: unknown })?.code ?? '');

/** Neo4j is gone (the connection refused, lost or expired): nothing more can be written until it is back. */
export function isUnavailable(e: unknown): boolean {
  return /^(ServiceUnavailable|SessionExpired|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code(e));
}

/** The work itself needs more memory than a transaction may use: running it again will not help. */
export function isOutOfMemory(e: unknown): boolean {
  return /MemoryPoolOutOfMemory|TransactionOutOfMemory|MemoryLimit/i.test(code(e));
}

/**
 * Transient: the driver's retryable errors (Neo.TransientError.*, service unavailable, session expired) and
 * refused or reset sockets; not a transaction over its memory limit, which is "transient" to Neo4j but would
 * fail the same way again.
 */
export function isTransient(e: unknown): boolean {
  if (isOutOfMemory(e)) return false;
  return isRetryableError(e) || isUnavailable(e) || /^Neo\.TransientError\./.test(code(e));
}

/**
 * What a user can do about a failure that stopped a run, as a sentence: run the same command again only when
 * that can help (Neo4j was away, busy or restarting); otherwise what to change first.
 */
export function remedyFor(e: unknown): string {
  const c = code(e);
  if (isOutOfMemory(e)) {
    return 'Running it again will fail the same way: one transaction needed more memory than Neo4j allows a transaction ' +
      '(db.memory.transaction.max). Give transactions more (KG_NEO4J_TX_MEMORY=512m for the embedded database, ' +
      'db.memory.transaction.max in neo4j.conf for a server), or load in smaller batches (kg ingest --batch 50), then run it again';
  }
  if (/^Neo\.ClientError\.Security\./.test(c)) {
    return 'Running it again will fail the same way: Neo4j refused the credentials or the rights (check NEO4J_USER and NEO4J_PASSWORD, and that the user may write)';
  }
  if (/^Neo\.ClientError\./.test(c)) {
    return `Running it again will fail the same way: Neo4j refused the work as invalid (${c}); this is a fault in kg, not in the articles: report it with this message`;
  }
  return RUN_AGAIN;
}

/** The remedy when Neo4j was away, busy or restarting, and when a run was stopped: repeating loads the rest. */
export const RUN_AGAIN = 'Run the same command again';

/** The wait before attempt n + 1 (n ≥ 1): base · 2^(n-1), at most maxMs, with ±20% jitter from `random`. */
export function backoffMs(policy: RetryPolicy, n: number, random: () => number = Math.random): number {
  const plain = Math.min(policy.maxMs, policy.baseMs * 2 ** (n - 1));
  return Math.round(Math.min(policy.maxMs, plain * (0.8 + 0.4 * random())));
}

export interface RetryHooks {
  onRetry?: (attempt: number, waitMs: number, error: unknown) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function withRetries<T>(work: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY, hooks: RetryHooks = {}): Promise<T> {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      if (attempt >= policy.attempts || !isTransient(e)) throw e;
      const wait = backoffMs(policy, attempt, hooks.random);
      hooks.onRetry?.(attempt, wait, e);
      await sleep(wait);
    }
  }
}
