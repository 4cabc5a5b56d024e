// The test run's Neo4j: a connection to it and a way to start every integration test from empty.
import { openStore, type Store } from '../../src/store/connect';

export function testEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: process.env.KG_TEST_NEO4J_URI,
    NEO4J_USER: process.env.KG_TEST_NEO4J_USER,
    NEO4J_PASSWORD: process.env.KG_TEST_NEO4J_PASSWORD,
  };
}

export function openTestStore(): Promise<Store> {
  return openStore({ env: testEnv() });
}

export async function clearDatabase(store: Store): Promise<void> {
  const session = store.driver.session();
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Every node and relationship with its properties, sorted: two graphs are equal when their dumps are. */
export async function canonicalDump(store: Store): Promise<string[]> {
  const nodes = await store.driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await store.driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS t, a.key AS a, b.key AS b, properties(r) AS p');
  // when an article was loaded is the run's, not the graph's
  const stable = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).filter((k) => k !== 'loadedAt').sort().map((k) => [k, String(o[k])]));
  return [
    ...nodes.records.map((r) => `N ${(r.get('l') as string[]).join(':')} ${stable(r.get('p') as Record<string, unknown>)}`),
    ...rels.records.map((r) => `R ${r.get('t')} ${r.get('a')} ${r.get('b')} ${stable(r.get('p') as Record<string, unknown>)}`),
  ].sort();
}
