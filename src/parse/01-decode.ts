// Bytes → text: BOMs stripped, UTF-16 decoded, binary and non-UTF-8 input refused with a reason.

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array): Decoded {
  const notes: string[] = [];
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    notes.push('decoded from UTF-16LE');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    notes.push('decoded from UTF-16BE');
  } else {
    if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not article text' };
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      notes.push('UTF-8 byte order mark removed');
    }
    try {
      text = UTF8.decode(body);
    } catch {
      return { ok: false, reason: 'not valid UTF-8 (Latin-1 or Windows-1258 bytes?); save the article as UTF-8' };
    }
  }
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 100)) return { ok: false, reason: 'binary content (control characters), not article text' };
  if (text.trim() === '') return { ok: false, reason: 'only white space, no article text' };
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text)) {
    text = htmlToText(text);
    notes.push('HTML page reduced to its text');
  }
  return { ok: true, text, notes };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** An HTML page saved instead of text: scripts and styles dropped, block elements kept as lines. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|head)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|figcaption|header|footer)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
