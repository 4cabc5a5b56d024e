// Opens the store: any Neo4j by NEO4J_URI (neo4j://, neo4j+s://, bolt://), else the embedded one.
// The only place besides load/read that touches neo4j-driver.
import neo4j, { type Driver } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors';
import { ensureEmbedded, kgHome, type Connection } from './embedded';

export interface Store { driver: Driver; connection: Connection; close(): Promise<void> }

export async function resolveConnection(env: NodeJS.ProcessEnv, log?: (l: string) => void): Promise<Connection> {
  if (env.NEO4J_URI) {
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD || '', embedded: false };
  }
  return ensureEmbedded({ home: kgHome(env), log });
}

const withTimeout = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  new Promise<T>((res, rej) => {
    const t = setTimeout(() => rej(new Error(`no answer within ${ms / 1000} s (${what})`)), ms);
    p.then((v) => { clearTimeout(t); res(v); }, (e) => { clearTimeout(t); rej(e); });
  });

/** `retryMs`: how long the driver retries one managed transaction on transient errors (default 15 s). */
export async function openStore(opts: { env?: NodeJS.ProcessEnv; log?: (l: string) => void; connection?: Connection; retryMs?: number } = {}): Promise<Store> {
  const env = opts.env ?? process.env;
  const connection = opts.connection ?? (await resolveConnection(env, opts.log));
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: 5_000,
    maxTransactionRetryTime: opts.retryMs ?? 15_000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await withTimeout(driver.verifyConnectivity(), 15_000, 'verifyConnectivity');
  } catch (e) {
    await driver.close().catch(() => {});
    throw new StoreUnavailableError(`Neo4j at ${connection.uri} is unreachable: ${(e as Error).message.split('\n')[0]}`);
  }
  return { driver, connection, close: () => driver.close() };
}
