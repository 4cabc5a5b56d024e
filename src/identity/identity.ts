// Who is who across articles. A Person node is a name as read in one place (`name@province`, or `name@vn` for
// someone the article shows in central posts only); two nodes are one person when articles tie them, directly
// or through a post both are tied to (src/identity/ties.ts). The nodes of one person form a component; its
// key is the smallest node key in it, so the result depends on the facts only, never on the order they came in.
// Pure; src/store/identity.ts reads the nodes and writes the result.
import type { IdentityCorrections } from '../curation/curation';
import { personKey } from '../graph/keys';
import { REORGANISATIONS } from '../lexicon/reorganisation';
import type { TieReason } from './ties';

export interface StoredTie { to: string; reason: TieReason; post: string; article: string; sentence: string; rule: string }
export interface Atom { key: string; name: string; province: string | null; ties: StoredTie[] }
export interface TieEvidence extends StoredTie { from: string }

export interface Identity {
  /** the person's key: the smallest key of the nodes tied together */
  person: string;
  /** the nodes (keys) that are this person */
  atoms: string[];
  /** the ties that joined them, in key order; empty for a person read in one place only */
  ties: TieEvidence[];
}

/**
 * Components of the atoms under their ties; ties to identities no node has still join (a post both are tied to).
 * Corrections (src/curation): a node split off keeps none of its ties; a merge ties two nodes, whatever their names.
 */
export function resolveIdentities(atoms: Atom[], corrections: IdentityCorrections = { merges: [], splits: [] }): Identity[] {
  const { find, union } = unionFind();
  const split = new Set(corrections.splits.map((x) => x.node));
  const present = new Set(atoms.map((a) => a.key));
  const withRenames = atoms.map((a) => ({
    ...a,
    ties: [
      ...(split.has(a.key) ? [] : [...a.ties, ...renameTies(a)].filter((t) => !split.has(t.to))),
      ...corrections.merges.filter((m) => m.nodes[0] === a.key && present.has(m.nodes[1])).map((m) => ({
        to: m.nodes[1], reason: 'curated' as const, post: '', article: 'curation', sentence: m.reason, rule: `curation.${m.id}`,
      })),
    ],
  }));
  for (const a of withRenames) for (const t of a.ties) union(a.key, t.to);
  const groups = new Map<string, Atom[]>();
  for (const a of [...withRenames].sort((x, y) => (x.key < y.key ? -1 : 1))) {
    const r = find(a.key);
    const g = groups.get(r);
    if (g) g.push(a); else groups.set(r, [a]);
  }
  const out: Identity[] = [];
  for (const g of groups.values()) {
    const keys = g.map((a) => a.key);
    const ties = g.length < 2 ? [] : g.flatMap((a) => a.ties.map((t) => ({ from: a.key, ...t })))
      .sort((x, y) => cmp(x.from, y.from) || cmp(x.to, y.to) || cmp(x.article, y.article) || cmp(x.rule, y.rule));
    out.push({ person: keys[0]!, atoms: keys, ties });
  }
  return out.sort((x, y) => cmp(x.person, y.person));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sets of keys joined two at a time; each set is named by its smallest key, so the names depend on the sets
 * only, never on the order of the joins. A key never joined is a set of its own.
 */
export function unionFind(): { find: (x: string) => string; union: (a: string, b: string) => void } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r)) r = parent.get(r)!;
    for (let y = x; y !== r;) { const next = parent.get(y)!; parent.set(y, r); y = next; }
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a), rb = find(b);
    if (ra < rb) parent.set(rb, ra); else if (rb < ra) parent.set(ra, rb);
  };
  return { find, union };
}

/** A node in a province since renamed is the same place as the new name's (one name in one province is one person). */
function renameTies(a: Atom): StoredTie[] {
  return REORGANISATIONS.flatMap((r) => r.renames.filter((x) => x.from === a.province).map((x) => ({
    to: personKey(a.name, x.to), reason: 'renamed' as const, post: `${x.from} → ${x.to}`, article: r.source, sentence: `${x.from} became ${x.to} on ${r.effective}`, rule: `reorganisation.${r.id}`,
  })));
}
