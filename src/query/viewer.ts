// What the viewer reads: the start view of a province, a node with the provenance of its facts, a page of
// neighbours, and timelines of tenures (a post's holders, a person's career). One implementation for the API
// and its tests; every Cypher statement is in cypher/viewer.cypher or cypher/read.cypher.
import type { Driver } from 'neo4j-driver';
import { NotFoundError, UsageError } from '../errors';
import { PROVINCE_LEADERSHIP } from '../lexicon/posts';
import { cypher } from '../store/cypher';
import { runRead } from '../store/read';
import { lookupKey } from '../text/canon';
import { findPost, holderOf, identityOf, successionOf, tenuresOfPerson, tenuresOfPost, toPostRow, type BoundaryJson, type GapJson, type HolderJson, type IdentityJson } from './leadership';
import { GraphCollector, nodeId, parseNodeId, type PlainNode, type PlainRel, type ViewGraph, type ViewNode, viewNode } from './view-graph';

const rows = async (driver: Driver, file: string, name: string, params: Record<string, unknown>) =>
  (await runRead(driver, cypher(file, name), params, { timeoutMs: 10_000 })).rows;
const viewer = (driver: Driver, name: string, params: Record<string, unknown>) => rows(driver, 'viewer.cypher', name, params);

// ---------------------------------------------------------------------------------------------------------
// Start view

export interface LeaderJson {
  post: ViewNode;
  /** the open tenures: who holds it now, as far as the articles tell */
  current: Array<{ person: string; name: string; tenure: string; from: string | null; fromPrecision: string; acting: boolean }>;
  /** when nobody holds it openly: the latest holder and when they were last seen in it */
  latest: { person: string; name: string; tenure: string; to: string | null; lastSeen: string | null } | null;
  tenures: number;
}
export interface MeetingSummaryJson { id: string; name: string; date: string | null; body: string | null; chairs: Array<{ id: string; name: string }>; approved: number }
export interface OverviewJson {
  province: string | null;
  provinces: Array<{ name: string; articles: number }>;
  leaders: LeaderJson[];
  meetings: MeetingSummaryJson[];
  graph: ViewGraph;
}

const RANK = new Map(PROVINCE_LEADERSHIP.map((x, i) => [lookupKey(x.post), i]));

/** Where a post stands on the start view: the province's leading posts in their order, then by tenures known. */
export function leadershipRank(postName: string, province: string, tenures: number): number {
  const known = RANK.get(lookupKey(postName.endsWith(province) ? postName.slice(0, -province.length) : postName));
  return known ?? PROVINCE_LEADERSHIP.length + 1 / (1 + tenures);
}

