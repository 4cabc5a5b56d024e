// Which reading of the articles a graph holds: a hash of the code and lexicons that turn an article into its
// graph (parse, extract, lexicon, graph, identity ties, schema, text). An article stored by another reading is
// read again by the next ingest even when its text is the same, so an improved extractor reaches every
// article, not only the changed ones.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../store/embedded';

/** The folders whose code decides what an article's graph is. */
const READING = ['parse', 'extract', 'lexicon', 'graph', 'identity', 'schema', 'text'];

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

let cached: string | null = null;

/** A short hash of the sources (src/, or dist/ where the sources are not shipped), the same for every process of one version. */
export function readerVersion(): string {
  if (cached) return cached;
  const root = existsSync(join(PROJECT_ROOT, 'src', 'extract')) ? join(PROJECT_ROOT, 'src') : join(PROJECT_ROOT, 'dist');
  const h = createHash('sha256');
  for (const f of READING.flatMap((d) => files(join(root, d))).sort()) h.update(f.slice(root.length)).update('\0').update(readFileSync(f)).update('\0');
  cached = h.digest('hex').slice(0, 12);
  return cached;
}
