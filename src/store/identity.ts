// Identity on load: for each name whose readings or ties changed, read every reading of the name with the ties
// its articles give, work out who is who (src/identity/identity.ts) with the analyst's merges and splits
// (src/curation), and replace what was worked out before, one write transaction per chunk of names: one Person
// node per person, each reading READ_AS it, and the facts of a reading whose person changed moved to the new
// person (cypher/identity.cypher). Names an analyst merged are worked out together. Returns the posts whose
// holders' identity changed, so that their tenures are computed again. Running it twice gives the same graph.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { IdentityCorrections } from '../curation/curation';
import { resolveIdentities, unionFind, type Atom, type StoredTie } from '../identity/identity';
import type { TieReason } from '../identity/ties';
import { cypher } from './cypher';
import { searchText } from '../graph/keys';
import { slugKey } from '../text/canon';
import { toNeo4j } from './read';

export interface IdentityCounts { names: number; people: number; merged: number; posts: string[] }

/** Ties kept as evidence on one SAME_PERSON relationship: enough to show why, not every repetition. */
const MAX_EVIDENCE = 20;
const NONE: IdentityCorrections = { merges: [], splits: [] };

interface StoredMention { article: string; to: string[]; reason: string[]; post: string[]; sentence: string[]; rule: string[] }

const nameKeyOf = (key: string) => key.slice(0, key.indexOf('@'));
/** The facts that hang off a person and follow a reading moved to another (identity.cypher, move-*). */
const MOVED_FACTS = ['HELD_POST', 'TOOK_POST', 'LEFT_POST', 'CHAIRED', 'SPOKE_AT', 'MENTIONS'] as const;

async function refreshChunk(tx: ManagedTransaction, names: string[], corrections: IdentityCorrections): Promise<IdentityCounts> {
  await tx.run(cypher('identity.cypher', 'lock-names'), { names });
  const res = await tx.run(cypher('identity.cypher', 'atoms-of-names'), { names });
  const was = new Map<string, string>();
  const atomsByKey = new Map<string, Atom>();
  const clusterOf = nameClusters(corrections);
  const byCluster = new Map<string, Atom[]>();
  for (const r of res.records) {
    const key = r.get('key') as string;
    was.set(key, (r.get('was') as string | null) ?? '');
    const ties: StoredTie[] = (r.get('ties') as StoredMention[]).flatMap((m) => m.to.map((to, i) => ({
      to, reason: m.reason[i] as TieReason, post: m.post[i] ?? '', article: m.article, sentence: m.sentence[i] ?? '', rule: m.rule[i] ?? '',
    })));
    const cluster = clusterOf(nameKeyOf(key));
    const atom: Atom = { key, name: r.get('name') as string, province: (r.get('province') as string | null) ?? null, ties };
    atomsByKey.set(key, atom);
    const list = byCluster.get(cluster);
    if (list) list.push(atom); else byCluster.set(cluster, [atom]);
  }
  const curatedBy = new Map<string, string[]>();
  const mark = (node: string, id: string) => curatedBy.set(node, [...(curatedBy.get(node) ?? []), id]);
  for (const m of corrections.merges) { mark(m.nodes[0], m.id); mark(m.nodes[1], m.id); }
  for (const x of corrections.splits) mark(x.node, x.id);
  const rows: Array<{ atom: string; person: string; ties: unknown[]; curatedBy: string[] | null }> = [];
  const persons: Array<{ key: string; name: string; search: string; nameKey: string; province: string | null; provinces: string[] }> = [];
  let people = 0, merged = 0;
  for (const atoms of byCluster.values()) {
    for (const id of resolveIdentities(atoms, corrections)) {
      people++;
      if (id.atoms.length > 1) merged++;
      for (const atom of id.atoms) {
        rows.push({ atom, person: id.person, ties: id.ties.slice(0, MAX_EVIDENCE), curatedBy: curatedBy.get(atom)?.sort() ?? null });
      }
      const own = atomsByKey.get(id.person)!;
      const provinces = [...new Set(id.atoms.map((a) => atomsByKey.get(a)!.province).filter((p): p is string => p !== null))].sort();
      persons.push({ key: id.person, name: own.name, search: searchText(own.name), nameKey: slugKey(own.name), province: own.province, provinces });
    }
  }
  await tx.run(cypher('identity.cypher', 'delete-same-person'), { names });
  if (rows.length) await tx.run(cypher('identity.cypher', 'write-identity'), { rows: toNeo4j(rows) });
  if (persons.length) await tx.run(cypher('identity.cypher', 'write-persons'), { rows: persons });
  const moves = rows.filter((r) => was.get(r.atom) !== r.person).map((r) => ({ atom: r.atom, was: was.get(r.atom)!, person: r.person }));
  const changed = moves.map((m) => m.atom);
  if (moves.length) {
    await tx.run(cypher('identity.cypher', 'move-readings'), { moves });
    for (const type of MOVED_FACTS) await tx.run(cypher('identity.cypher', `move-${type}`), { moves });
    await tx.run(cypher('identity.cypher', 'flag-moved-corrections'), { moves });
    await tx.run(cypher('identity.cypher', 'delete-unread-persons'), { keys: [...new Set(moves.map((m) => m.was).filter(Boolean))] });
  }
  const posts = changed.length
    ? (await tx.run(cypher('identity.cypher', 'posts-of-atoms'), { atoms: changed })).records.map((r) => r.get('key') as string)
    : [];
  return { names: names.length, people, merged, posts };
}

/** Names an analyst merged people across are one cluster (named by its smallest name key). */
function nameClusters(corrections: IdentityCorrections): (name: string) => string {
  const { find, union } = unionFind();
  for (const m of corrections.merges) union(nameKeyOf(m.nodes[0]), nameKeyOf(m.nodes[1]));
  return find;
}

/** The names due, with the names merged to them, in chunks that never part a cluster. */
function chunksOf(names: string[], corrections: IdentityCorrections, chunkSize: number): string[][] {
  const clusterOf = nameClusters(corrections);
  const members = new Map<string, Set<string>>();
  const all = new Set([...names, ...corrections.merges.flatMap((m) => m.nodes.map(nameKeyOf))]);
  for (const n of all) {
    const c = clusterOf(n);
    members.set(c, (members.get(c) ?? new Set()).add(n));
  }
  const due = new Set(names.map(clusterOf));
  const out: string[][] = [];
  let cur: string[] = [];
  for (const c of [...due].sort()) {
    cur.push(...[...members.get(c)!].sort());
    if (cur.length >= chunkSize) { out.push(cur); cur = []; }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Works out identity again for the names marked due (`all`: every name in the graph), honouring `corrections`. */
export async function refreshIdentity(driver: Driver, all = false, corrections: IdentityCorrections = NONE, chunkSize = 500): Promise<IdentityCounts> {
  await driver.executeQuery(cypher('identity.cypher', 'adopt-unkeyed'), {}, { routing: neo4j.routing.WRITE });
  const res = await driver.executeQuery(cypher('identity.cypher', all ? 'all-names' : 'names-due'), {}, { routing: neo4j.routing.READ });
  const names = res.records.map((r) => r.get('name') as string).filter(Boolean).sort();
  const total: IdentityCounts = { names: 0, people: 0, merged: 0, posts: [] };
  for (const chunk of chunksOf(names, corrections, chunkSize)) {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const c = await session.executeWrite((tx) => refreshChunk(tx, chunk, corrections));
      total.names += c.names; total.people += c.people; total.merged += c.merged; total.posts.push(...c.posts);
    } finally {
      await session.close();
    }
  }
  return total;
}
