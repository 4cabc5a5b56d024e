// Files and folders named on the command line → article files, read and decoded; a bad file becomes a
// rejection with its reason and never stops the rest.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeArticle } from '../parse/01-decode';
import { normalizeText } from '../text/canon';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface ArticleFile { file: string; id: string }
export type ReadArticle =
  | { ok: true; file: string; id: string; text: string; hash: string; notes: string[] }
  | { ok: false; file: string; id: string; reason: string };

/** Article files under the given paths: .txt files (and .html/.htm pages), sorted, folders walked. */
export function listArticleFiles(paths: string[]): { files: ArticleFile[]; missing: ReadArticle[] } {
  const files: ArticleFile[] = [];
  const missing: ReadArticle[] = [];
  const walk = (p: string) => {
    let st;
    try { st = statSync(p); } catch { missing.push({ ok: false, file: p, id: basename(p), reason: 'no such file or folder' }); return; }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (name.startsWith('.')) continue;
        if (statSync(child).isDirectory() || /\.(txt|html?)$/i.test(name)) walk(child);
      }
    } else {
      files.push({ file: p, id: basename(p) });
    }
  };
  for (const p of paths) walk(p);
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
  const d = decodeArticle(bytes);
  if (!d.ok) return { ok: false, ...f, reason: d.reason };
  const text = normalizeText(d.text);
  return { ok: true, ...f, text, hash: createHash('sha256').update(text).digest('hex'), notes: d.notes };
}
