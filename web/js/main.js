// The viewer: search, a start view of a province, a graph that grows by expansion, timelines of tenures and a
// read-only Cypher box. It talks only to the kg API; its state lives in the URL.
import { correctionList, correctionNote, correctionsOf, edgeCorrectionForms, loadCorrections, nodeCorrectionForms } from './corrections.js';
import { CypherBox } from './cypher.js';
import { renderEdge, renderNode } from './details.js';
import { $, $$, ApiError, api, el, setState, tag } from './dom.js';
import { GraphView, MAX_NODES } from './graph.js';
import { STYLE, styleOf, viDate } from './labels.js';
import { onExternalChange, readState, writeState } from './state.js';
import { TimelineView } from './timeline.js';

const state = { v: 'graph' };
const details = $('#details');
let overviewData = null;
let selected = null;

/** What an API error says, in Vietnamese first; the server's own words follow as the detail. */
const ERROR_VI = {
  'not-found': 'Không tìm thấy', 'bad-request': 'Yêu cầu không hợp lệ', usage: 'Yêu cầu không hợp lệ', 'query-refused': 'Truy vấn bị từ chối (chỉ được đọc)',
  timeout: 'Truy vấn chạy quá lâu', 'query-failed': 'Truy vấn lỗi', 'too-much-memory': 'Truy vấn cần quá nhiều bộ nhớ', 'store-error': 'Cơ sở dữ liệu không trả lời; hãy thử lại',
  unauthorized: 'Cần mã truy cập (token)', forbidden: 'Mã truy cập không cho phép việc này',
};
const errorText = (e) => (e instanceof ApiError ? `${ERROR_VI[e.code] ?? 'Lỗi'} (chi tiết: ${e.message})` : e && e.message ? `Lỗi: ${e.message}` : String(e));
const save = (push = false) => writeState(state, push);

// ---------------------------------------------------------------------------------------------------------
// Views

function show(view, push = false) {
  state.v = view;
  for (const v of ['graph', 'timeline', 'cypher']) {
    $(`#view-${v}`).hidden = v !== view;
    $(`#tab-${v}`).setAttribute('aria-selected', String(v === view));
  }
  if (view === 'graph') graph.network.redraw();
  if (view === 'timeline' && timeline.timeline) timeline.timeline.redraw();
  save(push);
}
$$('.tabs button').forEach((b) => b.addEventListener('click', () => {
  show(b.dataset.view, true);
  if (b.dataset.view === 'timeline' && !timeline.data) openTimeline({ post: overviewData?.leaders[0]?.post.id }).catch(() => {});
}));

// ---------------------------------------------------------------------------------------------------------
// Graph

const graphState = $('#graph-state');
const notice = $('#graph-notice');
const graph = new GraphView($('#graph'), {
  onSelectNode: (id) => selectNode(id),
  onSelectEdge: (e) => selectEdge(e, graph),
  onDeselect: () => { selected = null; delete state.sel; save(); showOverviewPanel(); },
  onBusy: (busy) => { if (busy) setState(graphState, 'loading', 'Đang tải láng giềng…'); else setState(graphState, null); },
  onExpand: (id, entry) => {
    const open = new Set(state.open || []);
    if (entry) open.add(id); else open.delete(id);
    state.open = [...open];
    save();
    updateCounter();
    if (entry && entry.skipped) {
      notice.replaceChildren(`Đã đạt giới hạn ${MAX_NODES.toLocaleString('vi-VN')} nút: ${entry.skipped} nút không được thêm. Thu gọn bớt (nhấp đúp), ẩn bớt loại nút hoặc lọc theo thời gian.`);
      notice.hidden = false;
    }
    if (selected === id) selectNode(id);
  },
  onStable: () => updateCounter(),
});

function updateCounter() {
  const c = graph.count();
  $('#counter').textContent = `${c.shown} / ${c.nodes} nút hiện · ${graph.edges.length} cạnh · tối đa ${MAX_NODES.toLocaleString('vi-VN')}`;
  renderLegend();
}

