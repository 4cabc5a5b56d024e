// Timelines of tenures with vis-timeline: a post's holders one lane each, in order of tenure (the succession
// reads left to right, gaps shaded), or a person's posts one lane each with the meetings they chaired as
// points. Beside it, the same facts as a table with each bound's basis and the evidence count.
import { api, el, tag } from './dom.js';
import { BASIS_VI, VALUE_VI, styleOf, viDate } from './labels.js';

const today = () => new Date().toISOString().slice(0, 10);
const addDays = (d, n) => new Date(Date.parse(d) + n * 86400000).toISOString().slice(0, 10);

/** A bound as precise as it is known: 14/07/2021, 07/2021 or 2021. */
export function fmtBound(date, precision) {
  if (!date) return '';
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month') return viDate(date.slice(0, 7));
  return viDate(date);
}

function rangeText(t) {
  const from = t.from ? fmtBound(t.from, t.fromPrecision) : '?';
  const to = t.toBasis === 'open' ? 'nay' : t.to ? fmtBound(t.to, t.toPrecision) : '?';
  return `${from} – ${to}`;
}

function notes(t) {
  const out = [];
  if (t.acting) out.push('quyền (tạm giữ)');
  if (t.concurrent) out.push('kiêm nhiệm');
  // a term is written as the article gives it: "nhiệm kỳ 2020 - 2025", "khóa XV"
  if (t.terms && t.terms.length) out.push(t.terms.join(', '));
  if (t.replaces) out.push(`thay ${t.replaces}`);
  if (t.endedBy) out.push(`đã là “nguyên” trong bài ngày ${viDate(t.endedBy)}`);
  if (t.endReason) out.push(`kết thúc do ${VALUE_VI.endReason[t.endReason] || t.endReason}`);
  return out.join('; ');
}

export class TimelineView {
  constructor(head, chart, side, handlers = {}) {
    this.head = head;
    this.chart = chart;
    this.side = side;
    this.handlers = handlers;
    this.timeline = null;
    this.data = null;
  }

  async load(query) {
    const q = new URLSearchParams(query);
    this.data = await api(`/api/timeline?${q}`);
    this.render();
    return this.data;
  }

  render() {
    const d = this.data;
    const conflicted = new Set(d.conflicts.flatMap((c) => c.items));
    const groups = new vis.DataSet(d.lanes.map((lane, i) => ({ id: lane.id, order: i, content: laneLabel(lane, d.kind) })));
    const items = new vis.DataSet();
    for (const t of d.items) {
      const start = t.from || t.firstSeen || t.to || t.lastSeen;
      if (!start) continue;
      let end = t.toBasis === 'open' ? today() : t.to || t.lastSeen || start;
      if (end <= start) end = addDays(start, 20);
      const cls = ['tenure', `from-${t.fromBasis}`, `to-${t.toBasis}`, t.acting && 'acting', t.concurrent && 'concurrent', conflicted.has(t.id) && 'conflict'].filter(Boolean).join(' ');
      items.add({ id: t.id, group: t.lane, start, end, type: 'range', className: cls, content: itemLabel(d.kind === 'post' ? t.name : t.postName, rangeText(t), t) });
    }
    d.gaps.forEach((g, i) => items.add({ id: `gap:${i}`, start: g.from, end: g.to, type: 'background', className: 'gap', content: el('span', null, `trống ${g.days} ngày`) }));
    if (d.boundary) items.add({ id: 'boundary', start: d.boundary.date, end: addDays(d.boundary.date, 30), type: 'background', className: 'boundary-band', content: el('span', null, VALUE_VI.endReason[d.boundary.reason] || d.boundary.reason) });
    d.conflicts.forEach((c) => { if (c.from && c.to) items.add({ id: `conflict:${c.id}`, start: c.from, end: c.to <= c.from ? addDays(c.from, 20) : c.to, type: 'background', className: 'conflict-band', content: el('span', null, 'mâu thuẫn') }); });
    for (const e of d.events) {
      if (!e.date) continue;
      items.add({ id: `event:${e.role}:${e.id}`, group: 'meetings', start: e.date, type: 'point', className: `event ${e.role.toLowerCase()}`, content: el('span', null, `${e.role === 'CHAIRED' ? 'chủ trì' : 'phát biểu'}: ${e.name}`) });
    }
    const dates = d.items.flatMap((t) => [t.from, t.firstSeen, t.to, t.lastSeen]).concat(d.events.map((e) => e.date)).filter(Boolean).sort();
    const open = d.items.some((t) => t.toBasis === 'open');
    const min = dates[0] ? addDays(dates[0], -200) : addDays(today(), -3650);
    const max = open ? addDays(today(), 120) : dates.length ? addDays(dates[dates.length - 1], 200) : today();
    const options = {
      stack: d.kind === 'person', orientation: { axis: 'top' }, zoomable: true, moveable: true, selectable: true, showCurrentTime: true,
      start: min, end: max, margin: { item: { horizontal: 4, vertical: 6 } }, groupOrder: 'order', tooltip: { followMouse: false },
      format: { minorLabels: { day: 'D', month: 'MM', year: 'YYYY' }, majorLabels: { day: 'MM/YYYY', month: 'YYYY', year: '' } },
      xss: { disabled: false },
    };
    this.destroy();
    this.chart.replaceChildren();
    if (!d.items.length && !d.events.length) {
      this.chart.append(el('div', { class: 'state state-empty' }, d.kind === 'post' ? 'Chưa có ai được ghi nhận giữ chức vụ này.' : 'Chưa có giai đoạn giữ chức nào của người này.'));
    } else {
      this.timeline = new vis.Timeline(this.chart, items, groups, options);
      this.timeline.on('select', (p) => {
        const id = p.items[0];
        if (!id) return;
        if (id.startsWith('Tenure:')) this.handlers.onSelect?.(id);
        else if (id.startsWith('event:')) this.handlers.onSelect?.(id.replace(/^event:[A-Z_]+:/, ''));
      });
    }
    this.renderSide();
  }

