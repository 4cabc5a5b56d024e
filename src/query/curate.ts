// `kg curate` and POST /api/corrections: a correction named the way an analyst names things (a person's name or
// node, a post's name, a fact by person, target, type and article), checked against the graph, written to the
// curation file and applied at once. Refused, with the nearest names, when it names nothing that exists.
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { NotFoundError, UsageError } from '../errors';
import {
  correctionId, FactType, identityCorrections, readCuration, withCorrection, writeCuration, type Correction, type CurationFile,
} from '../curation/curation';
import { applyCuration, type CurationCounts } from '../store/curation';
import { cypher } from '../store/cypher';
import { refreshIdentity } from '../store/identity';
import { runRead } from '../store/read';
import { refreshTenures } from '../store/tenures';
import { findPost, people, type PersonJson } from './leadership';

const Text = z.string().trim().min(1).max(400);
/** A correction as `kg curate` and the viewer ask for it (POST /api/corrections validates its body with this). */
export const CurateRequest = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), people: z.tuple([Text, Text]), reason: Text }),
  z.object({ kind: z.literal('split'), node: Text, reason: Text }),
  ...(['reject', 'confirm'] as const).map((kind) => z.object({
    kind: z.literal(kind), reason: Text, person: Text.optional(), target: Text.optional(), type: FactType.optional(), article: Text.optional(),
    fact: z.object({ type: FactType, from: Text, to: Text, article: Text }).optional(),
  })),
  z.object({ kind: z.literal('rename'), post: Text, to: Text, reason: Text }),
]);
export type CurateRequest = z.infer<typeof CurateRequest>;

const read = async (driver: Driver, name: string, params: Record<string, unknown>) => (await runRead(driver, cypher('curation.cypher', name), params)).rows;
const today = () => new Date().toISOString().slice(0, 10);
const stripLabel = (s: string, label: string) => (s.startsWith(`${label}:`) ? s.slice(label.length + 1) : null);

/** One person from "Person:<key>" (any node of them) or a name that means one person only. */
async function onePerson(driver: Driver, text: string): Promise<PersonJson> {
  const key = stripLabel(text, 'Person');
  if (key !== null) {
    const row = (await read(driver, 'person-node', { key }))[0];
    if (!row) throw new NotFoundError(`no person node "${text}"`);
    const found = (await people(driver, String(row[1]))).find((p) => p.person === row[2]);
    if (!found) throw new NotFoundError(`no person node "${text}"`);
    return found;
  }
  const ps = await people(driver, text);
  if (ps.length > 1) {
    throw new UsageError(`${ps.length} people are named "${text}": ${ps.map((p) => `Person:${p.person} (${p.provinces.join(', ') || 'trung ương'})`).join(', ')}; name one by its node`);
  }
  return ps[0]!;
}

