// `kg eval`: extract articles and score them against a folder of gold records in one step. Reading files is
// here; extraction and scoring are the pure stages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors';
import { listArticleFiles, readArticleFile } from '../pipeline/article-files';
import { parseArticle } from '../parse/parse-article';
import { extractRecords, type TokenizerName } from '../extract/extract-records';
import type { ArticleRecord } from '../schema/records';
import { GoldRecord, scoreArticle, summarise, type ArticleScore, type EvalReport } from './score';

export interface EvalRun {
  report: EvalReport;
  scores: ArticleScore[];
  /** articles that could not be read or extracted, with the reason (scored as empty records) */
  rejected: Array<{ file: string; reason: string }>;
  /** articles that have no gold record beside them (not scored) */
  withoutGold: string[];
}

const stem = (name: string) => name.replace(/\.(txt|html?|json)$/i, '');

/** Gold records by article stem; a file that is not a gold record is a usage error naming it and why. */
export function readGold(dir: string): Map<string, GoldRecord> {
  let names: string[];
  try { names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort(); } catch (e) {
    throw new UsageError(`--gold ${dir}: cannot read the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (names.length === 0) throw new UsageError(`--gold ${dir}: no gold records (*.json) in it`);
  const out = new Map<string, GoldRecord>();
  for (const n of names) {
    const file = join(dir, n);
    let json: unknown;
    try { json = JSON.parse(readFileSync(file, 'utf8')); } catch (e) {
      throw new UsageError(`${file}: not JSON (${(e as Error).message.split('\n')[0]})`);
    }
    const r = GoldRecord.safeParse(json);
    if (!r.success) {
      const i = r.error.issues[0]!;
      throw new UsageError(`${file}: not a gold record: ${i.path.join('.') || '(top)'}: ${i.message}`);
    }
    out.set(stem(n), r.data);
  }
  return out;
}

export interface EvalOptions {
  tokenizer?: TokenizerName;
  /** score only the gold records of these article stems (a part of the corpus) */
  only?: ReadonlySet<string>;
}

/** The article stems that have a gold record in `goldDir`. */
export function goldStems(goldDir: string): string[] {
  return [...readGold(goldDir).keys()];
}

export function runEval(paths: string[], goldDir: string, opts: EvalOptions = {}): EvalRun {
  const gold = readGold(goldDir);
  if (opts.only) for (const k of [...gold.keys()]) if (!opts.only.has(k)) gold.delete(k);
  const { files, missing } = listArticleFiles(paths);
  const rejected = missing.map((m) => ({ file: m.file, reason: m.ok ? '' : m.reason }));
  const read = new Map<string, { record: ArticleRecord; sentences: string[] }>();
  const withoutGold: string[] = [];
  for (const f of files) {
    if (opts.only && !opts.only.has(stem(f.id))) continue;
    if (!gold.has(stem(f.id))) { withoutGold.push(f.file); continue; }
    const r = readArticleFile(f);
    if (!r.ok) { rejected.push({ file: f.file, reason: r.reason }); continue; }
    try {
      const article = parseArticle(r.text, { id: r.id });
      read.set(stem(r.id), { record: extractRecords(article, opts), sentences: article.sentences.map((s) => s.text) });
    } catch (e) {
      rejected.push({ file: f.file, reason: `extraction failed: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  // as the reference scorer: every gold record is scored, an article without a record as an empty one
  const scores = [...gold.entries()].map(([id, g]) => {
    const got = read.get(id);
    return scoreArticle(`${id}.json`, g, got?.record ?? null, got?.sentences);
  });
  return { report: summarise(scores), scores, rejected, withoutGold };
}
