// Files and folders named on the command line → article files, read and decoded; a bad file becomes a
// rejection with its reason and never stops the rest.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeArticle } from '../parse/01-decode';
import { normalizeText, ZERO_WIDTH } from '../text/canon';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface ArticleFile { file: string; id: string }
export type ReadArticle =
  | { ok: true; file: string; id: string; text: string; hash: string; notes: string[] }
  | { ok: false; file: string; id: string; reason: string };

/**
 * Article files under the given paths: .txt files (and .html/.htm pages), sorted, folders walked once each
 * (a link back up the tree is not followed again). A path that cannot be read becomes a rejection.
 */
export function listArticleFiles(paths: string[]): { files: ArticleFile[]; missing: ReadArticle[] } {
  const files: ArticleFile[] = [];
  const missing: ReadArticle[] = [];
  const seenDirs = new Set<string>();
  const refuse = (p: string, reason: string) => missing.push({ ok: false, file: p, id: basename(p), reason });
  const walk = (p: string, named: boolean) => {
    let st;
    try { st = statSync(p); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      refuse(p, code === 'ENOENT' ? (named ? 'no such file or folder' : 'a link to nothing') : `cannot read: ${code ?? (e as Error).message}`);
      return;
    }
    if (st.isDirectory()) {
      let real: string, names: string[];
      try { real = realpathSync(p); names = readdirSync(p).sort(); } catch (e) { refuse(p, `cannot read the folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`); return; }
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      for (const name of names) {
        if (name.startsWith('.')) continue;
        const child = join(p, name);
        let isDir = false;
        try { isDir = statSync(child).isDirectory(); } catch { /* reported by walk */ }
        if (isDir || /\.(txt|html?)$/i.test(name)) walk(child, false);
      }
    } else if (st.isFile()) {
      files.push({ file: p, id: basename(p) });
    } else {
      refuse(p, 'not a regular file');
    }
  };
  for (const p of paths) walk(p, true);
  return { files, missing };
}

export function readArticleFile(f: ArticleFile): ReadArticle {
  let bytes: Buffer;
  try {
    const size = statSync(f.file).size;
    if (size > MAX_ARTICLE_BYTES) return { ok: false, ...f, reason: `too large (${(size / 1048576).toFixed(1)} MB; an article is at most ${MAX_ARTICLE_BYTES / 1048576} MB)` };
    bytes = readFileSync(f.file);
  } catch (e) {
    return { ok: false, ...f, reason: `cannot read: ${(e as Error).message}` };
  }
  const d = decodeArticle(bytes, { html: /\.html?$/i.test(f.file) });
  if (!d.ok) return { ok: false, ...f, reason: d.reason };
  const composed = d.text.normalize('NFC');
  const text = normalizeText(composed);
  const notes = [...d.notes];
  if (composed !== d.text) notes.push('decomposed letters (NFD) composed');
  const invisible = d.text.match(ZERO_WIDTH)?.length ?? 0;
  if (invisible) notes.push(`${invisible} invisible character${invisible === 1 ? '' : 's'} (zero-width, soft hyphen) removed`);
  return { ok: true, ...f, text, hash: contentHash(text), notes };
}

/**
 * The same article is the same text whatever its file: the hash is over the normalised text with white space
 * collapsed, so a copy saved with a BOM, in NFD, with CRLF or trailing spaces is recognised.
 */
export function contentHash(normalized: string): string {
  return createHash('sha256').update(normalized.replace(/\s+/g, ' ').trim()).digest('hex');
}
