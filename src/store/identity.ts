// Identity on load: for each name whose nodes or ties changed, read every node of the name with the ties
// its articles give, work out who is who (src/identity/identity.ts), and replace what was worked out before,
// one write transaction per chunk of names. Returns the posts whose holders' identity changed, so that their
// tenures are computed again. Running it twice gives the same graph.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { resolveIdentities, type Atom, type StoredTie } from '../identity/identity';
import type { TieReason } from '../identity/ties';
import { cypher } from './cypher';
import { toNeo4j } from './read';

export interface IdentityCounts { names: number; people: number; merged: number; posts: string[] }

/** Ties kept as evidence on one SAME_PERSON relationship: enough to show why, not every repetition. */
const MAX_EVIDENCE = 20;

interface StoredMention { article: string; to: string[]; reason: string[]; post: string[]; sentence: string[]; rule: string[] }

async function refreshChunk(tx: ManagedTransaction, names: string[]): Promise<IdentityCounts> {
  await tx.run(cypher('identity.cypher', 'lock-names'), { names });
  const res = await tx.run(cypher('identity.cypher', 'atoms-of-names'), { names });
  const was = new Map<string, string>();
  const byName = new Map<string, Atom[]>();
  for (const r of res.records) {
    const key = r.get('key') as string;
    was.set(key, r.get('was') as string);
    const ties: StoredTie[] = (r.get('ties') as StoredMention[]).flatMap((m) => m.to.map((to, i) => ({
      to, reason: m.reason[i] as TieReason, post: m.post[i] ?? '', article: m.article, sentence: m.sentence[i] ?? '', rule: m.rule[i] ?? '',
    })));
    const nameKey = key.slice(0, key.indexOf('@'));
    const atom: Atom = { key, name: r.get('name') as string, province: (r.get('province') as string | null) ?? null, ties };
    const list = byName.get(nameKey);
    if (list) list.push(atom); else byName.set(nameKey, [atom]);
  }
  const rows: Array<{ atom: string; person: string; ties: unknown[] }> = [];
  let people = 0, merged = 0;
  for (const atoms of byName.values()) {
    for (const id of resolveIdentities(atoms)) {
      people++;
      if (id.atoms.length > 1) merged++;
      for (const atom of id.atoms) {
        rows.push({ atom, person: id.person, ties: id.ties.slice(0, MAX_EVIDENCE) });
      }
    }
  }
  await tx.run(cypher('identity.cypher', 'delete-same-person'), { names });
  if (rows.length) await tx.run(cypher('identity.cypher', 'write-identity'), { rows: toNeo4j(rows) });
  const changed = rows.filter((r) => was.get(r.atom) !== r.person).map((r) => r.atom);
  const posts = changed.length
    ? (await tx.run(cypher('identity.cypher', 'posts-of-atoms'), { atoms: changed })).records.map((r) => r.get('key') as string)
    : [];
  return { names: names.length, people, merged, posts };
}

/** Works out identity again for the names marked due; `all` for every name in the graph. */
export async function refreshIdentity(driver: Driver, all = false, chunkSize = 500): Promise<IdentityCounts> {
  await driver.executeQuery(cypher('identity.cypher', 'adopt-unkeyed'), {}, { routing: neo4j.routing.WRITE });
  const res = await driver.executeQuery(cypher('identity.cypher', all ? 'all-names' : 'names-due'), {}, { routing: neo4j.routing.READ });
  const names = res.records.map((r) => r.get('name') as string).filter(Boolean).sort();
  const total: IdentityCounts = { names: 0, people: 0, merged: 0, posts: [] };
  for (let i = 0; i < names.length; i += chunkSize) {
    const chunk = names.slice(i, i + chunkSize);
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      const c = await session.executeWrite((tx) => refreshChunk(tx, chunk));
      total.names += c.names; total.people += c.people; total.merged += c.merged; total.posts.push(...c.posts);
    } finally {
      await session.close();
    }
  }
  return total;
}
