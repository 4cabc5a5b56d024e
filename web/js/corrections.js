// Corrections from the viewer (kg curate's, through /api/corrections): what was corrected is marked in the
// details panel; when the server runs with an API token, the panel offers to merge, split, reject or rename,
// each with a reason. The token is asked once and kept for this tab only, as the Cypher box does.
import { ApiError, api, el } from './dom.js';
import { viDate } from './labels.js';

let status = { writable: false, corrections: [] };

export async function loadCorrections() {
  try { status = await api('/api/corrections'); } catch { status = { writable: false, corrections: [] }; }
  return status;
}
export const corrections = () => status;

const KIND_VI = { merge: 'Gộp người', split: 'Tách người', reject: 'Bác bỏ dữ kiện', rename: 'Đổi tên chức vụ' };

function describe(c) {
  if (c.kind === 'merge') return `${KIND_VI.merge}: ${c.names[0]} và ${c.names[1]} là một người`;
  if (c.kind === 'split') return `${KIND_VI.split}: ${c.name} (Person:${c.node}) không phải người được gắn`;
  if (c.kind === 'reject') return `${KIND_VI.reject}: ${c.what} (${c.fact.article})`;
  return `${KIND_VI.rename}: ${c.from} → ${c.to}`;
}

/** The corrections that name this node or fact. */
export function correctionsOf(node) {
  const p = node.properties || {};
  const ids = new Set([...(p.curatedBy || []), p.correctedBy, p.rejectedBy].filter(Boolean));
  return status.corrections.filter((c) => ids.has(c.id));
}

/** "Đã chỉnh sửa" with each correction's reason and date. */
export function correctionNote(list) {
  if (!list.length) return null;
  const box = el('div', { class: 'notice corrected', id: 'corrected-note' }, el('strong', null, 'Đã chỉnh sửa'));
  for (const c of list) box.append(el('div', null, `${describe(c)} — lý do: ${c.reason} (${viDate(c.at)})`));
  return box;
}

/** The list of every correction, for the overview panel. */
export function correctionList() {
  const box = el('div', { id: 'corrections' }, el('h3', null, `Chỉnh sửa của người phân tích (${status.corrections.length})`));
  if (!status.corrections.length) box.append(el('p', { class: 'muted' }, 'Chưa có chỉnh sửa nào.'));
  const ul = el('ul', { class: 'corrections' });
  for (const c of status.corrections) ul.append(el('li', null, `${describe(c)} — ${c.reason} (${viDate(c.at)})`));
  box.append(ul);
  if (!status.writable) box.append(el('p', { class: 'muted small' }, 'Máy chủ chạy không có mã truy cập (KG_API_TOKEN): chỉ xem, không sửa được từ đây.'));
  return box;
}

async function send(method, url, body) {
  const token = sessionStorage.getItem('kg-token');
  const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
  try {
    return await api(url, { method, headers, body: body ? JSON.stringify(body) : undefined });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      const given = window.prompt('Nhập mã truy cập (KG_API_TOKEN) để chỉnh sửa:');
      if (!given) throw e;
      sessionStorage.setItem('kg-token', given);
      return api(url, { method, headers: { ...headers, authorization: `Bearer ${given}` }, body: body ? JSON.stringify(body) : undefined });
    }
    throw e;
  }
}

/**
 * A small form in the panel: the fields asked, a reason always; on submit the correction is sent and `done`
 * called (to reload the view). Errors from the server are shown in the form.
 */
function form(id, title, fields, build, done) {
  const f = el('form', { class: 'correction-form', id });
  f.append(el('h4', null, title));
  const inputs = fields.map((x) => el('input', { type: 'text', name: x.name, placeholder: x.placeholder, value: x.value || '', required: true }));
  fields.forEach((x, i) => f.append(el('label', null, x.label, inputs[i])));
  const reason = el('input', { type: 'text', name: 'reason', placeholder: 'vì sao (bắt buộc)', required: true });
  const msg = el('p', { class: 'form-msg', role: 'status' });
  f.append(el('label', null, 'Lý do', reason), el('button', { type: 'submit', class: 'primary' }, 'Lưu chỉnh sửa'), msg);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    msg.textContent = 'Đang lưu…';
    try {
      const values = Object.fromEntries(inputs.map((x, i) => [fields[i].name, x.value.trim()]));
      await send('POST', '/api/corrections', { ...build(values), reason: reason.value.trim() });
      await loadCorrections();
      msg.textContent = 'Đã lưu và áp dụng.';
      done?.();
    } catch (e) {
      msg.textContent = e instanceof ApiError ? `Không lưu được: ${e.message}` : `Không lưu được: ${e.message || e}`;
    }
  });
  return f;
}

/** The corrections the panel offers for a node (only when the server accepts them). */
export function nodeCorrectionForms(node, done) {
  if (!status.writable) return [];
  const id = node.id;
  if (node.label === 'Person') {
    return [
      form('form-merge', 'Gộp với người khác (cùng một người)', [{ name: 'other', label: 'Người kia', placeholder: 'tên, hoặc Person:<khóa>' }],
        (v) => ({ kind: 'merge', people: [id, v.other] }), done),
      form('form-split', 'Tách khỏi người được gắn (không phải một người)', [], () => ({ kind: 'split', node: id }), done),
    ];
  }
  if (node.label === 'Post') {
    return [form('form-rename', 'Đổi tên chức vụ', [{ name: 'to', label: 'Tên mới', value: node.name }], (v) => ({ kind: 'rename', post: id, to: v.to }), done)];
  }
  return [];
}

const FACTS = new Set(['HELD_POST', 'TOOK_POST', 'LEFT_POST', 'CHAIRED', 'SPOKE_AT', 'APPROVED']);
/** The correction the panel offers for a fact: reject it. */
export function edgeCorrectionForms(edge, fromKey, toKey, done) {
  const e = edge.data;
  if (!status.writable || !FACTS.has(e.type) || !e.properties.article || e.properties.rejected) return [];
  return [form('form-reject', 'Bác bỏ dữ kiện này (bài báo sai hoặc đọc sai)', [],
    () => ({ kind: 'reject', fact: { type: e.type, from: fromKey, to: toKey, article: e.properties.article } }), done)];
}
