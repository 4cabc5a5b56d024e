// Leadership over time as JSON: the succession of a post, its holders at a date, a person's career and the
// meetings they chaired, and the conflicts. One implementation for the CLI and the API.
import type { Driver } from 'neo4j-driver';
import { NotFoundError, UsageError } from '../errors';
import { cypher } from '../store/cypher';
import { runRead } from '../store/read';
import { lookupKey } from '../text/canon';
import type { Basis, Evidence, Tenure } from '../tenure/tenures';
import { TIE_REASONS, type TieReason } from '../identity/ties';
import { scopeOf } from '../extract/canonical-names';
import { boundaryOf, type Boundary } from '../tenure/boundaries';

/** Evidence as stored: an unknown sentence is "" (Neo4j keeps no nulls in lists). */
export type EvidenceJson = Omit<Evidence, 'sentence'> & { sentence: string };

/** A tenure as the CLI and the API print it: the computed tenure without its own keys. */
export type HolderJson = Omit<Tenure, 'key' | 'post' | 'postKey' | 'evidence'> & { evidence: EvidenceJson[] };

export interface GapJson { after: string; before: string; from: string; to: string; days: number }

/** The day the post's province merged, was renamed, or its level was abolished; who held it last before, first after. */
export interface BoundaryJson { date: string; reason: Boundary['reason']; becomes: string | null; source: string; after: string | null; before: string | null }

export interface SuccessionJson {
  /** the change of the map the post went through, if any */
  boundary: BoundaryJson | null;
  post: string;
  province: string | null;
  seats: 'one' | 'many';
  /** false for a post whose province the articles do not name: its holders are listed, never ordered as a succession */
  placed: boolean;
  holders: HolderJson[];
  gaps: GapJson[];
}

type Row = unknown[];
const read = async (driver: Driver, name: string, params: Record<string, unknown>, file = 'leadership.cypher') =>
  (await runRead(driver, cypher(file, name), params)).rows;

/** Lucene words over the folded search field, the last a prefix; null when the text has none. */
export function luceneQuery(q: string): string | null {
  const words = lookupKey(q).split(/[^a-z0-9]+/).filter(Boolean).slice(0, 12);
  return words.length ? words.map((w, i) => `search:${w}${i === words.length - 1 ? '*' : ''}`).join(' AND ') : null;
}

async function suggestions(driver: Driver, label: string, text: string): Promise<string[]> {
  const lucene = luceneQuery(text);
  if (!lucene) return [];
  return (await read(driver, 'suggest', { lucene, label })).map((r) => String(r[0]));
}

async function notFound(driver: Driver, label: 'Post' | 'Person', text: string): Promise<never> {
  const near = await suggestions(driver, label, text);
  const what = label === 'Post' ? 'post' : 'person';
  throw new NotFoundError(`no ${what} named "${text}"${near.length ? `; did you mean: ${near.map((n) => `"${n}"`).join(', ')}?` : ''}`);
}

export function holderOf(t: Record<string, unknown>): HolderJson {
  const list = (k: string) => (t[k] as string[] | undefined) ?? [];
  const dates = list('evidenceDates'), sentences = list('evidenceSentences'), rules = list('evidenceRules');
  return {
    name: String(t.name), person: String(t.person), acting: Boolean(t.acting),
    from: (t.from as string | null) ?? null, to: (t.to as string | null) ?? null,
    fromPrecision: t.fromPrecision as HolderJson['fromPrecision'], toPrecision: t.toPrecision as HolderJson['toPrecision'],
    fromBasis: t.fromBasis as Basis, toBasis: t.toBasis as Basis,
    firstSeen: (t.firstSeen as string | null) ?? null, lastSeen: (t.lastSeen as string | null) ?? null,
    endedBy: (t.endedBy as string | null) ?? null, concurrent: Boolean(t.concurrent), terms: list('terms'),
    replaces: (t.replaces as string | null) ?? null,
    endReason: (t.endReason as HolderJson['endReason']) ?? null, endSource: (t.endSource as string | null) ?? null,
    fromWhy: (t.fromWhy as string | null) ?? null, fromWhyVi: (t.fromWhyVi as string | null) ?? null,
    toWhy: (t.toWhy as string | null) ?? null, toWhyVi: (t.toWhyVi as string | null) ?? null,
    toArticle: (t.toArticle as string | null) ?? null, toSentence: (t.toSentence as string | null) ?? null,
    evidence: list('evidenceArticles').map((article, i) => ({ article, sentence: sentences[i] ?? '', date: dates[i] || null, rule: rules[i] ?? '' })),
  };
}

const props = (r: Row) => (r[0] as { properties: Record<string, unknown> }).properties;

export interface PostRow { key: string; name: string; seats: 'one' | 'many'; placed: boolean; province: string | null }

