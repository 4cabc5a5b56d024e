// Read queries in READ access mode with a timeout and a row cap; results become plain JSON values
// (neo4j integers, temporals, nodes and relationships end here).
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

export interface QueryResult { columns: string[]; rows: unknown[][]; truncated: boolean }

/** Whole numbers go in as Neo4j integers, not floats ("LIMIT $n" needs an integer). */
export function toNeo4j(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4j);
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4j(x)]));
  }
  return v;
}

export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return (v as { inSafeRange(): boolean; toNumber(): number; toString(): string }).inSafeRange() ? (v as { toNumber(): number }).toNumber() : String(v);
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (neo4j.isNode(o as never)) {
    const n = o as unknown as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { labels: n.labels, properties: toPlain(n.properties), elementId: n.elementId };
  }
  if (neo4j.isRelationship(o as never)) {
    const r = o as unknown as { type: string; properties: Record<string, unknown>; elementId: string; startNodeElementId: string; endNodeElementId: string };
    return { type: r.type, properties: toPlain(r.properties), elementId: r.elementId, start: r.startNodeElementId, end: r.endNodeElementId };
  }
  if (neo4j.isPath(o as never)) {
    const p = o as unknown as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return { segments: p.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) })) };
  }
  if (neo4j.isDate(o as never) || neo4j.isDateTime(o as never) || neo4j.isLocalDateTime(o as never) || neo4j.isTime(o as never) || neo4j.isLocalTime(o as never) || neo4j.isDuration(o as never)) {
    return String(o);
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));
}

/**
 * A read in READ access mode, at most `maxRows` rows (`truncated` says when there were more), within
 * `timeoutMs` (the server ends the transaction). `retry: false` runs it once, as for queries users write:
 * a query that timed out or ran out of memory is not run again.
 */
export async function runRead(driver: Driver, query: string, params: Record<string, unknown> = {}, opts: { timeoutMs?: number; maxRows?: number; retry?: boolean } = {}): Promise<QueryResult> {
  const maxRows = opts.maxRows ?? 10_000;
  const timeout = opts.timeoutMs ?? 30_000;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const work = async (tx: { run: ManagedTransaction['run'] }): Promise<QueryResult> => {
    const res = tx.run(query, toNeo4j(params) as Record<string, unknown>);
    const rows: unknown[][] = [];
    let columns: string[] = [];
    let truncated = false;
    for await (const rec of res) {
      columns = rec.keys as string[];
      if (rows.length >= maxRows) { truncated = true; break; }
      rows.push(rec.keys.map((k) => toPlain(rec.get(k))));
    }
    if (rows.length === 0) columns = ((await res.keys()) as string[]) ?? [];
    return { columns, rows, truncated };
  };
  try {
    if (opts.retry !== false) return await session.executeRead(work, { timeout });
    const tx = await session.beginTransaction({ timeout });
    try { return await work(tx); } finally { await tx.rollback().catch(() => undefined); }
  } finally {
    await session.close();
  }
}
