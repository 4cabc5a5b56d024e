// The details panel: a node's properties and where each of its facts was read (article title, page date,
// meeting date, the evidence sentence, the rule), or a relationship's. All text, never HTML.
import { el, tag } from './dom.js';
import { HIDDEN_PROPS, PROP_VI, relVi, styleOf, viDate, viValue } from './labels.js';

/** Properties as a definition list, in the order stored, hidden ones left out. */
export function propertyList(props, label, hidden = []) {
  const dl = el('dl', { class: 'props' });
  for (const [k, v] of Object.entries(props || {})) {
    if (HIDDEN_PROPS.has(k) || hidden.includes(k) || v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
    if (k === 'name' && label !== 'Article') continue;
    const name = k === 'title' && label === 'Post' ? 'Chức danh' : PROP_VI[k] || k;
    dl.append(el('dt', { title: k }, name), el('dd', null, viValue(k, v)));
  }
  return dl;
}

/** One piece of evidence: what was read, in which article, on which day, by which rule. */
export function evidenceBlock(ev, onOpen) {
  const box = el('figure', { class: 'evidence' });
  const head = el('figcaption', null);
  if (ev.type) head.append(el('span', { class: 'rel' }, relVi(ev.type)), ' ');
  if (ev.other) {
    const st = styleOf(ev.other.label);
    head.append(el('a', { href: '#', class: 'node-link', dataset: { id: ev.other.id }, onclick: (e) => { e.preventDefault(); onOpen?.(ev.other.id); } }, tag(st.vi, st.color, st.shape), ' ', ev.other.name));
  }
  box.append(head);
  if (ev.sentence) box.append(el('blockquote', { class: 'sentence' }, ev.sentence));
  const meta = el('div', { class: 'meta' });
  if (ev.meetingDate) meta.append(el('span', null, `Ngày hội nghị: ${viDate(ev.meetingDate)}`));
  else if (ev.date) meta.append(el('span', null, `Ngày: ${viDate(ev.date)}`));
  if (ev.article) {
    meta.append(el('span', { class: 'article', title: ev.article.key }, `Bài báo: ${ev.article.title || ev.article.key}`));
    if (ev.article.pageDate) meta.append(el('span', null, `đăng ${viDate(ev.article.pageDate)}`));
  }
  if (ev.rule) meta.append(el('span', { class: 'rule', title: 'quy tắc trích xuất' }, ev.rule));
  box.append(meta);
  return box;
}

/**
 * The panel for a node: `details` is /api/node/:id; `actions` are buttons ({label, onClick, id}).
 */
export function renderNode(panel, details, { actions = [], onOpen, expansion } = {}) {
  const n = details.node;
  const st = styleOf(n.label);
  panel.replaceChildren();
  panel.append(
    el('div', { class: 'details-head' }, tag(st.vi, st.color, st.shape), el('h2', { id: 'details-title' }, n.name)),
    el('div', { class: 'muted small' }, `${details.degree} liên kết · ${n.id}`),
  );
  if (actions.length) panel.append(el('div', { class: 'actions' }, actions.map((a) => el('button', { type: 'button', id: a.id, class: a.primary ? 'primary' : '', onclick: a.onClick }, a.label))));
  if (expansion) panel.append(expansion);
  panel.append(el('h3', null, 'Thuộc tính'), propertyList(n.properties, n.label));
  const prov = details.provenance || [];
  panel.append(el('h3', null, `Nguồn (${prov.length})`));
  if (!prov.length) panel.append(el('p', { class: 'muted' }, n.label === 'Conflict' ? 'Mâu thuẫn được tính từ các giai đoạn giữ chức liên quan; mở rộng để xem chúng.' : 'Không có câu trích nào gắn với nút này.'));
  const list = el('div', { class: 'evidence-list', id: 'provenance' });
  prov.forEach((ev) => list.append(evidenceBlock(ev, onOpen)));
  panel.append(list);
}

/** The panel for a relationship: its type, ends, properties and the sentence it was read from. */
export function renderEdge(panel, edge, fromNode, toNode, article, onOpen) {
  const e = edge.data;
  panel.replaceChildren();
  panel.append(el('div', { class: 'details-head' }, el('span', { class: 'tag rel-tag' }, 'Quan hệ'), el('h2', { id: 'details-title' }, `${relVi(e.type)}`)));
  panel.append(el('div', { class: 'muted small' }, e.type));
  const ends = el('p', { class: 'ends' });
  for (const [n, sep] of [[fromNode, ' → '], [toNode, '']]) {
    if (!n) continue;
    const st = styleOf(n.label);
    ends.append(el('a', { href: '#', class: 'node-link', dataset: { id: n.id }, onclick: (ev) => { ev.preventDefault(); onOpen?.(n.id); } }, tag(st.vi, st.color, st.shape), ' ', n.name), sep);
  }
  // the sentence, rule and article are shown once, as the evidence below
  panel.append(ends, el('h3', null, 'Thuộc tính'), propertyList(e.properties, 'rel', e.properties.sentence ? ['sentence', 'rule', 'article'] : []));
  if (e.properties.sentence) {
    panel.append(el('h3', null, 'Nguồn'), evidenceBlock({
      sentence: e.properties.sentence, rule: e.properties.rule, date: e.properties.date,
      article: { key: e.properties.article, title: article ? article.properties.title : null, pageDate: article ? article.properties.pageDate : null },
    }));
  }
}
