// Where the map changed under a post: the day a province ceased, was renamed, or its level was abolished
// (src/lexicon/reorganisation.ts). Pure: a post's name, province and scope in, its boundary (if any) out.
import { REORGANISATIONS } from '../lexicon/reorganisation';
import { canonKey } from '../text/canon';

export interface Boundary {
  /** the day the old unit's posts end */
  date: string;
  /** the day the change was adopted: a post taken after it is the new unit's */
  adopted: string;
  /** why they end, as `kg succession` prints it */
  reason: 'province merged' | 'province renamed' | 'district level abolished';
  /** what it became: "Tuyên Quang", "Huế", or null for an abolished level */
  becomes: string | null;
  source: string;
}

/** The level of the unit a local post belongs to: the first level word of its name ("… xã Tân Lập, huyện Y" is a commune's). */
const LEVEL_WORD = /(?:^| )(thị xã|thị trấn|xã|phường|huyện ủy|huyện|quận ủy|quận|thị ủy|thành ủy|thành phố)(?= |$)/u;
const COMMUNE = new Set(['xã', 'phường', 'thị trấn']);

export function isDistrictPost(name: string, scope: string | null): boolean {
  if (scope !== 'local') return false;
  const m = LEVEL_WORD.exec(canonKey(name));
  return !!m && !COMMUNE.has(m[1]!);
}

/** The boundary a post meets, if any; a district post's is the end of its level. */
export function boundaryOf(post: { name: string; province: string | null; scope: string | null }): Boundary | null {
  for (const r of REORGANISATIONS) {
    if (r.levelsAbolished.includes('district') && isDistrictPost(post.name, post.scope)) {
      return { date: r.effective, adopted: r.adopted, reason: 'district level abolished', becomes: null, source: r.source };
    }
    if (!post.province || post.scope === 'national') continue;
    const merger = r.mergers.find((m) => m.from.includes(post.province!));
    if (merger) return { date: r.effective, adopted: r.adopted, reason: 'province merged', becomes: merger.into, source: r.source };
    const rename = r.renames.find((x) => x.from === post.province);
    if (rename) return { date: r.effective, adopted: r.adopted, reason: 'province renamed', becomes: rename.to, source: r.source };
  }
  return null;
}
