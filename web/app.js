// The viewer: talks only to the kg API, renders every string from articles as text (never as HTML).
(() => {
  'use strict';
  const STYLE = {
    Person: { color: '#d9534f', shape: 'dot', vi: 'Người' },
    Post: { color: '#f0ad4e', shape: 'box', vi: 'Chức vụ' },
    Body: { color: '#5b7fbf', shape: 'ellipse', vi: 'Cơ quan' },
    Meeting: { color: '#3c9d5d', shape: 'diamond', vi: 'Hội nghị' },
    Resolution: { color: '#8e5ea2', shape: 'square', vi: 'Nghị quyết' },
    Document: { color: '#7a6a53', shape: 'square', vi: 'Văn bản' },
    Article: { color: '#8a96a3', shape: 'triangle', vi: 'Bài báo' },
    Province: { color: '#17a2b8', shape: 'star', vi: 'Tỉnh' },
  };
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text != null) e.textContent = String(text); if (cls) e.className = cls; return e; };
  const status = (msg, isError) => { const s = $('status'); s.textContent = msg || ''; s.className = isError ? 'error' : 'muted'; };
  async function api(path, opts) {
    const res = await fetch(path, opts);
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error ? body.error.message : `HTTP ${res.status}`);
    return body;
  }

  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const expanded = new Map();
  const network = new vis.Network($('graph'), { nodes, edges }, {
    nodes: { font: { size: 13 }, borderWidth: 1 },
    edges: { arrows: 'to', font: { size: 10, align: 'middle', color: '#555' }, color: '#9aa4b1', smooth: { type: 'dynamic' } },
    physics: { stabilization: { iterations: 150 }, barnesHut: { gravitationalConstant: -6000, springLength: 140 } },
    interaction: { hover: true },
  });
  network.on('stabilizationIterationsDone', () => network.setOptions({ physics: false }));
  const short = (s) => (s.length > 40 ? `${s.slice(0, 38)}…` : s);
  function addNode(n) {
    if (nodes.get(n.id)) return;
    const st = STYLE[n.label] || { color: '#999', shape: 'dot' };
    nodes.add({ id: n.id, label: short(n.name), title: `${st.vi || n.label}: ${n.name}`, color: st.color, shape: st.shape, data: n, font: { color: st.shape === 'box' || st.shape === 'ellipse' ? '#fff' : '#1d2430' } });
  }
  async function expand(id) {
    if (expanded.has(id)) {
      edges.remove(expanded.get(id).edges);
      nodes.remove(expanded.get(id).nodes.filter((n) => n !== id && !edges.get().some((e) => e.from === n || e.to === n)));
      expanded.delete(id);
      return;
    }
    status('Đang tải…');
    try {
      const r = await api(`/api/neighbors/${encodeURIComponent(id)}?limit=100`);
      const newNodes = r.nodes.filter((n) => !nodes.get(n.id)).map((n) => n.id);
      r.nodes.forEach(addNode);
      const newEdges = [];
      for (const e of r.edges) if (!edges.get(e.id)) { edges.add({ id: e.id, from: e.from, to: e.to, label: e.type, data: e }); newEdges.push(e.id); }
      expanded.set(id, { nodes: newNodes, edges: newEdges });
      network.setOptions({ physics: true });
      status(r.truncated ? 'Đã hiển thị 100 láng giềng đầu tiên.' : `${r.nodes.length} nút, ${r.edges.length} cạnh.`);
    } catch (e) { status(e.message, true); }
  }
  function showDetails(n, edgesOf) {
    const d = $('details');
    d.replaceChildren();
    const st = STYLE[n.label] || {};
    d.append(el('h3', n.name));
    d.append(el('span', st.vi || n.label, 'tag'));
    d.lastChild.style.background = st.color || '#999';
    const dl = el('dl');
    for (const [k, v] of Object.entries(n.properties)) {
      if (v == null || k === 'key') continue;
      dl.append(el('dt', k), el('dd', Array.isArray(v) ? v.join(', ') : v));
    }
    d.append(dl);
    for (const e of edgesOf) {
      if (!e.data || !e.data.properties || !e.data.properties.sentence) continue;
      const box = el('div', null, 'evidence');
      box.append(el('strong', `${e.data.type} · ${e.data.properties.article} · ${e.data.properties.rule}`), el('div', `“${e.data.properties.sentence}”`));
      d.append(box);
    }
    history.replaceState(null, '', `#node=${encodeURIComponent(n.id)}`);
  }
  network.on('click', (p) => {
    if (p.nodes.length) {
      const n = nodes.get(p.nodes[0]).data;
      showDetails(n, edges.get().filter((e) => e.from === n.id || e.to === n.id));
    } else if (p.edges.length) {
      const e = edges.get(p.edges[0]);
      showDetails({ name: e.data.type, label: 'Quan hệ', properties: e.data.properties }, [e]);
    }
  });
  network.on('doubleClick', (p) => { if (p.nodes.length) expand(p.nodes[0]); });

  async function open(id) {
    try {
      const r = await api(`/api/node/${encodeURIComponent(id)}`);
      addNode(r.node);
      await expand(r.node.id);
      network.selectNodes([r.node.id]);
      showDetails(r.node, edges.get().filter((e) => e.from === r.node.id || e.to === r.node.id));
    } catch (e) { status(e.message, true); }
  }

  let timer = null;
  $('q').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = $('q').value.trim();
      const ul = $('suggest');
      if (!q) { ul.hidden = true; return; }
      try {
        const r = await api(`/api/search?q=${encodeURIComponent(q)}&limit=12`);
        ul.replaceChildren();
        if (!r.results.length) ul.append(el('li', 'Không tìm thấy kết quả'));
        for (const x of r.results) {
          const li = el('li');
          const tag = el('span', (STYLE[x.label] || {}).vi || x.label, 'tag');
          tag.style.background = (STYLE[x.label] || {}).color || '#999';
          li.append(tag, el('span', x.name));
          li.addEventListener('click', () => { ul.hidden = true; open(x.id); });
          ul.append(li);
        }
        ul.hidden = false;
      } catch (e) { status(e.message, true); }
    }, 150);
  });

  $('run').addEventListener('click', async () => {
    const out = $('result');
    out.replaceChildren(el('span', 'Đang chạy…', 'muted'));
    try {
      const r = await api('/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: $('cypher').value }) });
      const t = el('table');
      const head = el('tr');
      r.columns.forEach((c) => head.append(el('th', c)));
      t.append(head);
      for (const row of r.rows) {
        const tr = el('tr');
        row.forEach((v) => tr.append(el('td', typeof v === 'string' ? v : JSON.stringify(v))));
        t.append(tr);
      }
      out.replaceChildren(el('div', `${r.rows.length} dòng${r.truncated ? ' (đã cắt bớt)' : ''}`, 'muted'), t);
    } catch (e) { out.replaceChildren(el('div', e.message, 'error')); }
  });

  const legend = $('legend');
  for (const [label, st] of Object.entries(STYLE)) {
    const t = el('span', st.vi, 'tag');
    t.style.background = st.color;
    legend.append(t);
  }
  api('/api/stats').then((s) => {
    $('stats').textContent = Object.entries(s.labels).map(([k, v]) => `${(STYLE[k] || {}).vi || k}: ${v}`).join(' · ');
  }).catch((e) => status(e.message, true));
  const m = /node=([^&]+)/.exec(location.hash);
  if (m) open(decodeURIComponent(m[1]));
})();