function renderLegend() {
  const counts = {};
  for (const n of graph.nodes.get()) counts[n.data.label] = (counts[n.data.label] || 0) + 1;
  const legend = $('#legend');
  legend.replaceChildren(...Object.entries(STYLE).map(([label, st]) => {
    const b = tag(st.vi, st.color, st.shape);
    const btn = el('button', { type: 'button', class: b.className, style: { '--c': st.color }, 'aria-pressed': String(!graph.hidden.has(label)), title: `${label}: nhấp để ẩn/hiện`, dataset: { label } },
      st.vi, el('span', { class: 'count' }, String(counts[label] || 0)));
    btn.addEventListener('click', () => {
      const hide = new Set(graph.hidden);
      if (hide.has(label)) hide.delete(label); else hide.add(label);
      graph.setHidden([...hide]);
      state.hide = [...hide];
      save();
      updateCounter();
    });
    return btn;
  }));
}

/**
 * Puts a node on the graph, expanded or not; a node put there by hand stays when neighbours collapse.
 * Expanding brings the node itself with its neighbours, so only an unexpanded node is fetched alone.
 */
async function place(id, expand) {
  const had = graph.has(id);
  if (expand) { if (!graph.isExpanded(id)) await graph.expand(id); }
  else if (!had) graph.add({ nodes: [(await api(`/api/node/${encodeURIComponent(id)}`)).node], edges: [] });
  if (!had) graph.pinned.add(id);
}

async function openNode(id, { expand = true } = {}) {
  show('graph', true);
  setState(graphState, 'loading', 'Đang tải…');
  try {
    await place(id, expand);
    setState(graphState, null);
    graph.select(id);
    graph.focus(id);
    await selectNode(id);
  } catch (e) {
    setState(graphState, 'error', errorText(e));
  }
  updateCounter();
}

async function selectNode(id) {
  selected = id;
  state.sel = id;
  save();
  setState(details, 'loading', 'Đang tải chi tiết…');
  let d;
  try {
    d = await api(`/api/node/${encodeURIComponent(id)}`);
  } catch (e) {
    setState(details, 'error', errorText(e));
    return;
  }
  if (selected !== id) return;
  details.className = 'details';
  details.hidden = false;
  const label = d.node.label;
  const actions = [];
  if (graph.has(id)) {
    actions.push({ id: 'btn-expand', primary: true, label: graph.isExpanded(id) ? 'Thu gọn' : `Mở rộng (${d.degree})`, onClick: async () => { await graph.toggle(id); } });
  } else {
    actions.push({ id: 'btn-show', primary: true, label: 'Hiện trên đồ thị', onClick: () => openNode(id) });
  }
  if (label === 'Person') actions.push({ id: 'btn-timeline', label: 'Quá trình công tác', onClick: () => openTimeline({ person: id }) });
  if (label === 'Post') actions.push({ id: 'btn-timeline', label: 'Dòng thời gian giữ chức', onClick: () => openTimeline({ post: id }) });
  if (label === 'Tenure') actions.push({ id: 'btn-timeline', label: 'Dòng thời gian của chức vụ', onClick: () => openTimeline({ post: `Post:${d.node.properties.postKey}` }) });
  const entry = graph.expanded.get(id);
  let expansion = null;
  if (entry) {
    expansion = el('div', { class: 'expansion', id: 'expansion' }, `Đang hiện ${Math.min(entry.next, entry.total)} / ${entry.total} láng giềng.`);
    if (entry.next < entry.total) {
      expansion.append(' ', el('button', { type: 'button', id: 'btn-more', onclick: async () => { await graph.expand(id, { more: true }); } }, `Hiện thêm ${Math.min(graph.page, entry.total - entry.next)}`));
    }
  }
  renderNode(details, d, { actions, expansion, onOpen: (other) => (graph.has(other) ? (graph.select(other), graph.focus(other), selectNode(other)) : openNode(other)) });
  // what an analyst corrected here, and the corrections offered (with the server's token only)
  const note = correctionNote(correctionsOf(d.node));
  if (note) details.querySelector('.details-head')?.after(note);
  const forms = nodeCorrectionForms(d.node, () => selectNode(id));
  if (forms.length) details.append(el('h3', null, 'Chỉnh sửa'), ...forms);
}