export async function overview(driver: Driver, opts: { province?: string; posts?: number; meetings?: number } = {}): Promise<OverviewJson> {
  const provinces = (await viewer(driver, 'provinces', {})).map(([, name, articles]) => ({ name: String(name), articles: Number(articles) }));
  let province: string | null = null;
  if (opts.province) {
    const want = lookupKey(opts.province);
    const hit = provinces.find((p) => lookupKey(p.name) === want);
    if (!hit) {
      throw new NotFoundError(`no province named "${opts.province}"${provinces.length ? `; the graph has: ${provinces.slice(0, 12).map((p) => p.name).join(', ')}` : ''}`);
    }
    province = hit.name;
  } else {
    province = provinces[0]?.name ?? null;
  }
  const g = new GraphCollector();
  if (!province) return { province, provinces, leaders: [], meetings: [], graph: g.graph() };

  // The top posts are single seats: who holds the seat now is a question the articles can answer.
  const postRows = (await viewer(driver, 'province-posts', { province })).filter((r) => (r[0] as PlainNode).properties.seats === 'one');
  const ranked = postRows
    .map((r) => {
      const post = r[0] as PlainNode;
      return { r, post, rank: leadershipRank(String(post.properties.name), province!, Number(r[7])) };
    })
    .sort((a, b) => a.rank - b.rank || String(a.post.properties.name).localeCompare(String(b.post.properties.name), 'vi'))
    .slice(0, opts.posts ?? 8);

  const leaders: LeaderJson[] = [];
  const pairs: Array<{ person: string; post: string }> = [];
  for (const { r, post } of ranked) {
    const [, body, ofBody, inProvince, prov, open, latest, tenures] = r as [PlainNode, PlainNode | null, PlainRel | null, PlainRel | null, PlainNode | null, PlainNode[], PlainNode | null, number];
    const postView = g.node(post)!;
    g.node(body); g.node(prov); g.rel(ofBody); g.rel(inProvince);
    const current = open.map((t) => ({
      person: nodeId('Person', String(t.properties.person)), name: String(t.properties.name), tenure: nodeId('Tenure', String(t.properties.key)),
      from: (t.properties.from as string | null) ?? null, fromPrecision: String(t.properties.fromPrecision), acting: Boolean(t.properties.acting),
    }));
    const last = !open.length && latest ? latest.properties : null;
    for (const t of open.length ? open : latest ? [latest] : []) pairs.push({ person: String(t.properties.person), post: String(post.properties.key) });
    leaders.push({
      post: postView, current, tenures: Number(tenures),
      latest: last ? { person: nodeId('Person', String(last.person)), name: String(last.name), tenure: nodeId('Tenure', String(last.key)), to: (last.to as string | null) ?? null, lastSeen: (last.lastSeen as string | null) ?? null } : null,
    });
  }
  // The holders, drawn with the HELD_POST fact that shows them in the post.
  for (const [, , rel] of await viewer(driver, 'held-post-rels', { pairs })) {
    const r = rel as PlainRel | null;
    if (!r) continue;
    g.rel(r);
  }
  const people = [...new Set(pairs.map((p) => p.person))].map((key) => ({ label: 'Person', key }));
  for (const [n, degree] of await viewer(driver, 'nodes-by-key', { ids: people })) g.node(n as PlainNode, Number(degree));

  const meetings: MeetingSummaryJson[] = [];
  for (const r of await viewer(driver, 'province-meetings', { province, limit: opts.meetings ?? 6 })) {
    const [meeting, body, heldBy, inProvince, prov, chairs, chaired, approved] = r as [PlainNode, PlainNode | null, PlainRel | null, PlainRel | null, PlainNode | null, PlainNode[], PlainRel[], number];
    const m = g.node(meeting)!;
    const b = g.node(body); g.rel(heldBy); g.node(prov); g.rel(inProvince);
    chairs.forEach((c) => g.node(c)); chaired.forEach((c) => g.rel(c));
    meetings.push({
      id: m.id, name: m.name, date: (meeting.properties.date as string | null) ?? null, body: b?.name ?? null,
      chairs: chairs.map((c) => ({ id: nodeId('Person', String(c.properties.key)), name: String(c.properties.name) })), approved: Number(approved),
    });
  }
  const graph = g.graph();
  return { province, provinces, leaders, meetings, graph: { nodes: graph.nodes, edges: graph.edges } };
}

// ---------------------------------------------------------------------------------------------------------
// A node and where its facts were read

export interface ProvenanceJson {
  type: string;
  outgoing: boolean;
  other: { id: string; label: string; name: string };
  sentence: string;
  rule: string;
  article: { key: string; title: string | null; pageDate: string | null };
  meetingDate: string | null;
  date: string | null;
}
export interface NodeDetailsJson { node: ViewNode; degree: number; provenance: ProvenanceJson[] }

export async function nodeDetails(driver: Driver, id: string, limit = 60): Promise<NodeDetailsJson> {
  const { label, key } = parseNodeId(id);
  const found = await viewer(driver, 'nodes-by-key', { ids: [{ label, key }] });
  if (!found[0]) throw new NotFoundError(`no node ${label}:${key}`);
  const [n, degree] = found[0] as [PlainNode, number];
  const node = viewNode(n, Number(degree));
  let provenance: ProvenanceJson[];
  if (label === 'Tenure') {
    // A tenure is computed: its evidence is the facts it was computed from, kept on the node.
    const h = holderOf(n.properties);
    const titles = await articleTitles(driver, h.evidence.map((e) => e.article));
    provenance = h.evidence.map((e) => ({
      type: 'HELD_POST', outgoing: false, other: { id: nodeId('Person', h.person), label: 'Person', name: h.name },
      sentence: e.sentence, rule: e.rule, article: { key: e.article, ...(titles.get(e.article) ?? { title: null, pageDate: null }) }, meetingDate: e.date, date: e.date,
    }));
  } else if (label === 'Conflict') {
    provenance = [];
  } else {
    provenance = (await viewer(driver, 'provenance', { label, key, limit })).map(([type, outgoing, otherLabel, otherKey, otherName, sentence, rule, article, title, pageDate, meetingDate, date]) => ({
      type: String(type), outgoing: Boolean(outgoing),
      other: { id: nodeId(String(otherLabel), String(otherKey)), label: String(otherLabel), name: String(otherName ?? otherKey) },
      sentence: String(sentence ?? ''), rule: String(rule ?? ''),
      article: { key: String(article), title: (title as string | null) ?? null, pageDate: (pageDate as string | null) ?? null },
      meetingDate: (meetingDate as string | null) ?? null, date: (date as string | null) ?? null,
    }));
  }
  return { node, degree: Number(degree), provenance };
}

