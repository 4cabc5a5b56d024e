// Nodes and relationships as the viewer draws them: an id "Label:key", a display name, the stored properties
// (without the folded search field). Pure: takes the plain values that store/read.ts makes of Neo4j results.
import { z } from 'zod';
import { UsageError } from '../errors';
import { NodeLabel } from '../schema/graph';

/** The labels of article facts, and those computed on load from them. */
export const ViewLabel = z.enum([...NodeLabel.options, 'Tenure', 'Conflict']);
export type ViewLabel = z.infer<typeof ViewLabel>;

export interface ViewNode { id: string; label: string; key: string; name: string; degree?: number; properties: Record<string, unknown> }
export interface ViewEdge { id: string; type: string; from: string; to: string; properties: Record<string, unknown> }
export interface ViewGraph { nodes: ViewNode[]; edges: ViewEdge[] }

export interface PlainNode { labels: string[]; properties: Record<string, unknown>; elementId: string }
export interface PlainRel { type: string; properties: Record<string, unknown>; elementId: string; start: string; end: string }

export const nodeId = (label: string, key: string): string => `${label}:${key}`;

export function parseNodeId(id: string): { label: ViewLabel; key: string } {
  const i = id.indexOf(':');
  const label = ViewLabel.safeParse(i < 0 ? '' : id.slice(0, i));
  if (i < 0 || !label.success || i === id.length - 1) {
    throw new UsageError(`node id "${id}" must be Label:key with a label of ${ViewLabel.options.join(', ')}`);
  }
  return { label: label.data, key: id.slice(i + 1) };
}

const year = (d: unknown) => (typeof d === 'string' && d.length >= 4 ? d.slice(0, 4) : '…');

/** What a node is called on screen: its name or title; a tenure by its post and years; a conflict by its post. */
export function displayName(label: string, p: Record<string, unknown>): string {
  if (label === 'Tenure') {
    const to = p.toBasis === 'open' ? 'nay' : year(p.to ?? p.lastSeen);
    return `${String(p.post)} ${year(p.from ?? p.firstSeen)}–${to}`;
  }
  if (label === 'Conflict') return `Mâu thuẫn: ${String(p.post)}`;
  return String(p.name ?? p.title ?? p.key);
}

export function viewNode(n: PlainNode, degree?: number): ViewNode {
  const label = n.labels[0] ?? 'Node';
  const { search: _search, ...properties } = n.properties;
  const key = String(n.properties.key);
  return { id: nodeId(label, key), label, key, name: displayName(label, n.properties), ...(degree === undefined ? {} : { degree }), properties };
}

/** A relationship between two nodes already turned into view nodes (ids by element id). */
export function viewEdge(r: PlainRel, ids: Map<string, string>): ViewEdge | null {
  const from = ids.get(r.start), to = ids.get(r.end);
  if (!from || !to) return null;
  return { id: r.elementId, type: r.type, from, to, properties: r.properties };
}

/** Collects nodes and relationships from anywhere in query results, deduplicated: the graph of a result. */
export class GraphCollector {
  private readonly nodes = new Map<string, ViewNode>();
  private readonly ids = new Map<string, string>();
  private readonly rels = new Map<string, PlainRel>();

  node(n: PlainNode | null | undefined, degree?: number): ViewNode | null {
    if (!n) return null;
    const v = viewNode(n, degree);
    const prev = this.nodes.get(v.id);
    if (!prev || (prev.degree === undefined && degree !== undefined)) this.nodes.set(v.id, v);
    this.ids.set(n.elementId, v.id);
    return v;
  }

  rel(r: PlainRel | null | undefined): void {
    if (r) this.rels.set(r.elementId, r);
  }

  /** Walks any plain value (rows of a Cypher result) and keeps every node, relationship and path in it. */
  collect(v: unknown): void {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach((x) => this.collect(x)); return; }
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.labels) && o.properties && typeof o.elementId === 'string') { this.node(o as unknown as PlainNode); return; }
    if (typeof o.type === 'string' && o.properties && typeof o.start === 'string' && typeof o.end === 'string') { this.rel(o as unknown as PlainRel); return; }
    if (Array.isArray(o.segments)) {
      for (const s of o.segments as Array<{ start: unknown; relationship: unknown; end: unknown }>) { this.collect(s.start); this.collect(s.end); this.collect(s.relationship); }
      return;
    }
    Object.values(o).forEach((x) => this.collect(x));
  }

  /** The graph; relationships whose ends are not in it are left out and counted. */
  graph(): ViewGraph & { danglingEdges: number } {
    const edges: ViewEdge[] = [];
    let dangling = 0;
    for (const r of this.rels.values()) {
      const e = viewEdge(r, this.ids);
      if (e) edges.push(e); else dangling += 1;
    }
    return { nodes: [...this.nodes.values()], edges, danglingEdges: dangling };
  }
}