const keyOf = (id) => id.slice(id.indexOf(':') + 1);

async function selectEdge(edge, view) {
  selected = null;
  const from = view.node(edge.from), to = view.node(edge.to);
  let article = null;
  if (edge.data.properties.article) {
    try { article = (await api(`/api/node/${encodeURIComponent(`Article:${edge.data.properties.article}`)}`)).node; } catch { /* shown without title */ }
  }
  details.className = 'details';
  renderEdge(details, edge, from, to, article, (id) => openNode(id));
  const note = correctionNote(correctionsOf(edge.data));
  if (note) details.querySelector('.details-head')?.after(note);
  const forms = edgeCorrectionForms(edge, keyOf(edge.from), keyOf(edge.to), () => selectEdge(edge, view));
  if (forms.length) details.append(el('h3', null, 'Chỉnh sửa'), ...forms);
}

// ---------------------------------------------------------------------------------------------------------
// Start view: the province's leaders now and its latest meetings

async function loadOverview(province) {
  setState(graphState, 'loading', 'Đang tải tổng quan…');
  try {
    overviewData = await api(`/api/overview${province ? `?province=${encodeURIComponent(province)}` : ''}`);
  } catch (e) {
    setState(graphState, 'error', errorText(e));
    return;
  }
  setState(graphState, null);
  state.p = overviewData.province || undefined;
  save();
  if (!overviewData.province) {
    setState(graphState, 'empty', 'Chưa có bài báo nào trong cơ sở dữ liệu. Chạy: npx kg ingest data/articles');
  }
  graph.add(overviewData.graph);
  overviewData.graph.nodes.forEach((n) => graph.pinned.add(n.id));
  updateCounter();
  renderQuick();
  if (!selected) showOverviewPanel();
}

function showOverviewPanel() {
  const o = overviewData;
  if (!o) return;
  details.className = 'details overview';
  details.hidden = false;
  details.replaceChildren();
  const select = el('select', { id: 'province', 'aria-label': 'Tỉnh' }, o.provinces.map((p) => el('option', { value: p.name, selected: p.name === o.province }, `${p.name} (${p.articles} bài)`)));
  select.addEventListener('change', () => goHome(select.value));
  details.append(el('h2', null, 'Tổng quan'), el('p', null, 'Tỉnh ', select));
  if (!o.province) { details.append(el('p', { class: 'muted' }, 'Chưa có dữ liệu.')); return; }
  details.append(el('h3', null, 'Lãnh đạo hiện nay (theo bài mới nhất)'));
  const ul = el('ul', { class: 'leaders', id: 'leaders' });
  for (const l of o.leaders) {
    const li = el('li', { dataset: { post: l.post.id } });
    const head = el('div', { class: 'holder' }, el('a', { href: '#', class: 'node-link post', onclick: (e) => { e.preventDefault(); openNode(l.post.id); } }, l.post.name),
      el('button', { type: 'button', class: 'timeline-link', title: 'Dòng thời gian giữ chức', onclick: () => openTimeline({ post: l.post.id }) }, 'Dòng thời gian'));
    li.append(head);
    for (const c of l.current) {
      li.append(el('div', { class: 'holder' }, el('a', { href: '#', class: 'node-link', onclick: (e) => { e.preventDefault(); openNode(c.person); } }, c.name),
        el('span', { class: 'since' }, `${c.acting ? 'quyền · ' : ''}từ ${c.from ? viDate(c.from) : '?'}`)));
    }
    if (!l.current.length && l.latest) {
      li.append(el('div', { class: 'holder' }, el('a', { href: '#', class: 'node-link', onclick: (e) => { e.preventDefault(); openNode(l.latest.person); } }, l.latest.name),
        el('span', { class: 'since' }, `thấy lần cuối ${viDate(l.latest.lastSeen || l.latest.to) || '?'}`)));
    }
    ul.append(li);
  }
  details.append(ul);
  details.append(el('h3', null, 'Hội nghị gần đây'));
  const ml = el('ul', { class: 'meetings', id: 'meetings' });
  for (const m of o.meetings) {
    ml.append(el('li', null, el('span', { class: 'date' }, viDate(m.date) || 'không rõ ngày'),
      el('a', { href: '#', class: 'node-link', onclick: (e) => { e.preventDefault(); openNode(m.id); } }, m.name),
      m.chairs.length ? el('div', { class: 'muted small' }, `Chủ trì: ${m.chairs.map((c) => c.name).join(', ')}${m.approved ? ` · thông qua ${m.approved} văn bản` : ''}`) : null));
  }
  if (!o.meetings.length) ml.append(el('li', { class: 'muted' }, 'Chưa có hội nghị nào.'));
  details.append(ml);
  details.append(el('h3', null, 'Thay đổi gần đây'), recentChanges(o.province));
  details.append(el('p', { class: 'muted small' }, 'Nhấp một nút để xem chi tiết và nguồn; nhấp đúp để mở rộng, nhấp đúp lần nữa để thu gọn.'));
  details.append(correctionList());
}