async function articleTitles(driver: Driver, keys: string[]): Promise<Map<string, { title: string | null; pageDate: string | null }>> {
  const out = new Map<string, { title: string | null; pageDate: string | null }>();
  if (!keys.length) return out;
  for (const [key, title, pageDate] of await viewer(driver, 'articles-by-key', { keys: [...new Set(keys)] })) {
    out.set(String(key), { title: (title as string | null) ?? null, pageDate: (pageDate as string | null) ?? null });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Neighbours, a page at a time

export interface NeighborsOptions { types: string[]; from: string | null; to: string | null; skip: number; limit: number }
export interface NeighborsJson extends ViewGraph { center: string; total: number; skip: number; limit: number; more: boolean }

export async function neighbors(driver: Driver, id: string, opts: NeighborsOptions): Promise<NeighborsJson> {
  const { label, key } = parseNodeId(id);
  const found = await rows(driver, 'read.cypher', 'neighbors', { label, key, ...opts });
  if (!found.length) {
    if (!(await viewer(driver, 'nodes-by-key', { ids: [{ label, key }] })).length) throw new NotFoundError(`no node ${label}:${key}`);
    return { center: id, nodes: [], edges: [], total: 0, skip: opts.skip, limit: opts.limit, more: false };
  }
  const g = new GraphCollector();
  let total = 0;
  for (const [n, r, m, , degree, count] of found) {
    g.node(n as PlainNode);
    total = Number(count);
    if (!r) continue;
    g.node(m as PlainNode, Number(degree));
    g.rel(r as PlainRel);
  }
  const graph = g.graph();
  return { center: id, nodes: graph.nodes, edges: graph.edges, total, skip: opts.skip, limit: opts.limit, more: opts.skip + opts.limit < total };
}

// ---------------------------------------------------------------------------------------------------------
// Timelines

export interface TimelineItemJson extends HolderJson {
  id: string;
  lane: string;
  post: string;
  postName: string;
  evidence: Array<HolderJson['evidence'][number] & { articleTitle: string | null }>;
}
export interface TimelineEventJson { id: string; lane: string; date: string | null; name: string; role: 'CHAIRED' | 'SPOKE_AT'; sentence: string; article: string; articleTitle: string | null }
export interface TimelineJson {
  kind: 'post' | 'person';
  id: string;
  name: string;
  province: string | null;
  /** post timelines: a single seat is a succession; an unplaced post is never ordered as one */
  seats: 'one' | 'many' | null;
  placed: boolean | null;
  /** person timelines: `province` is where the post is ("trung ương" for a central post), null when unknown */
  lanes: Array<{ id: string; name: string; province?: string | null }>;
  items: TimelineItemJson[];
  gaps: GapJson[];
  events: TimelineEventJson[];
  conflicts: Array<{ id: string; kind: string; message: string; messageVi: string; from: string | null; to: string | null; items: string[] }>;
  /** post timelines: the change of the map the post went through (a province merged, renamed, a level abolished) */
  boundary?: BoundaryJson | null;
  /** person timelines: the nodes that are the person, their provinces, and the ties (article, sentence) that made them one */
  identity?: IdentityJson;
}

/** The tenures of a post (one lane per holder, in order) or of a person (one lane per post), by key or by name. */
export async function timeline(driver: Driver, q: { post?: string; person?: string }): Promise<TimelineJson> {
  if ((q.post === undefined) === (q.person === undefined)) throw new UsageError('give exactly one of post= or person=');
  return q.post !== undefined ? postTimeline(driver, q.post) : personTimeline(driver, q.person!);
}

const stripId = (s: string, label: string) => (s.startsWith(`${label}:`) ? s.slice(label.length + 1) : s);

async function postTimeline(driver: Driver, text: string): Promise<TimelineJson> {
  const byKey = (await viewer(driver, 'post-by-key', { key: stripId(text, 'Post') }))[0];
  const post = byKey ? toPostRow(byKey) : await findPost(driver, text);
  const tenures = await tenuresOfPost(driver, post.key);
  const items = await timelineItems(driver, tenures, (t) => nodeId('Person', String(t.person)));
  const lanes = [...new Map(items.map((i) => [i.lane, { id: i.lane, name: i.name }])).values()];
  const { gaps, boundary } = await successionOf(driver, post, tenures);
  return {
    kind: 'post', id: nodeId('Post', post.key), name: post.name, province: post.province, seats: post.seats, placed: post.placed,
    lanes, items, gaps, events: [], conflicts: await conflictsOf(driver, items), boundary,
  };
}

async function personTimeline(driver: Driver, text: string): Promise<TimelineJson> {
  let found = await viewer(driver, 'person-by-key', { key: stripId(text, 'Person') });
  if (!found.length) found = await rows(driver, 'leadership.cypher', 'people-by-search', { search: lookupKey(text) });
  if (!found.length) throw new NotFoundError(`no person named "${text}"`);
  if (found.length > 1) {
    throw new UsageError(`${found.length} people are named "${text}" (namesakes in different provinces): ${found.map((r) => `Person:${String(r[0])} (${String(r[2] ?? 'no province')})`).join(', ')}; give person=<id>`);
  }
  const [key, name, province] = found[0]!;
  const tenures = await tenuresOfPerson(driver, String(key));
  const items = await timelineItems(driver, tenures, (t) => nodeId('Post', String(t.postKey)));
  // one lane per post, with the post's province (none for a central post): a career across provinces
  const whereOf = new Map(tenures.map((t) => [nodeId('Post', String(t.postKey)), (t.province as string | null) ?? (t.scope === 'national' ? 'trung ương' : null)]));
  const lanes: TimelineJson['lanes'] = [...new Map(items.map((i) => [i.lane, { id: i.lane, name: i.postName, province: whereOf.get(i.lane) ?? null }])).values()];
  const identity = await identityOf(driver, String(key), tenures);
  const meetings = await rows(driver, 'leadership.cypher', 'meetings-of-person', { person: String(key) });
  const titles = await articleTitles(driver, meetings.map((r) => String(r[6])));
  const events: TimelineEventJson[] = meetings.map(([role, mkey, meeting, , date, , article, sentence]) => ({
    id: nodeId('Meeting', String(mkey)), lane: 'meetings', date: (date as string | null) ?? null, name: String(meeting), role: role as 'CHAIRED' | 'SPOKE_AT',
    sentence: String(sentence ?? ''), article: String(article), articleTitle: titles.get(String(article))?.title ?? null,
  }));
  if (events.length) lanes.push({ id: 'meetings', name: 'Hội nghị' });
  return {
    kind: 'person', id: nodeId('Person', String(key)), name: String(name), province: (province as string | null) ?? null, seats: null, placed: null,
    lanes, items, gaps: [], events, conflicts: await conflictsOf(driver, items), identity,
  };
}

async function timelineItems(driver: Driver, tenures: Array<Record<string, unknown>>, laneOf: (t: Record<string, unknown>) => string): Promise<TimelineItemJson[]> {
  const holders = tenures.map((t) => ({ t, h: holderOf(t) }));
  const titles = await articleTitles(driver, holders.flatMap(({ h }) => h.evidence.map((e) => e.article)));
  return holders.map(({ t, h }) => ({
    ...h, id: nodeId('Tenure', String(t.key)), lane: laneOf(t), post: nodeId('Post', String(t.postKey)), postName: String(t.post),
    evidence: h.evidence.map((e) => ({ ...e, articleTitle: titles.get(e.article)?.title ?? null })),
  }));
}

async function conflictsOf(driver: Driver, items: TimelineItemJson[]): Promise<TimelineJson['conflicts']> {
  if (!items.length) return [];
  const keys = items.map((i) => stripId(i.id, 'Tenure'));
  return (await viewer(driver, 'conflicts-of-tenures', { keys })).map(([c, ts]) => {
    const p = (c as PlainNode).properties;
    return {
      id: nodeId('Conflict', String(p.key)), kind: String(p.kind), message: String(p.message), messageVi: String(p.messageVi ?? p.message), from: (p.from as string | null) ?? null, to: (p.to as string | null) ?? null,
      items: (ts as string[]).map((k) => nodeId('Tenure', k)),
    };
  });
}