/** A row of key, name, seats, placed, province (posts-by-search; post-by-key in viewer.cypher). */
export function toPostRow(row: Row): PostRow {
  return { key: String(row[0]), name: String(row[1]), seats: row[2] as 'one' | 'many', placed: Boolean(row[3]), province: (row[4] as string | null) ?? null };
}

export async function findPost(driver: Driver, text: string): Promise<PostRow> {
  const rows = await read(driver, 'posts-by-search', { search: lookupKey(text) });
  const row = rows[0];
  if (!row) return notFound(driver, 'Post', text);
  return toPostRow(row);
}

/** The stored tenures of a post, in order, as node properties. */
export async function tenuresOfPost(driver: Driver, postKey: string): Promise<Array<Record<string, unknown>>> {
  return (await read(driver, 'tenures-of-post', { post: postKey })).map(props);
}

/** The stored tenures of a person, by start, as node properties. */
export async function tenuresOfPerson(driver: Driver, personKey: string): Promise<Array<Record<string, unknown>>> {
  return (await read(driver, 'tenures-of-person', { person: personKey })).map((r) => r[0] as Record<string, unknown>);
}

export async function succession(driver: Driver, postText: string): Promise<SuccessionJson> {
  return successionOf(driver, await findPost(driver, postText));
}

/** `tenures`: the post's tenures when the caller has read them already. */
export async function successionOf(driver: Driver, post: PostRow, tenures?: Array<Record<string, unknown>>): Promise<SuccessionJson> {
  tenures ??= await tenuresOfPost(driver, post.key);
  const holders = tenures.map(holderOf);
  const nameOf = new Map(tenures.map((t) => [String(t.key), String(t.name)]));
  const gaps = (await read(driver, 'successions-of-post', { post: post.key }))
    .filter((r) => r[2] === 'computed' && r[3] && r[4])
    .map((r) => ({ after: nameOf.get(String(r[0]))!, before: nameOf.get(String(r[1]))!, from: String(r[3]), to: String(r[4]), days: Number(r[5]) }));
  // where the map changed: the holders who took the post before the change was adopted held the old unit's
  // post (theirs ended by that day at the latest), those who took it after hold the new unit's
  const b = boundaryOf({ name: post.name, province: post.province, scope: scopeOf(post.name) });
  const newUnit = (h: HolderJson) => !!b && h.from !== null && h.from >= b.adopted;
  const boundary: BoundaryJson | null = b && holders.some((h) => !newUnit(h)) ? {
    date: b.date, reason: b.reason, becomes: b.becomes, source: b.source,
    after: [...holders].reverse().find((h) => !newUnit(h) && h.from !== null)?.name ?? null,
    before: holders.find(newUnit)?.name ?? null,
  } : null;
  return { post: post.name, province: post.province, seats: post.seats, placed: post.placed, holders, gaps, boundary };
}

