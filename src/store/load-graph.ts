// Graphs → Neo4j: schema first, then per batch of articles one managed write transaction of
// `UNWIND $rows … MERGE` statements; a changed article's old facts are deleted in the same transaction.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ArticleGraph, GraphNode, GraphRel } from '../schema/graph';
import { NodeLabel, RelType } from '../schema/graph';
import { cypher, cypherStatements } from './cypher';
import { toNeo4j } from './read';

export async function applySchema(driver: Driver): Promise<void> {
  for (const stmt of cypherStatements('schema.cypher')) await driver.executeQuery(stmt);
  await driver.executeQuery('CALL db.awaitIndexes(60)');
}

/** Content hashes of the articles already loaded, by article key. */
export async function readStoredHashes(driver: Driver, keys: string[]): Promise<Map<string, string>> {
  const res = await driver.executeQuery(cypher('load.cypher', 'stored-hashes'), { keys }, { routing: neo4j.routing.READ });
  return new Map(res.records.map((r) => [r.get('key') as string, r.get('hash') as string]));
}


/** What a batch wrote, and the posts whose facts changed (their tenures are computed again). */
export interface LoadCounts { nodes: number; rels: number; posts: string[] }

async function writeBatch(tx: ManagedTransaction, graphs: ArticleGraph[], replaced: string[]): Promise<LoadCounts> {
  const posts = new Set<string>();
  for (const article of replaced) {
    const res = await tx.run(cypher('load.cypher', 'delete-article-facts'), { article });
    for (const k of (res.records[0]?.get('posts') as string[] | undefined) ?? []) posts.add(k);
  }
  const byLabel = new Map<string, GraphNode[]>();
  const byType = new Map<string, GraphRel[]>();
  const group = <T>(m: Map<string, T[]>, k: string, x: T) => { const list = m.get(k); if (list) list.push(x); else m.set(k, [x]); };
  for (const g of graphs) {
    for (const n of g.nodes) {
      group(byLabel, n.label, n);
      if (n.label === 'Post') posts.add(n.key);
    }
    for (const r of g.rels) group(byType, r.type, r);
  }
  let nodes = 0, rels = 0;
  for (const label of NodeLabel.options) {
    const rows = byLabel.get(label);
    if (!rows?.length) continue;
    await tx.run(cypher('load.cypher', `merge-${label}`), { rows: rows.map((n) => toNeo4j({ key: n.key, props: n.props })) });
    nodes += rows.length;
  }
  for (const type of RelType.options) {
    const rows = byType.get(type);
    if (!rows?.length) continue;
    await tx.run(cypher('load.cypher', `merge-${type}`), { rows: rows.map((r) => toNeo4j({ from: r.from.key, to: r.to.key, props: r.props })) });
    rels += rows.length;
  }
  if (replaced.length) await tx.run(cypher('load.cypher', 'delete-orphans'));
  return { nodes, rels, posts: [...posts] };
}

/** Nodes left with no relationship (after replaced articles and recomputed tenures) go. */
export async function deleteOrphans(driver: Driver): Promise<void> {
  await driver.executeQuery(cypher('load.cypher', 'delete-orphans'));
}

/** Loads a batch of article graphs in one transaction; `replaced` lists articles whose old facts go first. */
export async function loadGraphs(driver: Driver, graphs: ArticleGraph[], replaced: string[] = []): Promise<LoadCounts> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writeBatch(tx, graphs, replaced));
  } finally {
    await session.close();
  }
}
