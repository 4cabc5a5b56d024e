// A vis-network graph that grows by expansion: double-click a node to add a page of its neighbours, again to
// take them away. Filters by label and date hide without refetching. A node cap keeps it interactive: physics
// runs until the layout is stable, then stops.
import { api } from './dom.js';
import { STYLE, relVi, styleOf } from './labels.js';

export const MAX_NODES = 2000;
export const PAGE = 100;

const short = (s, n = 34) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const INSIDE = new Set(['box', 'ellipse', 'circle', 'database', 'text']);

/** A date that places a node or relationship in time, or null: meetings, resolutions, tenures, dated facts. */
function spanOf(props = {}) {
  if (props.from || props.firstSeen || props.to || props.toBasis) {
    return [props.from || props.firstSeen || null, props.toBasis === 'open' ? '9999-12-31' : props.to || props.lastSeen || null];
  }
  const d = props.date || null;
  return d ? [d, d] : null;
}

export class GraphView {
  constructor(container, handlers = {}) {
    this.handlers = handlers;
    this.maxNodes = handlers.maxNodes || MAX_NODES;
    /** neighbours fetched per expansion; "show more" fetches the next page */
    this.page = handlers.page || PAGE;
    this.nodes = new vis.DataSet();
    this.edges = new vis.DataSet();
    this.hidden = new Set();
    this.range = { from: null, to: null };
    /** id → { nodes: [ids it added], edges: [ids], next: skip of the next page, total } */
    this.expanded = new Map();
    this.pinned = new Set();
    const inRange = (props) => {
      const span = spanOf(props);
      if (!span) return true;
      const [a, b] = span;
      return (!this.range.from || !b || b >= this.range.from) && (!this.range.to || !a || a <= this.range.to);
    };
    this.nodeView = new vis.DataView(this.nodes, { filter: (n) => !this.hidden.has(n.group) && inRange(n.data.properties) });
    this.edgeView = new vis.DataView(this.edges, { filter: (e) => inRange(e.data.properties) });
    const groups = Object.fromEntries(Object.entries(STYLE).map(([label, st]) => [label, {
      shape: st.shape, color: { background: st.color, border: shade(st.color), highlight: { background: st.color, border: '#111' }, hover: { background: st.color, border: '#111' } },
      font: { color: INSIDE.has(st.shape) ? '#ffffff' : '#1d2430' }, size: st.shape === 'dot' ? 14 : 16,
    }]));
    this.network = new vis.Network(container, { nodes: this.nodeView, edges: this.edgeView }, {
      groups,
      // a fixed seed: the same data is laid out the same way on every load (a shared view looks the same)
      layout: { improvedLayout: false, randomSeed: 7 },
      nodes: { font: { size: 13, face: 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif' }, borderWidth: 1, widthConstraint: { maximum: 190 } },
      edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, font: { size: 10, align: 'middle', color: '#55606e', strokeWidth: 3 }, color: { color: '#a3adb9', highlight: '#1d2430', hover: '#1d2430' }, smooth: false, width: 1 },
      physics: {
        solver: 'forceAtlas2Based',
        forceAtlas2Based: { gravitationalConstant: -70, springLength: 110, springConstant: 0.06, avoidOverlap: 0.3 },
        stabilization: { enabled: true, iterations: 250, updateInterval: 50 },
        maxVelocity: 60, minVelocity: 1,
      },
      interaction: { hover: true, tooltipDelay: 300, multiselect: false },
    });
    this.stabilizing = false;
    this.network.on('stabilizationIterationsDone', () => this.settle());
    this.network.on('stabilized', () => this.settle());
    this.network.on('click', (p) => {
      if (p.nodes.length) handlers.onSelectNode?.(p.nodes[0]);
      else if (p.edges.length) handlers.onSelectEdge?.(this.edges.get(p.edges[0]));
      else handlers.onDeselect?.();
    });
    this.network.on('doubleClick', (p) => { if (p.nodes.length) this.toggle(p.nodes[0]); });
  }

  /** Physics stops once the layout is stable: a big graph stays interactive. */
  settle() {
    this.stabilizing = false;
    this.network.setOptions({ physics: { enabled: false } });
    this.handlers.onStable?.();
  }

  relayout() {
    if (!this.nodes.length) return;
    this.stabilizing = true;
    this.network.setOptions({ physics: { enabled: true } });
    // Enough iterations for a small graph to find its shape; fewer per node as it grows, so 2,000 nodes settle in seconds.
    const n = this.nodes.length;
    this.network.stabilize(n <= 200 ? 300 : n <= 800 ? 200 : 120);
  }

  has(id) { return Boolean(this.nodes.get(id)); }
  isExpanded(id) { return this.expanded.has(id); }
  node(id) { return this.nodes.get(id)?.data || null; }
  count() { return { nodes: this.nodes.length, edges: this.edges.length, shown: this.nodeView.length }; }

  /** Adds nodes and edges (the API's {nodes, edges}) up to the cap; new nodes start next to `near`. */
  add(graph, near) {
    const room = Math.max(0, this.maxNodes - this.nodes.length);
    const fresh = graph.nodes.filter((n) => !this.nodes.get(n.id));
    const taken = fresh.slice(0, room);
    const at = near && this.nodes.get(near) ? this.network.getPositions([near])[near] : null;
    const nodeItems = taken.map((n, i) => {
      const st = styleOf(n.label);
      const angle = (2 * Math.PI * i) / Math.max(1, taken.length);
      return {
        id: n.id, group: STYLE[n.label] ? n.label : undefined, label: short(n.name), data: n, title: tooltip(n, st),
        ...(at ? { x: at.x + 140 * Math.cos(angle), y: at.y + 140 * Math.sin(angle) } : {}),
      };
    });
    this.nodes.add(nodeItems);
    // Known nodes may have come back with a degree: keep the richer copy.
    for (const n of graph.nodes) {
      const cur = this.nodes.get(n.id);
      if (cur && cur.data.degree === undefined && n.degree !== undefined) this.nodes.update({ id: n.id, data: n, title: tooltip(n, styleOf(n.label)) });
    }
    // Facts are one relationship per article: parallel edges between two nodes curve apart instead of overlapping.
    const pairs = new Map();
    const pairKey = (a, b) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
    for (const e of this.edges.get()) pairs.set(pairKey(e.from, e.to), (pairs.get(pairKey(e.from, e.to)) || 0) + 1);
    const edgeItems = graph.edges
      .filter((e) => !this.edges.get(e.id) && this.nodes.get(e.from) && this.nodes.get(e.to))
      .map((e) => {
        const k = pairs.get(pairKey(e.from, e.to)) || 0;
        pairs.set(pairKey(e.from, e.to), k + 1);
        const smooth = k === 0 ? false : { enabled: true, type: k % 2 ? 'curvedCW' : 'curvedCCW', roundness: 0.18 * Math.ceil(k / 2) };
        // a fact an analyst rejected stays visible, dashed and marked (kg curate reject)
        const rejected = e.properties && e.properties.rejected;
        return { id: e.id, from: e.from, to: e.to, label: rejected ? `${relVi(e.type)} (đã bác bỏ)` : relVi(e.type), data: e, smooth, ...(rejected ? { dashes: [4, 4], color: { color: '#c0392b', opacity: 0.6 } } : {}) };
      });
    this.edges.add(edgeItems);
    this.edges.update(this.edges.get().map((e) => ({ id: e.id, font: { size: this.edges.length > 300 ? 0 : 10 } })));
    if (nodeItems.length) this.relayout();
    return { nodes: nodeItems.map((n) => n.id), edges: edgeItems.map((e) => e.id), skipped: fresh.length - taken.length };
  }

  /** Double-click: expand, or collapse when already expanded. */
  async toggle(id) {
    if (this.expanded.has(id)) { this.collapse(id); return; }
    await this.expand(id);
  }

  /** Fetches the next page of a node's neighbours within the date range; `more` asks for the page after. */
  async expand(id, { more = false } = {}) {
    const prev = this.expanded.get(id);
    const skip = more && prev ? prev.next : 0;
    const q = new URLSearchParams({ limit: String(this.page), skip: String(skip) });
    if (this.range.from) q.set('from', this.range.from);
    if (this.range.to) q.set('to', this.range.to);
    this.handlers.onBusy?.(true, id);
    try {
      const r = await api(`/api/neighbors/${encodeURIComponent(id)}?${q}`);
      if (!this.has(id)) this.add({ nodes: r.nodes.filter((n) => n.id === id), edges: [] });
      const added = this.add(r, id);
      const entry = prev && more ? prev : { nodes: [], edges: [], next: 0, total: 0 };
      entry.nodes.push(...added.nodes); entry.edges.push(...added.edges);
      entry.next = Math.min(r.total, skip + this.page);
      entry.total = r.total;
      entry.skipped = added.skipped;
      this.expanded.set(id, entry);
      this.nodes.update({ id, borderWidth: 3, shadow: { enabled: true, size: 6, x: 0, y: 0, color: 'rgba(0,0,0,.35)' } });
      this.handlers.onExpand?.(id, entry);
      return entry;
    } finally {
      this.handlers.onBusy?.(false, id);
    }
  }

  /** Takes away what expanding the node added, except nodes still tied to the rest or expanded themselves. */
  collapse(id) {
    const entry = this.expanded.get(id);
    if (!entry) return;
    this.expanded.delete(id);
    this.edges.remove(entry.edges);
    const keep = (n) => n === id || this.expanded.has(n) || this.pinned.has(n) || this.network.getConnectedEdges(n).length > 0;
    this.nodes.remove(entry.nodes.filter((n) => this.nodes.get(n) && !keep(n)));
    this.nodes.update({ id, borderWidth: 1, shadow: { enabled: false } });
    this.handlers.onExpand?.(id, null);
  }

  clear() {
    this.nodes.clear(); this.edges.clear(); this.expanded.clear(); this.pinned.clear();
  }

  setHidden(labels) { this.hidden = new Set(labels); this.nodeView.refresh(); }
  setRange(from, to) { this.range = { from: from || null, to: to || null }; this.nodeView.refresh(); this.edgeView.refresh(); }

  select(id) {
    if (!this.nodes.get(id)) return;
    this.network.selectNodes([id]);
  }

  focus(id) {
    if (!this.nodes.get(id)) return;
    this.network.focus(id, { scale: Math.max(0.6, this.network.getScale()), animation: { duration: 300 } });
  }

  fit() { this.network.fit({ animation: false }); }
}

function tooltip(n, st) {
  const d = document.createElement('div');
  d.className = 'tip';
  const b = document.createElement('strong');
  b.textContent = n.name;
  const s = document.createElement('div');
  s.textContent = `${st.vi}${n.degree !== undefined ? ` · ${n.degree} liên kết` : ''} · nhấp đúp để mở rộng`;
  d.append(b, s);
  return d;
}

function shade(hex) {
  const n = parseInt(hex.slice(1), 16);
  const f = (c) => Math.max(0, Math.round(c * 0.7));
  return `#${[(n >> 16) & 255, (n >> 8) & 255, n & 255].map(f).map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