export interface HoldersAtJson {
  post: string;
  at: string;
  holders: HolderJson[];
  /** when nobody is known to hold it that day: the holders known last before and first after */
  before: HolderJson | null;
  after: HolderJson | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Who held the post on a day: a tenure begun by then and not yet ended (an open one has not ended). */
export async function holdersAt(driver: Driver, postText: string, at: string): Promise<HoldersAtJson> {
  if (!ISO.test(at) || Number.isNaN(Date.parse(at))) throw new UsageError(`--at ${at}: expected a date YYYY-MM-DD`);
  const s = await succession(driver, postText);
  const dated = s.holders.filter((h) => h.from !== null);
  const holders = dated.filter((h) => h.from! <= at && (h.to === null ? h.toBasis === 'open' : at <= h.to));
  const before = holders.length ? null : [...dated].reverse().find((h) => (h.to ?? h.from!) < at) ?? null;
  const after = holders.length ? null : dated.find((h) => h.from! > at) ?? null;
  return { post: s.post, at, holders, before, after };
}

export interface MeetingRoleJson { meeting: string; key: string; kind: string; date: string | null; body: string | null; article: string; sentence: string }
export interface ApprovedJson { meeting: string; date: string | null; resolution: string; article: string; sentence: string }
export interface TieJson { reason: string; explanation: string; post: string; article: string; sentence: string }
export interface PersonJson {
  name: string;
  /** the person's own node: the smallest key among the nodes that are them */
  person: string;
  province: string | null;
  /** the provinces of the career: of every node that is this person, and of the posts they held */
  provinces: string[];
  /** the nodes (one per place an article read them in) that are this person */
  nodes: string[];
  /** what tied the nodes together, article and sentence */
  ties: TieJson[];
  /** for a name several people share: why this one is not the others */
  apart: string | null;
  posts: Array<HolderJson & { post: string; province: string | null }>;
  chaired: MeetingRoleJson[];
  spokeAt: MeetingRoleJson[];
  approvedAtChaired: ApprovedJson[];
}

export interface IdentityJson { nodes: string[]; provinces: string[]; ties: TieJson[] }

/**
 * The nodes that are one person (`person`: its own node), the ties that made them one, and the provinces of the
 * career: where articles read the person, and where the posts of their `tenures` (tenuresOfPerson) are.
 */
export async function identityOf(driver: Driver, person: string, tenures: Array<Record<string, unknown>>): Promise<IdentityJson> {
  const nodes = await read(driver, 'nodes-of-person', { person });
  const ties: TieJson[] = nodes.flatMap(([, , reasons, posts, articles, sentences]) => ((reasons as string[] | null) ?? []).map((reason, i) => ({
    reason, explanation: TIE_REASONS[reason as TieReason] ?? reason, post: String((posts as string[])[i] ?? ''),
    article: String((articles as string[])[i] ?? ''), sentence: String((sentences as string[])[i] ?? ''),
  })));
  const seen = new Set<string>();
  return {
    nodes: nodes.map((r) => String(r[0])),
    provinces: [...new Set([...nodes.map((r) => r[1]), ...tenures.map((t) => t.province)].filter((x): x is string => typeof x === 'string' && x !== ''))].sort(),
    ties: ties.filter((t) => { const id = `${t.article}|${t.post}|${t.reason}`; if (seen.has(id)) return false; seen.add(id); return true; }),
  };
}

/** Everyone the name may mean: one entry per person, however many places the articles read them in. */
export async function people(driver: Driver, nameText: string): Promise<PersonJson[]> {
  const found = await read(driver, 'people-by-search', { search: lookupKey(nameText) });
  if (found.length === 0) return notFound(driver, 'Person', nameText);
  const out: PersonJson[] = [];
  for (const [key, name, province] of found) {
    const person = String(key);
    const tenures = await tenuresOfPerson(driver, person);
    const { nodes: keys, provinces, ties } = await identityOf(driver, person, tenures);
    const posts = tenures.map((t) => ({ post: String(t.post), province: (t.province as string | null) ?? null, ...holderOf(t) }));
    const meetings = await read(driver, 'meetings-of-person', { person });
    const role = (type: string): MeetingRoleJson[] => meetings.filter((r) => r[0] === type).map((r) => ({
      meeting: String(r[2]), key: String(r[1]), kind: String(r[3]), date: (r[4] as string | null) ?? null, body: (r[5] as string | null) ?? null,
      article: String(r[6]), sentence: String(r[7] ?? ''),
    }));
    const approved = (await read(driver, 'approved-at-chaired', { person })).map((r) => ({
      meeting: String(r[1]), date: (r[2] as string | null) ?? null, resolution: String(r[3]), article: String(r[4]), sentence: String(r[5] ?? ''),
    }));
    out.push({
      name: String(name), person, province: (province as string | null) ?? null, provinces, nodes: keys, ties, apart: null,
      posts, chaired: role('CHAIRED'), spokeAt: role('SPOKE_AT'), approvedAtChaired: approved,
    });
  }
  for (const p of out) p.apart = out.length > 1 ? apartReason(p, out.filter((q) => q !== p)) : null;
  return out;
}

const where = (p: PersonJson) => (p.provinces.length ? p.provinces.join(', ') : 'trung ương');

/**
 * Why namesakes stay two people: no article ties them, and when both hold a post on one day in different
 * places, they cannot be one.
 */
function apartReason(p: PersonJson, others: PersonJson[]): string {
  const reasons = others.map((q) => {
    const clash = p.posts.flatMap((a) => q.posts.filter((b) => a.province !== b.province && overlaps(a, b)).map((b) => `${a.post} and ${b.post}`))[0];
    return clash
      ? `not ${q.name} (${where(q)}): both held posts in different places at once (${clash})`
      : `not ${q.name} (${where(q)}): no article ties them`;
  });
  return reasons.join('; ');
}

/** Two tenures that share a day the articles show: an open end is not known to go on, so it does not count. */
function overlaps(a: HolderJson, b: HolderJson): boolean {
  if (!a.from || !b.from) return false;
  const shownTo = (h: HolderJson) => (h.toBasis === 'stated' || h.toBasis === 'seen' ? h.to : null) ?? h.lastSeen ?? h.from!;
  return a.from <= shownTo(b) && b.from <= shownTo(a);
}

export interface ConflictJson { kind: string; post: string; from: string | null; to: string | null; message: string; messageVi: string; holders: HolderJson[] }

export async function conflicts(driver: Driver): Promise<ConflictJson[]> {
  return (await read(driver, 'conflicts', {})).map((r) => {
    const c = props(r);
    const ts = (r[1] as Array<{ properties: Record<string, unknown> }>).map((t) => holderOf(t.properties));
    return { kind: String(c.kind), post: String(c.post), from: (c.from as string | null) ?? null, to: (c.to as string | null) ?? null, message: String(c.message), messageVi: String(c.messageVi ?? c.message), holders: ts };
  });
}