// who took or left which post lately (GET /api/changes), each linking to the post's timeline
const CHANGE_VI = { took: 'nhận chức', left: 'rời chức', conflict: 'mâu thuẫn', correction: 'hiệu chỉnh', reorganised: 'sắp xếp' };
function recentChanges(province) {
  const ul = el('ul', { class: 'changes', id: 'changes' }, el('li', { class: 'muted' }, 'Đang tải…'));
  api(`/api/changes?province=${encodeURIComponent(province)}&limit=8`).then((r) => {
    ul.replaceChildren(...r.changes.map((c) => el('li', { dataset: { kind: c.kind } },
      el('span', { class: 'date' }, viDate(c.date)), ' ', el('span', { class: 'muted small' }, CHANGE_VI[c.kind] || c.kind), ' ',
      c.postKey
        ? el('a', { href: '#', class: 'node-link', title: c.sentence || '', onclick: (e) => { e.preventDefault(); openTimeline({ post: `Post:${c.postKey}` }); } }, c.whyVi)
        : el('span', null, c.whyVi))));
    if (!r.changes.length) ul.append(el('li', { class: 'muted' }, 'Chưa có thay đổi nào.'));
    ul.append(el('li', { class: 'small' }, el('a', { href: `/changes.atom?province=${encodeURIComponent(province)}` }, 'Theo dõi bằng Atom')));
  }, (e) => ul.replaceChildren(el('li', { class: 'muted' }, errorText(e))));
  return ul;
}

async function goHome(province) {
  graph.clear();
  notice.hidden = true;
  selected = null;
  state.open = []; delete state.sel;
  show('graph', true);
  await loadOverview(province || state.p);
}

