// Bytes → text: BOMs stripped; UTF-16 (with or without BOM), Windows-1258 and double-encoded UTF-8 decoded;
// HTML pages reduced to their text; binary input and text that lost its letters refused with a reason.
import { readPage } from '../fetch/page-text';
import { decodeEntities, ENTITY, htmlToText, looksLikeHtml } from './01-html';

export type Decoded = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CP1258 = new TextDecoder('windows-1258');

/** Files that are not text, by their first bytes, named so that the reason says what the file is. */
const SIGNATURES: Array<{ magic: number[]; what: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a .docx/.odt document)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word or Excel document' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x52, 0x49, 0x46, 0x46], what: 'a RIFF file (WebP, WAV, AVI)' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive' },
];

export function decodeArticle(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  const notes: string[] = [];
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const sig = SIGNATURES.find((s) => s.magic.every((b, i) => bytes[i] === b));
  if (sig) return { ok: false, reason: `${sig.what}, not article text; save the article as a .txt file` };
  let text: string;
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    text = new TextDecoder(utf16 === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(bom ? 2 : 0));
    notes.push(`decoded from UTF-16${utf16.toUpperCase()}${bom ? '' : ' (no byte order mark)'}`);
  } else {
    if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not article text' };
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      notes.push('UTF-8 byte order mark removed');
    }
    try {
      text = UTF8.decode(body);
      const repaired = repairMojibake(text);
      if (repaired !== null) {
        text = repaired;
        notes.push('double-encoded UTF-8 repaired ("Tá»‰nh" read as "Tỉnh")');
      }
    } catch {
      const legacy = CP1258.decode(body);
      if (!isVietnameseCp1258(legacy)) {
        const lost = lostLetters(legacy);
        if (lost) return { ok: false, reason: lostReason(lost) };
        return { ok: false, reason: 'not UTF-8, and not Vietnamese in Windows-1258 either (Latin-1? TCVN3?); save the article as UTF-8' };
      }
      text = legacy;
      notes.push('decoded from Windows-1258 (not UTF-8)');
    }
  }
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > Math.max(2, text.length / 100)) return { ok: false, reason: 'binary content (control characters), not article text' };
  if (text.trim() === '') return { ok: false, reason: 'only white space, no article text' };
  if (opts.html || looksLikeHtml(text)) {
    // a whole article page: its main content as Readability finds it (as `kg fetch` reads pages); a fragment or a
    // page too short for that: reduced to its text
    const page = readPage('http://localhost/', Buffer.from(text, 'utf8'), 'text/html; charset=utf-8');
    text = page.kind === 'article' ? page.text : htmlToText(text);
    notes.push(page.kind === 'article' ? 'HTML page: its article read by Readability' : 'HTML page reduced to its text');
    if (text.trim() === '') return { ok: false, reason: 'an HTML page with no text in it' };
  } else {
    // entities a scraper left in plain text ("Nguy&#7877;n", "&nbsp;"); decoded, they are text like the rest
    const entities = text.match(ENTITY)?.length ?? 0;
    if (entities) {
      text = decodeEntities(text);
      notes.push(`${entities} HTML entit${entities === 1 ? 'y' : 'ies'} decoded`);
    }
  }
  const lost = lostLetters(text);
  if (lost) return { ok: false, reason: lostReason(lost) };
  return { ok: true, text, notes };
}

/** UTF-16 by its BOM, or without one by the zero high bytes of ASCII characters in the first 4 KB. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.4 && evenZero < half * 0.02) return 'le';
  if (evenZero > half * 0.4 && oddZero < half * 0.02) return 'be';
  return null;
}

const VOWEL = /[aăâeêioôơuưy]/iu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * Windows-1258 writes tones as combining marks after a vowel ("Ky\u0300"). Latin-1 bytes read as Windows-1258
 * put them after consonants ("nghì" → "ngh\u0301"), and text with no Vietnamese letter says nothing either way.
 */
function isVietnameseCp1258(text: string): boolean {
  if (!VIETNAMESE_LETTER.test(text)) return false;
  for (const m of text.matchAll(TONE_MARKS)) {
    const before = text[m.index - 1] ?? '';
    if (!VOWEL.test(before.normalize('NFD')[0] ?? '')) return false;
  }
  return true;
}

// Windows-1252's characters for bytes 0x80–0x9F: UTF-8 read as Windows-1252 and saved again as UTF-8.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const MOJIBAKE = /(?:[ÃÄÅÆ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|á[º»¼½¾¿][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])/gu;

/** "Tá»‰nh á»§y" → "Tỉnh ủy" when every character maps back to one byte and the bytes are UTF-8; else null. */
export function repairMojibake(text: string): string | null {
  if ((text.match(MOJIBAKE)?.length ?? 0) < 3) return null;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) bytes[i] = c;
    else {
      const k = CP1252_HIGH.indexOf(text[i]!);
      if (k < 0) return null;
      bytes[i] = 0x80 + k;
    }
  }
  try { return UTF8.decode(bytes); } catch { return null; }
}

const lostReason = (lost: string) =>
  `letters were lost before the file was saved ("${lost}"): it went through an encoding without Vietnamese letters; save the original as UTF-8`;

/** "H?i ngh? T?nh ?y": a question mark or U+FFFD standing for letters, in several words. */
function lostLetters(text: string): string | null {
  // a text with no "?" or U+FFFD has lost nothing (the common case, without a pass of the pattern)
  if (!text.includes('?') && !text.includes('\uFFFD')) return null;
  const hits = text.match(/\p{L}+[?\uFFFD]+\p{L}*|[?\uFFFD]+\p{L}+/gu) ?? [];
  const words = text.split(/\s+/).length;
  return hits.length >= 3 && hits.length >= words * 0.02 ? hits.slice(0, 3).join(' ') : null;
}
