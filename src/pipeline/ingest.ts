// kg ingest: files → records → graphs → Neo4j, in batches; unchanged articles skipped by content hash,
// changed ones replaced; every file ends in the summary with what happened to it.
import type { Driver } from 'neo4j-driver';
import { applySchema, deleteOrphans, loadGraphs, readStoredHashes } from '../store/load-graph';
import { postsWithoutTenures, refreshTenures, type TenureCounts } from '../store/tenures';
import type { ArticleGraph } from '../schema/graph';
import { listArticleFiles, readArticleFile } from './article-files';
import { processArticle } from './process-article';

export type Outcome = 'loaded' | 'replaced' | 'unchanged' | 'duplicate' | 'rejected' | 'not-loaded';
export interface IngestItem { file: string; id: string; outcome: Outcome; reason?: string; diagnostics?: number }
export interface IngestSummary { items: IngestItem[]; nodes: number; rels: number; tenures: TenureCounts | null; storeError: string | null; seconds: number }

export interface IngestOptions { batchSize?: number; onProgress?: (done: number, total: number) => void }

export async function ingest(driver: Driver, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = Date.now();
  const batchSize = opts.batchSize ?? 50;
  const { files, missing } = listArticleFiles(paths);
  const items: IngestItem[] = missing.map((m) => ({ file: m.file, id: m.id, outcome: 'rejected', reason: m.ok ? '' : m.reason }));
  let nodes = 0, rels = 0, storeError: string | null = null, done = 0;
  await applySchema(driver);
  const seenHash = new Map<string, string>();
  const seenId = new Set<string>();
  const touchedPosts = new Set<string>();
  let replacedAny = false;

  for (let i = 0; i < files.length && !storeError; i += batchSize) {
    const ready: Array<{ item: IngestItem; graph: ArticleGraph }> = [];
    for (const f of files.slice(i, i + batchSize)) {
      const read = readArticleFile(f);
      if (!read.ok) { items.push({ file: f.file, id: f.id, outcome: 'rejected', reason: read.reason }); continue; }
      if (seenId.has(read.id)) { items.push({ file: f.file, id: f.id, outcome: 'rejected', reason: `another file named ${read.id} is in this batch; article ids are file names` }); continue; }
      const dup = seenHash.get(read.hash);
      if (dup) { items.push({ file: f.file, id: f.id, outcome: 'duplicate', reason: `same text as ${dup}` }); continue; }
      const p = processArticle(read.id, read.text, read.hash);
      if (!p.ok) { items.push({ file: f.file, id: f.id, outcome: 'rejected', reason: p.reason }); continue; }
      seenId.add(read.id);
      seenHash.set(read.hash, read.id);
      ready.push({ item: { file: f.file, id: f.id, outcome: 'loaded', diagnostics: p.record.diagnostics.length, ...(read.notes.length ? { reason: read.notes.join('; ') } : {}) }, graph: p.graph });
    }
    try {
      const stored = await readStoredHashes(driver, ready.map((r) => r.graph.article));
      const toLoad = ready.filter((r) => stored.get(r.graph.article) !== r.graph.contentHash);
      for (const r of ready) {
        if (stored.get(r.graph.article) === r.graph.contentHash) r.item.outcome = 'unchanged';
        else if (stored.has(r.graph.article)) r.item.outcome = 'replaced';
      }
      if (toLoad.length) {
        const counts = await loadGraphs(driver, toLoad.map((r) => r.graph), toLoad.filter((r) => r.item.outcome === 'replaced').map((r) => r.graph.article));
        nodes += counts.nodes;
        rels += counts.rels;
        for (const k of counts.posts) touchedPosts.add(k);
        replacedAny ||= toLoad.some((r) => r.item.outcome === 'replaced');
      }
    } catch (e) {
      storeError = shortStoreError(e);
      for (const r of ready) { r.item.outcome = 'not-loaded'; r.item.reason = storeError; }
    }
    items.push(...ready.map((r) => r.item));
    done = Math.min(files.length, i + batchSize);
    opts.onProgress?.(done, files.length);
  }
  // Tenures, succession and conflicts of the posts whose facts changed, computed once for the whole run.
  let tenures: TenureCounts | null = null;
  if (!storeError) {
    try {
      for (const k of await postsWithoutTenures(driver)) touchedPosts.add(k);
      if (touchedPosts.size) tenures = await refreshTenures(driver, touchedPosts);
      if (replacedAny) await deleteOrphans(driver);
    } catch (e) {
      storeError = `articles loaded, but their tenures could not be computed: ${shortStoreError(e)}`;
    }
  }
  if (storeError) {
    const listed = new Set(items.map((x) => x.file));
    for (const f of files) if (!listed.has(f.file)) items.push({ file: f.file, id: f.id, outcome: 'not-loaded', reason: storeError });
  }
  return { items, nodes, rels, tenures, storeError, seconds: (Date.now() - t0) / 1000 };
}

/** The driver's connection errors are long; keep what names the cause. */
function shortStoreError(e: unknown): string {
  const msg = (e as Error)?.message ?? String(e);
  const cause = /Caused by:\s*(.*)$/s.exec(msg);
  return (cause ? `cannot reach Neo4j (${cause[1]!.trim()})` : msg.split('\n')[0]!).slice(0, 300);
}

/** 0 all loaded or unchanged; 3 some rejected, the rest loaded; 1 when the store failed. */
export function ingestExitCode(s: IngestSummary): number {
  if (s.storeError) return 1;
  return s.items.some((x) => x.outcome === 'rejected') ? 3 : 0;
}