$('#home').addEventListener('click', () => goHome());
$('#brand').addEventListener('click', (e) => { e.preventDefault(); goHome(); });
$('#fit').addEventListener('click', () => graph.fit());
$('#clear').addEventListener('click', () => {
  graph.clear(); notice.hidden = true; state.open = []; delete state.p; delete state.sel; selected = null; save(); updateCounter();
  setState(graphState, 'empty', 'Đồ thị trống. Tìm một người, chức vụ hay hội nghị ở ô tìm kiếm, hoặc bấm “Trang đầu”.');
});

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;
function parseBound(v) {
  v = v.trim();
  if (!v) return '';
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (vi) return `${vi[3]}-${vi[2].padStart(2, '0')}-${vi[1].padStart(2, '0')}`;
  if (!DAY.test(v)) throw new Error(`"${v}": nhập năm (2021), tháng (2021-07) hoặc ngày (14/07/2021)`);
  return v;
}
const widen = (d, end) => (!d ? null : d.length === 10 ? d : d.length === 7 ? `${d}${end ? '-31' : '-01'}` : `${d}${end ? '-12-31' : '-01-01'}`);
$('#range').addEventListener('submit', (e) => {
  e.preventDefault();
  try {
    const from = parseBound($('#from').value), to = parseBound($('#to').value);
    if (from && to && widen(from, false) > widen(to, true)) throw new Error('“Từ” phải trước “Đến”.');
    applyRange(from, to);
    setState($('#banner'), null);
  } catch (err) { setState($('#banner'), 'error', err.message); }
});
$('#range-clear').addEventListener('click', () => { $('#from').value = ''; $('#to').value = ''; applyRange('', ''); });
function applyRange(from, to) {
  graph.setRange(widen(from, false), widen(to, true));
  state.from = from || undefined; state.to = to || undefined;
  save();
  updateCounter();
}

// ---------------------------------------------------------------------------------------------------------
// Search with suggestions

class Suggest {
  constructor(input, list, { labels, onPick }) {
    this.input = input; this.list = list; this.labels = labels; this.onPick = onPick;
    this.items = []; this.active = -1; this.timer = null; this.ctrl = null;
    input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.fetch(), 140); });
    input.addEventListener('keydown', (e) => this.key(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => { if (this.items.length) this.open(); });
  }
  async fetch() {
    const q = this.input.value.trim();
    if (!q) { this.items = []; this.close(); return; }
    this.ctrl?.abort();
    this.ctrl = new AbortController();
    try {
      const r = await api(`/api/search?q=${encodeURIComponent(q)}&limit=${this.labels ? 40 : 15}`, { signal: this.ctrl.signal });
      this.items = (this.labels ? r.results.filter((x) => this.labels.includes(x.label)) : r.results).slice(0, 15);
      this.active = this.items.length ? 0 : -1;
      this.render();
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.items = [];
      this.list.replaceChildren(el('li', { class: 'none' }, errorText(e)));
      this.open();
    }
  }
  render() {
    this.list.replaceChildren();
    if (!this.items.length) this.list.append(el('li', { class: 'none' }, 'Không tìm thấy kết quả'));
    this.items.forEach((x, i) => {
      const st = styleOf(x.label);
      const li = el('li', { role: 'option', id: `${this.list.id}-${i}`, 'aria-selected': String(i === this.active), dataset: { id: x.id } },
        tag(st.vi, st.color, st.shape), el('span', { class: 'name' }, x.name), x.detail ? el('span', { class: 'detail' }, /^\d{4}-\d{2}-\d{2}$/.test(x.detail) ? viDate(x.detail) : x.detail) : null);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); this.pick(i); });
      this.list.append(li);
    });
    this.open();
  }
  open() { this.list.hidden = false; this.input.setAttribute('aria-expanded', 'true'); }
  close() { this.list.hidden = true; this.input.setAttribute('aria-expanded', 'false'); }
  key(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.items.length) return;
      e.preventDefault();
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.items.length) % this.items.length;
      this.render();
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active >= 0) this.pick(this.active);
      else this.fetch().then(() => { if (this.items.length) this.pick(0); });
    } else if (e.key === 'Escape') this.close();
  }
  pick(i) {
    const x = this.items[i];
    if (!x) return;
    this.close();
    this.onPick(x);
  }
}

new Suggest($('#q'), $('#suggest'), { onPick: (x) => openNode(x.id) });
new Suggest($('#tl-q'), $('#tl-suggest'), { labels: ['Post', 'Person'], onPick: (x) => openTimeline(x.label === 'Post' ? { post: x.id } : { person: x.id }) });

// ---------------------------------------------------------------------------------------------------------
// Timelines

