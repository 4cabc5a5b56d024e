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

/** Articles already loaded with these contents: content hash → the article's key. */
export async function readArticlesByHash(driver: Driver, hashes: string[]): Promise<Map<string, string>> {
  const res = await driver.executeQuery(cypher('load.cypher', 'articles-with-hashes'), { hashes }, { routing: neo4j.routing.READ });
  return new Map(res.records.map((r) => [r.get('hash') as string, r.get('key') as string]));
}

/** Content hashes of the articles already loaded, by article key. */
/** Each stored article's content hash and the reading it was stored by (null before readings were stamped). */
export async function readStoredHashes(driver: Driver, keys: string[]): Promise<Map<string, { hash: string; reader: string | null }>> {
  const res = await driver.executeQuery(cypher('load.cypher', 'stored-hashes'), { keys }, { routing: neo4j.routing.READ });
  return new Map(res.records.map((r) => [r.get('key') as string, { hash: r.get('hash') as string, reader: (r.get('reader') as string | null) ?? null }]));
}


/** What a batch wrote, and the posts whose facts changed (their tenures are computed again). */
export interface LoadCounts { nodes: number; rels: number; posts: string[] }

/** Structural relationships: read from names, one per pair of nodes whatever the article (load.cypher). */
const STRUCTURAL = new Set<string>(['OF_BODY', 'IN_PROVINCE']);

async function writeBatch(tx: ManagedTransaction, graphs: ArticleGraph[], replaced: string[], loadedAt: string | null): Promise<LoadCounts> {
  const posts = new Set<string>();
  const touched = new Set<string>();
  for (const article of replaced) {
    const res = await tx.run(cypher('load.cypher', 'delete-article-facts'), { article });
    for (const k of (res.records[0]?.get('posts') as string[] | undefined) ?? []) posts.add(k);
    for (const id of (res.records[0]?.get('ids') as string[] | undefined) ?? []) touched.add(id);
  }
  // A node named by many articles of the batch is written once (its properties as the last one gives them);
  // a structural relationship once per pair.
  const byLabel = new Map<string, Map<string, GraphNode>>();
  const byType = new Map<string, GraphRel[]>();
  const pairs = new Set<string>();
  for (const g of graphs) {
    for (const node of g.nodes) {
      // an article is stamped with the run that loaded it (what `kg changes --new` lists)
      const n = node.label === 'Article' && loadedAt ? { ...node, props: { ...node.props, loadedAt } } : node;
      let m = byLabel.get(n.label);
      if (!m) byLabel.set(n.label, (m = new Map()));
      const prev = m.get(n.key);
      m.set(n.key, prev ? { ...n, props: { ...prev.props, ...n.props } } : n);
      if (n.label === 'Post') posts.add(n.key);
    }
    for (const r of g.rels) {
      if (STRUCTURAL.has(r.type)) {
        const pair = `${r.type}|${r.from.key}|${r.to.key}`;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
      }
      const list = byType.get(r.type);
      if (list) list.push(r); else byType.set(r.type, [r]);
    }
  }
  // The statements go out together (the driver pipelines them; the server runs them in order, nodes first).
  let nodes = 0, rels = 0;
  const runs: Array<Promise<unknown>> = [];
  for (const label of NodeLabel.options) {
    const rows = [...(byLabel.get(label)?.values() ?? [])];
    if (!rows.length) continue;
    runs.push(tx.run(cypher('load.cypher', `merge-${label}`), { rows: rows.map((n) => toNeo4j({ key: n.key, props: n.props })) }));
    nodes += rows.length;
  }
  for (const type of RelType.options) {
    const rows = byType.get(type);
    if (!rows?.length) continue;
    runs.push(tx.run(cypher('load.cypher', `merge-${type}`), { rows: rows.map((r) => toNeo4j({ from: r.from.key, to: r.to.key, props: r.props })) }));
    rels += rows.length;
  }
  await Promise.all(runs);
  if (posts.size) await tx.run(cypher('load.cypher', 'mark-tenures-due'), { posts: [...posts] });
  if (touched.size) {
    await tx.run(cypher('load.cypher', 'mark-identity-due'), { ids: [...touched] });
    await tx.run(cypher('load.cypher', 'delete-orphans'), { ids: [...touched] });
  }
  return { nodes, rels, posts: [...posts] };
}

/**
 * Loads a batch of article graphs in one transaction; `replaced` lists articles whose old facts go first;
 * `loadedAt` (the run's start, ISO) stamps the articles written.
 */
export async function loadGraphs(driver: Driver, graphs: ArticleGraph[], replaced: string[] = [], loadedAt: string | null = null): Promise<LoadCounts> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => writeBatch(tx, graphs, replaced, loadedAt));
  } finally {
    await session.close();
  }
}
