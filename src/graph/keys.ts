// Deterministic node keys from canonical names, so reloading never duplicates.
// Identity rule for people (DESIGN.md): one name in one province is one person; the province comes from
// the person's provincial or local posts, else the article's province; national-only posts anchor at "vn".
import { fold, slugKey } from '../text/canon';

export const provinceKey = (name: string): string => slugKey(name);
export const postKey = (name: string): string => slugKey(name);
export const bodyKey = (name: string): string => slugKey(name);
export const personKey = (name: string, anchor: string | null): string => `${slugKey(name)}@${anchor ? slugKey(anchor) : 'unknown'}`;
/** The identity a central post gives a name: one name in one central post is one person (src/identity). */
export const postIdentityKey = (name: string, post: string): string => `${slugKey(name)}@post:${postKey(post)}`;
export const meetingKey = (body: string | null, date: string | null, kind: string, article: string): string =>
  body && date ? `${slugKey(body)}@${date}#${slugKey(kind)}` : `${article}#${slugKey(kind)}`;
export const resolutionKey = (title: string, meeting: string): string => `${slugKey(title)}@${meeting}`;
export const documentKey = (type: string, number: string, issuer: string | null): string =>
  `${slugKey(type)}:${number.toUpperCase()}@${issuer ? slugKey(issuer) : 'unknown'}`;

/**
 * The folded text search and lookups match (`search`, range-indexed for people and posts): its first 1,000
 * characters, so that a name made of a whole unpunctuated paragraph still fits an index (about 8 KB).
 */
export const searchText = (s: string): string => fold(s).slice(0, 1000);
