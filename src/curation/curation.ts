// Corrections an analyst makes to what was read: merge two people, split a reading off a person, reject a
// fact, confirm a fact that looked doubtful, rename a post. Kept in a plain file (data/curation.json by default; KG_CURATION or --curation) that
// every ingest applies again after extraction, so a re-ingest or a changed article keeps them. Each has a
// reason, a date and a deterministic id (the same correction made twice is one).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors';

const Common = { id: z.string(), reason: z.string().trim().min(1), at: z.string() };

/** The facts a correction may reject: what a person did, and what a meeting adopted. */
export const FactType = z.enum(['HELD_POST', 'TOOK_POST', 'LEFT_POST', 'CHAIRED', 'SPOKE_AT', 'APPROVED']);
export type FactType = z.infer<typeof FactType>;

export const Correction = z.discriminatedUnion('kind', [
  /** two people (any of their nodes) are one */
  z.object({ kind: z.literal('merge'), nodes: z.tuple([z.string(), z.string()]), names: z.tuple([z.string(), z.string()]), ...Common }),
  /** one node (a name as read in one place) is not the person the articles tied it to */
  z.object({ kind: z.literal('split'), node: z.string(), name: z.string(), ...Common }),
  /** one fact of one article is wrong: its relationship stays, marked, and counts for nothing */
  z.object({ kind: z.literal('reject'), fact: z.object({ type: FactType, from: z.string(), to: z.string(), article: z.string() }), what: z.string(), ...Common }),
  /** one fact of one article that looked doubtful is right: it counts as the articles give it */
  z.object({ kind: z.literal('confirm'), fact: z.object({ type: FactType, from: z.string(), to: z.string(), article: z.string() }), what: z.string(), ...Common }),
  /** a post is shown under another name (its key, and so its facts, stay) */
  z.object({ kind: z.literal('rename'), post: z.string(), from: z.string(), to: z.string().trim().min(1), ...Common }),
]);
export type Correction = z.infer<typeof Correction>;

export const CurationFile = z.object({ version: z.literal(1), corrections: z.array(Correction) });
export type CurationFile = z.infer<typeof CurationFile>;

export const EMPTY: CurationFile = { version: 1, corrections: [] };

/** Where corrections are kept: --curation, else KG_CURATION, else data/curation.json (from the working folder). */
export function curationPath(flag?: string): string {
  return resolve(flag || process.env.KG_CURATION || 'data/curation.json');
}

/** The id of a correction: its kind and what it names, so that making it again replaces it. */
type FactRef = { type: string; from: string; to: string; article: string };
type Target = { kind: 'merge'; nodes: [string, string] } | { kind: 'split'; node: string } | { kind: 'reject'; fact: FactRef } | { kind: 'confirm'; fact: FactRef } | { kind: 'rename'; post: string };
export function correctionId(c: Target): string {
  const target = c.kind === 'merge' ? [...c.nodes].sort().join('|')
    : c.kind === 'split' ? c.node
    : c.kind === 'reject' || c.kind === 'confirm' ? `${c.fact.type}|${c.fact.from}|${c.fact.to}|${c.fact.article}`
    : c.post;
  return `${c.kind}-${createHash('sha256').update(target).digest('hex').slice(0, 10)}`;
}

/** The corrections in `path`; none when there is no file. A file that is not a curation file is refused, naming it. */
export function readCuration(path: string): CurationFile {
  if (!existsSync(path)) return EMPTY;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`${path}: not a curation file: ${(e as Error).message}`);
  }
  const r = CurationFile.safeParse(json);
  if (!r.success) {
    throw new UsageError(`${path}: not a curation file: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
  }
  return r.data;
}

/** Writes the file whole (a temporary file renamed over it), corrections in id order: a reviewable diff. */
export function writeCuration(path: string, file: CurationFile): void {
  const sorted: CurationFile = { version: 1, corrections: [...file.corrections].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(tmp, path);
}

/** The file with `c` added (or replacing the correction of the same id). */
export function withCorrection(file: CurationFile, c: Correction): CurationFile {
  return { version: 1, corrections: [...file.corrections.filter((x) => x.id !== c.id), c] };
}

/** What identity must honour: people merged (node pairs) and nodes split off. */
export interface IdentityCorrections { merges: Array<{ id: string; nodes: [string, string]; reason: string }>; splits: Array<{ id: string; node: string; reason: string }> }

export function identityCorrections(file: CurationFile): IdentityCorrections {
  return {
    merges: file.corrections.flatMap((c) => (c.kind === 'merge' ? [{ id: c.id, nodes: c.nodes, reason: c.reason }] : [])),
    splits: file.corrections.flatMap((c) => (c.kind === 'split' ? [{ id: c.id, node: c.node, reason: c.reason }] : [])),
  };
}
