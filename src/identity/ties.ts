// What an article says about who a person is beyond the place their node is keyed by: the places of the
// other posts it gives them. "đồng chí X, Phó Trưởng Ban Dân vận Trung ương, nguyên Bí thư Tỉnh ủy A" ties
// X in A to X in that central post; "X, Bí thư Tỉnh ủy A … điều động … giữ chức Bí thư Tỉnh ủy B" ties X in A
// to X in B. Pure: the record in, ties out; src/identity/identity.ts joins the ties of every article.
import { scopeOf, trailingProvince } from '../extract/canonical-names';
import { MASS_MEMBERSHIPS } from '../lexicon/posts';
import { ENDING_EVENTS, type PersonRecord, type Provenance } from '../schema/records';
import { canonKey } from '../text/canon';
import { personKey, postIdentityKey } from '../graph/keys';

/** Why an article ties two places of one person, strongest first. */
export const TIE_REASONS = {
  transfer: 'the article moves them from one post to the other',
  former: 'the article names the earlier post as theirs ("nguyên …")',
  appositive: 'the article gives them both posts in one mention',
  renamed: 'the province was renamed: one place',
  curated: 'an analyst merged them (kg curate)',
} as const;
export type TieReason = keyof typeof TIE_REASONS;

export interface Tie {
  /** the identity the other post stands for: `name@province`, or `name@post:<post>` for a central post */
  to: string;
  reason: TieReason;
  post: string;
  evidence: Provenance;
}

const massMembership = (post: string) => { const k = canonKey(post); return MASS_MEMBERSHIPS.some((m) => m.pattern.test(k)); };

/**
 * A central post as an identity: "Thường trực" marks one of the deputies, not another post, so it is left out
 * ("thôi giữ chức Phó Trưởng Ban Thường trực Ban Dân vận Trung ương" and "Phó Trưởng Ban Dân vận Trung ương"
 * in a report a year earlier are one post for telling who is who).
 */
export function centralPostIdentity(post: string): string {
  return post.replace(/ [Tt]hường trực(?: Ban(?= ))?/u, '').replace(/\s+/g, ' ').trim();
}

/**
 * The identity a post stands for: one name in one province is one person (the rule of the person keys), and
 * one name in one central post is one person. A post with no place, or a membership of hundreds, stands for none.
 */
export function identityOfPost(name: string, post: string): string | null {
  if (scopeOf(post) === 'national') return massMembership(post) ? null : postIdentityKey(name, centralPostIdentity(post));
  const province = trailingProvince(post);
  return province ? personKey(name, province) : null;
}

/** The ties of one person record whose node is `self`: one per other identity, with its strongest evidence. */
export function tiesOf(p: PersonRecord, self: string): Tie[] {
  // moved: the article gives a new post and says one was left ("thôi giữ chức …") or is now former
  // ("điều động đồng chí X, Bí thư Tỉnh ủy A, giữ chức Bí thư Tỉnh ủy B": A is read as left)
  const took = p.events.some((e) => !ENDING_EVENTS.includes(e.kind));
  const moved = took && (p.events.some((e) => ENDING_EVENTS.includes(e.kind)) || p.holdings.some((h) => h.former));
  const found: Array<{ post: string; reason: TieReason; evidence: Provenance }> = [
    ...p.events.map((e) => ({ post: e.post, reason: (moved ? 'transfer' : 'appositive') as TieReason, evidence: e.evidence })),
    ...p.holdings.map((h) => ({ post: h.post, reason: (h.former ? (moved ? 'transfer' : 'former') : 'appositive') as TieReason, evidence: h.evidence })),
  ];
  const rank = (r: TieReason) => Object.keys(TIE_REASONS).indexOf(r);
  const best = new Map<string, Tie>();
  for (const f of found) {
    const to = identityOfPost(p.name, f.post);
    if (!to || to === self) continue;
    const prev = best.get(to);
    if (!prev || rank(f.reason) < rank(prev.reason)) best.set(to, { to, reason: f.reason, post: f.post, evidence: f.evidence });
  }
  return [...best.values()].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}
