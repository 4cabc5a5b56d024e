// The read-only Cypher box: the examples of cypher/examples one click away, parameters as JSON, the result
// as a table or, when it holds nodes, as a graph.
import { ApiError, api, el, post, setState } from './dom.js';
import { GraphView } from './graph.js';

function cell(v) {
  if (v === null || v === undefined) return el('span', { class: 'null' }, 'null');
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v.labels) && v.properties) return `(${v.labels.join(':')} ${v.properties.name ?? v.properties.title ?? v.properties.key ?? ''})`;
  if (typeof v.type === 'string' && v.properties && v.start) return `[:${v.type}]`;
  return JSON.stringify(v);
}

export class CypherBox {
  constructor(root, handlers = {}) {
    this.root = root;
    this.handlers = handlers;
    this.query = root.querySelector('#cypher-query');
    this.params = root.querySelector('#cypher-params');
    this.examples = root.querySelector('#cypher-examples');
    this.state = root.querySelector('#cypher-state');
    this.table = root.querySelector('#cypher-table');
    this.graphBox = root.querySelector('#cypher-graph');
    this.modeButtons = [...root.querySelectorAll('[data-mode]')];
    this.mode = 'table';
    this.result = null;
    this.graph = null;
    root.querySelector('#cypher-run').addEventListener('click', () => this.run());
    this.query.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); this.run(); } });
    this.modeButtons.forEach((b) => b.addEventListener('click', () => this.setMode(b.dataset.mode)));
    this.examples.addEventListener('change', () => {
      const ex = this.list?.find((x) => x.name === this.examples.value);
      if (!ex) return;
      this.query.value = ex.query;
      this.params.value = Object.keys(ex.params).length ? JSON.stringify(ex.params, null, 1) : '';
      this.handlers.onChange?.();
    });
  }

  async loadExamples() {
    try {
      const r = await api('/api/examples');
      this.list = r.examples;
      this.examples.replaceChildren(el('option', { value: '' }, 'Chọn một truy vấn mẫu…'), ...r.examples.map((x) => el('option', { value: x.name }, x.title)));
    } catch { /* the box works without examples */ }
  }

  setMode(mode) {
    this.mode = mode === 'graph' ? 'graph' : 'table';
    this.modeButtons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.mode === this.mode)));
    this.table.hidden = this.mode !== 'table';
    this.graphBox.hidden = this.mode !== 'graph';
    if (this.mode === 'graph' && this.result) this.drawGraph();
    this.handlers.onChange?.();
  }

  async run() {
    let params = {};
    const raw = this.params.value.trim();
    if (raw) {
      try { params = JSON.parse(raw); } catch (e) { setState(this.state, 'error', `Tham số không phải JSON hợp lệ: ${e.message}`); return; }
      if (!params || typeof params !== 'object' || Array.isArray(params)) { setState(this.state, 'error', 'Tham số phải là một đối tượng JSON, ví dụ {"post": "Bí thư Tỉnh ủy Lạng Sơn"}'); return; }
    }
    setState(this.state, 'loading', 'Đang chạy truy vấn…');
    this.handlers.onChange?.();
    const t0 = performance.now();
    try {
      this.result = await this.send({ query: this.query.value, params });
    } catch (e) {
      this.result = null;
      this.table.replaceChildren();
      const msg = e instanceof ApiError ? `${e.code}: ${e.message}` : e.message;
      setState(this.state, 'error', msg);
      return;
    }
    const ms = Math.round(performance.now() - t0);
    const r = this.result;
    const g = r.graph;
    const hasGraph = g && g.nodes.length > 0;
    this.modeButtons.find((b) => b.dataset.mode === 'graph').disabled = !hasGraph;
    setState(this.state, r.rows.length ? 'info' : 'empty', r.rows.length
      ? `${r.rows.length} dòng${r.truncated ? ' (đã cắt ở giới hạn số dòng)' : ''} · ${ms} ms${hasGraph ? ` · ${g.nodes.length} nút, ${g.edges.length} cạnh` : ''}`
      : 'Truy vấn không trả về dòng nào.');
    this.drawTable();
    if (!hasGraph && this.mode === 'graph') this.setMode('table');
    else if (this.mode === 'graph') this.drawGraph();
  }

  /** The query, with the API token when the server asks for one (asked once, kept for this tab only). */
  async send(body) {
    const token = sessionStorage.getItem('kg-token');
    try {
      return await post('/api/query', body, token ? { headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } } : {});
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) throw e;
      const given = window.prompt('Máy chủ này yêu cầu mã truy cập API (KG_API_TOKEN) cho truy vấn Cypher:');
      if (!given) throw e;
      sessionStorage.setItem('kg-token', given);
      return this.send(body);
    }
  }

  drawTable() {
    const r = this.result;
    const t = el('table', { class: 'result' });
    t.append(el('thead', null, el('tr', null, r.columns.map((c) => el('th', null, c)))));
    const body = el('tbody');
    for (const row of r.rows) body.append(el('tr', null, row.map((v) => el('td', null, cell(v)))));
    t.append(body);
    this.table.replaceChildren(t);
  }

  drawGraph() {
    if (!this.graph) {
      this.graph = new GraphView(this.graphBox, { onSelectNode: (id) => this.handlers.onSelectNode?.(id), onSelectEdge: (e) => this.handlers.onSelectEdge?.(e, this.graph) });
    }
    this.graph.clear();
    this.graph.add(this.result.graph);
    this.graph.fit();
  }
}
