// The view's state lives in the URL's hash, so a view can be shared: which tab, what the graph holds, which
// timeline, which query. Lists repeat their key (open=a&open=b): ids may hold any character. Read on load and on hashchange; written with replaceState (pushState for new views).

const LIST = ['open', 'hide'];

export function readState(hash = location.hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = {};
  for (const [k, v] of p) {
    if (LIST.includes(k)) (s[k] = s[k] || []).push(v); else s[k] = v;
  }
  return s;
}

export function encodeState(s) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    if (Array.isArray(v)) v.forEach((x) => p.append(k, x)); else p.set(k, String(v));
  }
  return `#${p.toString()}`;
}

let writing = false;
/** Replaces the state (or pushes it as a new history entry); does not trigger our own hashchange handler. */
export function writeState(s, push = false) {
  const hash = encodeState(s);
  if (hash === location.hash || (hash === '#' && !location.hash)) return;
  writing = true;
  if (push) history.pushState(null, '', hash); else history.replaceState(null, '', hash);
  writing = false;
}

export function onExternalChange(fn) {
  window.addEventListener('hashchange', () => { if (!writing) fn(readState()); });
  window.addEventListener('popstate', () => { if (!writing) fn(readState()); });
}
