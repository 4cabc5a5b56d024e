// Small DOM helpers. Every string from the graph goes in through textContent: never parsed as HTML.

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];

/** el('div', {class: 'x', onclick: f, dataset: {id}}, 'text', child…) */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'style') for (const [p, x] of Object.entries(v)) e.style.setProperty(p.startsWith('--') ? p : p.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), x);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** A coloured tag naming a label, with the legend's shape. */
export function tag(text, color, shape) {
  return el('span', { class: `tag shape-${shape || 'dot'}`, style: { '--c': color } }, text);
}

export class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

/** fetch + JSON; an API error becomes an ApiError with the server's message. */
export async function api(path, opts = {}) {
  let res;
  try {
    res = await fetch(path, opts);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'Không kết nối được máy chủ kg.');
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = body && body.error ? body.error : { code: `http-${res.status}`, message: `HTTP ${res.status}` };
    throw new ApiError(res.status, err.code, err.message);
  }
  return body;
}

export const post = (path, body, opts = {}) =>
  api(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...opts });

/** A status line: loading, empty, error or plain text. */
export function setState(node, kind, text) {
  node.replaceChildren();
  node.hidden = !kind;
  if (!kind) return;
  node.className = `state state-${kind}`;
  if (kind === 'loading') node.append(el('span', { class: 'spinner', 'aria-hidden': 'true' }));
  node.append(el('span', null, text));
}
