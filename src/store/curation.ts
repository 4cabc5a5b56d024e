// The analyst's corrections in the graph: rejected facts marked, renamed posts shown by their new name, and the
// merges and splits handed to identity (src/store/identity.ts). Applied after every load, and at once by
// `kg curate`; corrections removed from the file are undone. Returns the posts whose tenures must be computed again.
import neo4j, { type Driver } from 'neo4j-driver';
import type { CurationFile } from '../curation/curation';
import { searchText } from '../graph/keys';
import { cypher } from './cypher';

export interface CurationCounts { rejected: number; confirmed: number; renamed: number; missing: string[]; posts: string[] }

export async function applyCuration(driver: Driver, file: CurationFile): Promise<CurationCounts> {
  const ids = file.corrections.map((c) => c.id);
  const rejects = file.corrections.flatMap((c) => (c.kind === 'reject' ? [{ id: c.id, ...c.fact, reason: c.reason }] : []));
  const confirms = file.corrections.flatMap((c) => (c.kind === 'confirm' ? [{ id: c.id, ...c.fact, reason: c.reason }] : []));
  const renames = file.corrections.flatMap((c) => (c.kind === 'rename' ? [{ id: c.id, post: c.post, to: c.to, search: searchText(c.to), reason: c.reason }] : []));
  const nodes = file.corrections.flatMap((c) => (c.kind === 'merge' ? c.nodes : c.kind === 'split' ? [c.node] : []));
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const posts = new Set<string>();
      const keys = (rs: { records: Array<{ get: (k: string) => unknown }> }, k = 'post') => rs.records.map((r) => r.get(k)).filter((x): x is string => typeof x === 'string');
      for (const p of keys(await tx.run(cypher('curation.cypher', 'unreject'), { ids }))) posts.add(p);
      const person = rejects.filter((x) => x.type !== 'APPROVED');
      const meeting = rejects.filter((x) => x.type === 'APPROVED');
      const applied = new Set<string>();
      for (const [name, rows] of [['reject-person-facts', person], ['reject-meeting-facts', meeting]] as const) {
        if (!rows.length) continue;
        const rs = await tx.run(cypher('curation.cypher', name), { rows });
        for (const p of keys(rs)) posts.add(p);
        for (const id of keys(rs, 'id')) applied.add(id);
      }
      // a doubtful fact an analyst confirmed counts as the articles give it (src/tenure: doubtful)
      for (const p of keys(await tx.run(cypher('curation.cypher', 'unconfirm'), { ids }))) posts.add(p);
      let confirmed = 0;
      if (confirms.length) {
        const rs = await tx.run(cypher('curation.cypher', 'confirm-person-facts'), { rows: confirms });
        for (const p of keys(rs)) posts.add(p);
        for (const id of keys(rs, 'id')) { applied.add(id); confirmed++; }
      }
      for (const p of keys(await tx.run(cypher('curation.cypher', 'unrename'), { ids }))) posts.add(p);
      let renamed = 0;
      if (renames.length) {
        const rs = await tx.run(cypher('curation.cypher', 'rename-posts'), { rows: renames });
        for (const p of keys(rs)) { posts.add(p); renamed++; }
      }
      await tx.run(cypher('identity.cypher', 'mark-curated-due'), { nodes });
      // a correction whose fact is not (or no longer) in the graph: its article was removed or now reads otherwise
      const missing = [...rejects, ...confirms].filter((x) => !applied.has(x.id)).map((x) => x.id);
      return { rejected: applied.size - confirmed, confirmed, renamed, missing, posts: [...posts] };
    });
  } finally {
    await session.close();
  }
}