const timeline = new TimelineView($('#timeline-head'), $('#timeline-chart'), $('#timeline-side'), {
  onSelect: (id) => { selected = id; selectNode(id); },
  onOpen: (id) => openNode(id),
});

async function openTimeline(q, switchTo = true) {
  if (!q.post && !q.person) return;
  if (switchTo) show('timeline', true);
  delete state.post; delete state.person;
  Object.assign(state, q);
  save();
  const st = $('#timeline-state');
  setState(st, 'loading', 'Đang tải dòng thời gian…');
  try {
    const d = await timeline.load(q);
    setState(st, null);
    $('#tl-q').value = d.name;
    if (switchTo) selectNode(d.id);
  } catch (e) {
    setState(st, 'error', errorText(e));
  }
}

function renderQuick() {
  const quick = $('#tl-quick');
  if (!overviewData) return;
  quick.replaceChildren(...overviewData.leaders.slice(0, 6).map((l) => el('button', { type: 'button', onclick: () => openTimeline({ post: l.post.id }) }, l.post.name)));
}

// ---------------------------------------------------------------------------------------------------------
// Cypher

const cypherBox = new CypherBox($('#view-cypher'), {
  onSelectNode: (id) => selectNode(id),
  onSelectEdge: (e, view) => selectEdge(e, view),
  onChange: () => { state.q = cypherBox.query.value; state.params = cypherBox.params.value.trim() || undefined; state.mode = cypherBox.mode; save(); },
});
cypherBox.loadExamples();

// ---------------------------------------------------------------------------------------------------------
// Stats, state from the URL, start

async function loadStats() {
  try {
    const s = await api('/api/stats');
    const parts = ['Person', 'Post', 'Meeting', 'Article'].map((l) => `${styleOf(l).vi}: ${s.labels[l] || 0}`);
    $('#stats').textContent = parts.join(' · ');
  } catch (e) {
    setState($('#banner'), 'error', `Không đọc được cơ sở dữ liệu: ${errorText(e)}`);
  }
}

let applying = 0;
/** Restores a view from the URL. A newer restore (the address changed again) makes an older one stop. */
async function apply(s) {
  const gen = ++applying;
  const stale = () => gen !== applying;
  Object.keys(state).forEach((k) => delete state[k]);
  Object.assign(state, { v: 'graph' }, s);
  if (s.hide) graph.setHidden(s.hide);
  if (s.from || s.to) { $('#from').value = s.from || ''; $('#to').value = s.to || ''; graph.setRange(widen(s.from, false), widen(s.to, true)); }
  if (s.q) { cypherBox.query.value = s.q; cypherBox.params.value = s.params || ''; }
  if (s.mode) cypherBox.setMode(s.mode);
  show(state.v);
  graph.clear();
  selected = null;
  const open = s.open || [];
  if (s.p || !open.length) await loadOverview(s.p);
  else if (!stale()) {
    // a shared graph without the start view still needs the province list for the timeline's quick picks
    api('/api/overview').then((o) => { overviewData = o; renderQuick(); }).catch(() => {});
  }
  for (const id of open) {
    if (stale()) return;
    try {
      await place(id, true);
    } catch (e) { setState($('#banner'), 'error', `${id}: ${errorText(e)}`); }
  }
  if (stale()) return;
  updateCounter();
  if (s.sel) { graph.select(s.sel); selectNode(s.sel); }
  if (s.post || s.person) await openTimeline(s.post ? { post: s.post } : { person: s.person }, (s.v || 'graph') === 'timeline');
  if (stale()) return;
  if (s.q && state.v === 'cypher') cypherBox.run();
}

onExternalChange((s) => apply(s));
loadStats();
loadCorrections().then(() => apply(readState())).finally(() => { document.body.dataset.ready = 'true'; });

// For the browser tests and the curious: the live objects.
window.kg = { graph, timeline, cypherBox, state, openNode, openTimeline, selectNode };