/** The correction a request makes, checked against the graph. */
export async function makeCorrection(driver: Driver, req: CurateRequest): Promise<Correction> {
  const reason = req.reason?.trim();
  if (!reason) throw new UsageError('a correction needs a reason (--reason "…")');
  const at = today();
  switch (req.kind) {
    case 'merge': {
      const [a, b] = await Promise.all(req.people.map((p) => onePerson(driver, p)));
      if (a!.person === b!.person) throw new UsageError(`"${req.people[0]}" and "${req.people[1]}" are already one person (Person:${a!.person})`);
      const nodes: [string, string] = [a!.person, b!.person];
      return { kind: 'merge', nodes, names: [a!.name, b!.name], reason, at, id: correctionId({ kind: 'merge', nodes }) };
    }
    case 'split': {
      const key = stripLabel(req.node, 'Person');
      if (key === null) throw new UsageError(`split names one node: "Person:<key>" (kg person "<name>" --json lists a person's nodes)`);
      const row = (await read(driver, 'person-node', { key }))[0];
      if (!row) throw new NotFoundError(`no person node "${req.node}"`);
      const person = (await people(driver, String(row[1]))).find((p) => p.person === row[2]);
      if (!person || person.nodes.length < 2) throw new UsageError(`Person:${key} is a person of its own already: nothing to split it from`);
      return { kind: 'split', node: key, name: String(row[1]), reason, at, id: correctionId({ kind: 'split', node: key }) };
    }
    case 'reject':
    case 'confirm': {
      const kind = req.kind;
      if (req.fact) {
        const row = (await read(driver, 'fact', req.fact))[0];
        if (!row) throw new NotFoundError(`no ${req.fact.type} fact from ${req.fact.from} to ${req.fact.to} in ${req.fact.article}`);
        // a person's fact is kept by the reading it was read from, which stays when identity changes
        const fact = { ...req.fact, from: String(row[3] ?? req.fact.from) };
        return { kind, fact, what: `${row[0]} ${req.fact.type} ${row[1]}`, reason, at, id: correctionId({ kind, fact }) };
      }
      if (!req.person || !req.target) throw new UsageError(`${kind} names a person and a post or meeting (or, from the viewer, the fact itself)`);
      const person = await onePerson(driver, req.person);
      const facts = (await read(driver, 'facts-of-person', { person: person.person })).map(([type, from, to, target, article, sentence]) => ({
        type: String(type) as FactType, from: String(from), to: String(to), target: String(target), article: String(article), sentence: String(sentence ?? ''),
      }));
      const meeting = stripLabel(req.target, 'Meeting');
      const post = stripLabel(req.target, 'Post');
      const targetKey = meeting ?? post ?? (await findPost(driver, req.target).catch(() => null))?.key ?? null;
      const matching = facts.filter((f) => (targetKey ? f.to === targetKey : false) && (!req.type || f.type === req.type) && (!req.article || f.article === req.article));
      if (matching.length === 0) {
        const near = [...new Set(facts.map((f) => `${f.type} ${f.target}`))].slice(0, 8);
        throw new NotFoundError(`no fact of ${person.name} about "${req.target}"${req.type ? ` of type ${req.type}` : ''}${req.article ? ` in ${req.article}` : ''}${near.length ? `; their facts: ${near.join('; ')}` : ''}`);
      }
      if (matching.length > 1) {
        throw new UsageError(`${matching.length} facts match; name one with --type and --article: ${matching.map((f) => `${f.type} in ${f.article}`).join('; ')}`);
      }
      const f = matching[0]!;
      const fact = { type: f.type, from: f.from, to: f.to, article: f.article };
      return { kind, fact, what: `${person.name} ${f.type} ${f.target}`, reason, at, id: correctionId({ kind, fact }) };
    }
    case 'rename': {
      const key = stripLabel(req.post, 'Post');
      const byKey = key !== null ? (await read(driver, 'post-by-key', { key }))[0] : undefined;
      if (key !== null && !byKey) throw new NotFoundError(`no post "${req.post}"`);
      const post = byKey ? { key: String(byKey[0]), name: String(byKey[1]) } : await findPost(driver, req.post);
      const to = req.to?.trim();
      if (!to) throw new UsageError('rename needs the new name');
      if (to === post.name) throw new UsageError(`"${post.name}" has that name already`);
      return { kind: 'rename', post: post.key, from: post.name, to, reason, at, id: correctionId({ kind: 'rename', post: post.key }) };
    }
  }
}

export interface CurateResult { correction: Correction | null; file: CurationFile; applied: CurationCounts }

/** Applies the file to the graph now: corrections, then who is who, then the tenures they touch. */
export async function applyNow(driver: Driver, file: CurationFile): Promise<CurationCounts> {
  const applied = await applyCuration(driver, file);
  const identity = await refreshIdentity(driver, false, identityCorrections(file));
  const posts = new Set([...applied.posts, ...identity.posts]);
  if (posts.size) await refreshTenures(driver, posts);
  return { ...applied, posts: [...posts] };
}

/** Makes the correction, writes it to the file at `path`, and applies the file. */
export async function curate(driver: Driver, path: string, req: CurateRequest): Promise<CurateResult> {
  const before = readCuration(path);
  const correction = await makeCorrection(driver, req);
  const file = withCorrection(before, correction);
  writeCuration(path, file);
  return { correction, file, applied: await applyNow(driver, file) };
}

/** Takes a correction back out of the file and undoes it in the graph. */
export async function uncurate(driver: Driver, path: string, id: string): Promise<CurateResult> {
  const before = readCuration(path);
  if (!before.corrections.some((c) => c.id === id)) {
    throw new NotFoundError(`no correction "${id}" in ${path}${before.corrections.length ? `; there are: ${before.corrections.map((c) => c.id).join(', ')}` : ''}`);
  }
  const file: CurationFile = { version: 1, corrections: before.corrections.filter((c) => c.id !== id) };
  writeCuration(path, file);
  return { correction: null, file, applied: await applyNow(driver, file) };
}