  renderSide() {
    const d = this.data;
    const open = (id) => (ev) => { ev.preventDefault(); this.handlers.onOpen?.(id); };
    const side = this.side;
    side.replaceChildren();
    const st = styleOf(d.kind === 'post' ? 'Post' : 'Person');
    const facts = [];
    const provinces = d.kind === 'person' && d.identity && d.identity.provinces.length ? d.identity.provinces : d.province ? [d.province] : [];
    if (provinces.length) facts.push(`Tỉnh: ${provinces.join(', ')}`);
    if (d.kind === 'post') facts.push(d.seats === 'one' ? 'Mỗi lúc một người giữ' : 'Nhiều người cùng giữ');
    facts.push(`${d.items.length} giai đoạn giữ chức`);
    if (d.gaps.length) facts.push(`${d.gaps.length} khoảng trống`);
    this.head.replaceChildren(el('div', { class: 'timeline-head' }, tag(st.vi, st.color, st.shape), el('h2', { id: 'timeline-title' }, d.kind === 'person' ? `Quá trình công tác: ${d.name}` : d.name)),
      el('p', { class: 'muted' }, facts.join(' · ')));
    if (d.kind === 'post' && d.placed === false) {
      side.append(el('p', { class: 'notice' }, 'Bài báo không nêu chức vụ này thuộc tỉnh nào: những người giữ được liệt kê, không xếp thành chuỗi kế nhiệm.'));
    }
    for (const c of d.conflicts) side.append(el('p', { class: 'notice conflict' }, `Mâu thuẫn: ${c.messageVi || c.message}`));
    const b = d.boundary;
    if (b) side.append(el('p', { class: 'notice boundary', id: 'boundary-note' }, boundaryText(b)));
    if (d.kind === 'person' && d.identity && d.identity.ties.length) {
      side.append(el('h3', null, `Cùng một người qua ${d.identity.nodes.length} cách ghi nhận`));
      const ul = el('ul', { class: 'ties', id: 'identity-ties' });
      for (const t of d.identity.ties) {
        ul.append(el('li', null, el('strong', null, VALUE_VI.reasons[t.reason] || t.reason), `: ${t.post}`,
          el('div', { class: 'quote' }, `${t.article}: “${t.sentence}”`)));
      }
      side.append(ul);
    }

    const table = el('table', { class: 'tenures', id: 'tenure-table' });
    table.append(el('thead', null, el('tr', null, el('th', null, '#'), el('th', null, d.kind === 'post' ? 'Người giữ chức' : 'Chức vụ'), el('th', null, 'Từ'), el('th', null, 'Đến'), el('th', null, 'Ghi chú'), el('th', null, 'Nguồn'))));
    const body = el('tbody');
    const gapAfter = new Map(d.gaps.map((g) => [g.after, g]));
    d.items.forEach((t, i) => {
      if (b && d.kind === 'post' && b.before === t.name && !body.querySelector('.boundary-row')) {
        body.append(el('tr', { class: 'boundary-row' }, el('td', { colspan: '6' }, boundaryText(b))));
      }
      const who = d.kind === 'post'
        ? el('a', { href: '#', class: 'node-link', dataset: { id: `Person:${t.person}` }, onclick: open(`Person:${t.person}`) }, t.name)
        : el('a', { href: '#', class: 'node-link', dataset: { id: t.post }, onclick: open(t.post) }, t.postName);
      const row = el('tr', { dataset: { id: t.id }, class: t.toBasis === 'open' ? 'current' : '' },
        el('td', null, String(i + 1)),
        el('td', null, who),
        el('td', null, t.from ? fmtBound(t.from, t.fromPrecision) : '?', el('div', { class: 'basis' }, BASIS_VI[t.fromBasis] || t.fromBasis),
          ...(t.fromWhyVi ? [el('div', { class: 'why' }, t.fromWhyVi)] : [])),
        // why the tenure ends there: a successor "thay", a post taken elsewhere, "nguyên", the map's change
        el('td', null, t.toBasis === 'open' ? 'nay' : t.to ? fmtBound(t.to, t.toPrecision) : '?', el('div', { class: 'basis' }, BASIS_VI[t.toBasis] || t.toBasis),
          ...(t.toWhyVi ? [el('div', { class: 'why', title: t.toSentence || '' }, t.toWhyVi)] : [])),
        el('td', null, notes(t)),
        el('td', null, el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); this.handlers.onSelect?.(t.id); } }, `${t.evidence.length} câu`)));
      row.addEventListener('mouseenter', () => this.timeline?.setSelection([t.id]));
      body.append(row);
      const g = d.kind === 'post' ? gapAfter.get(t.name) : null;
      if (g && d.items[i + 1] && d.items[i + 1].name === g.before) {
        body.append(el('tr', { class: 'gap-row' }, el('td', { colspan: '6' }, `Khoảng trống ${g.days} ngày (${viDate(g.from)} – ${viDate(g.to)}): các bài báo không cho biết ai giữ chức.`)));
      }
    });
    if (b && d.kind === 'post' && !body.querySelector('.boundary-row')) body.append(el('tr', { class: 'boundary-row' }, el('td', { colspan: '6' }, boundaryText(b))));
    table.append(body);
    side.append(table);
    if (d.events.length) {
      side.append(el('h3', null, `Hội nghị (${d.events.length})`));
      const ul = el('ul', { class: 'events' });
      for (const e of d.events) {
        ul.append(el('li', null, `${viDate(e.date) || 'không rõ ngày'} · ${e.role === 'CHAIRED' ? 'chủ trì' : 'phát biểu tại'} `,
          el('a', { href: '#', class: 'node-link', dataset: { id: e.id }, onclick: open(e.id) }, e.name)));
      }
      side.append(ul);
    }
  }

  destroy() { if (this.timeline) { this.timeline.destroy(); this.timeline = null; } }
}

/** "Từ 01/07/2025: tỉnh sáp nhập (vào Tuyên Quang), theo Nghị quyết …". */
function boundaryText(b) {
  const what = VALUE_VI.endReason[b.reason] || b.reason;
  return `Từ ${viDate(b.date)}: ${what}${b.becomes ? ` (thành ${b.becomes})` : ''}, theo ${b.source}. Những người nhận chức trước đó giữ chức của đơn vị cũ, chậm nhất đến ngày này.`;
}

function laneLabel(lane, kind) {
  const st = styleOf(lane.id === 'meetings' ? 'Meeting' : kind === 'post' ? 'Person' : 'Post');
  // a person's lane says where the post is: a province, or the centre
  const where = kind === 'person' && lane.province ? el('span', { class: 'lane-where' }, lane.province) : null;
  return el('span', { class: 'lane', title: lane.name }, tag('', st.color, st.shape), ' ', lane.name, where ? ' ' : null, where);
}

function itemLabel(name, range, t) {
  return el('span', { class: 'item-label' }, el('strong', null, name), ' ', el('span', { class: 'range' }, range), t.acting ? el('em', null, ' (quyền)') : null);
}
