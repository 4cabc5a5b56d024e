// ArticleRecord → ArticleGraph: Reading (a person's name as read in one place), Post, Body, Province, Meeting,
// Resolution, Document and Article nodes, and relationships that keep the article, sentence, span and rule
// behind each fact. A fact about a person goes from their reading; the load writes it on the Person the reading
// is read as.
import { ACTING, SHARED_SEAT_POSTS, TITLES } from '../lexicon/posts';
import { ENDING_EVENTS, type ArticleRecord, type Holding, type Provenance } from '../schema/records';
import type { ArticleGraph, GraphNode, GraphRel, NodeLabel, RelType } from '../schema/graph';
import { canonKey, slugKey } from '../text/canon';
import { scopeOf, trailingProvince } from '../extract/canonical-names';
import { tiesOf } from '../identity/ties';
import { bodyKey, documentKey, meetingKey, personKey, postKey, provinceKey, resolutionKey, searchText } from './keys';

const TITLE_TEXTS = TITLES.map((t) => t.text).concat(['Ủy viên Ban Chấp hành Đảng bộ tỉnh']).sort((a, b) => b.length - a.length);
const SEATS = new Map(TITLES.map((t) => [canonKey(t.text), t.seats]));
const SHARED_SEATS = new Set(SHARED_SEAT_POSTS.map((p) => canonKey(p.post)));
const ACTING_PREFIX = `${canonKey(ACTING.word)} `;
/** A post that ends with its level ("Bí thư Tỉnh ủy", "Chủ tịch UBND huyện") or a department with no place. */
const UNPLACED = /(^| )(tỉnh|tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy|đảng ủy|huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đảng bộ)$/;

/** "Bí thư Tỉnh ủy Lạng Sơn" → title "Bí thư", body "Tỉnh ủy Lạng Sơn". */
export function splitPost(post: string): { title: string; body: string | null } {
  const k = canonKey(post);
  for (const t of TITLE_TEXTS) {
    const tk = canonKey(t);
    if (k === tk) return { title: post, body: null };
    if (k.startsWith(`${tk} `)) {
      const body = post.split(' ').slice(t.split(' ').length).join(' ');
      return { title: post.split(' ').slice(0, t.split(' ').length).join(' '), body: body || null };
    }
  }
  return { title: post, body: null };
}

export interface PostParts {
  /** the post itself: "Quyền Chủ tịch UBND tỉnh X" is the post "Chủ tịch UBND tỉnh X", held acting */
  name: string;
  acting: boolean;
  title: string;
  body: string | null;
  seats: 'one' | 'many';
  province: string | null;
  scope: ReturnType<typeof scopeOf>;
  /** whether the text says where the post is; an unplaced "Bí thư Tỉnh ủy" joins no province's succession */
  placed: boolean;
}

export function describePost(written: string): PostParts {
  const acting = canonKey(written).startsWith(ACTING_PREFIX);
  const name = acting ? written.slice(written.indexOf(' ') + 1) : written;
  const { title, body } = splitPost(name);
  const province = trailingProvince(name);
  const scope = scopeOf(name);
  // a provincial post the text does not place ("Giám đốc Sở Kế hoạch và Đầu tư", "Bí thư Tỉnh ủy") is unplaced;
  // a local one is placed by its own district or commune ("Bí thư Huyện ủy Lộc Bình"), unless it has none
  const placed = scope === 'national' || province !== null || (scope === 'local' && !UNPLACED.test(canonKey(name)));
  const seats = SHARED_SEATS.has(canonKey(name)) ? 'many' : SEATS.get(canonKey(title)) ?? 'many';
  return { name, acting, title, body, seats, province, scope, placed };
}

/** Several sentences of an article may show the same holding: one fact, dated by the earliest. */
function mergeHoldings(holdings: Holding[]): Array<Holding & { parts: PostParts }> {
  const out = new Map<string, Holding & { parts: PostParts }>();
  for (const h of holdings) {
    const parts = describePost(h.post);
    const id = `${canonKey(parts.name)}|${parts.acting}`;
    const prev = out.get(id);
    if (!prev) { out.set(id, { ...h, parts }); continue; }
    if (h.date && (!prev.date || h.date < prev.date)) { prev.date = h.date; prev.datePrecision = h.datePrecision; }
    prev.former &&= h.former;
    prev.concurrent ||= h.concurrent;
    prev.term ??= h.term;
  }
  return [...out.values()];
}

export function buildGraph(record: ArticleRecord, contentHash: string): ArticleGraph {
  const nodes = new Map<string, GraphNode>();
  const rels: GraphRel[] = [];
  const art = record.article;
  const node = (label: NodeLabel, key: string, props: GraphNode['props']) => {
    const id = `${label}:${key}`;
    const prev = nodes.get(id);
    nodes.set(id, { label, key, props: { ...(prev?.props ?? {}), ...props } });
    return { label, key };
  };
  const rel = (type: RelType, from: { label: NodeLabel; key: string }, to: { label: NodeLabel; key: string }, ev: Provenance | null, extra: Record<string, string | number | boolean | null | string[]> = {}) => {
    rels.push({
      type, from, to,
      props: { article: art, sentence: ev?.sentence ?? null, spanStart: ev?.span[0] ?? null, spanEnd: ev?.span[1] ?? null, rule: ev?.rule ?? 'structure', ...extra },
    });
  };
  const province = (name: string) => node('Province', provinceKey(name), { name });
  const body = (name: string) => {
    const p = trailingProvince(name);
    const b = node('Body', bodyKey(name), { name, province: p, search: searchText(name) });
    if (p) rel('IN_PROVINCE', b, province(p), null);
    return b;
  };

  const article = node('Article', art, {
    title: record.title, pageDate: record.pageDate, province: record.province, authors: record.authors,
    contentHash, search: searchText(record.title),
  });
  if (record.province) rel('ABOUT', article, province(record.province), record.provinceEvidence);

  const people = new Map<string, { label: NodeLabel; key: string }>();
  for (const p of record.people) {
    const local = p.posts.map((x) => ({ post: x, scope: scopeOf(x), province: trailingProvince(x) }));
    const anchor = local.find((x) => x.scope !== 'national' && x.province)?.province
      ?? (local.length > 0 && local.every((x) => x.scope === 'national') ? 'vn' : record.province);
    // the name as read in this place; `identityDue`: which person it is read as is worked out again after the load
    // (src/store/identity.ts). Its facts below are written on that Person (load.cypher).
    const person = node('Reading', personKey(p.name, anchor), {
      name: p.name, province: anchor === 'vn' ? null : anchor, search: searchText(p.name), nameKey: slugKey(p.name), identityDue: true,
    });
    people.set(p.name, person);
    const ev = p.evidence[0] ?? null;
    rel('MENTIONS', article, person, ev);
    // the other places the article gives the person, each with its evidence: what ties their readings together
    const ties = tiesOf(p, person.key);
    rel('READS', article, person, ev, ties.length ? {
      tieTo: ties.map((t) => t.to), tieReason: ties.map((t) => t.reason), tiePost: ties.map((t) => t.post),
      tieSentence: ties.map((t) => t.evidence.sentence), tieRule: ties.map((t) => t.evidence.rule),
    } : {});
    const postNode = (parts: PostParts) => {
      const post = node('Post', postKey(parts.name), {
        name: parts.name, title: parts.title, province: parts.province, scope: parts.scope, seats: parts.seats, placed: parts.placed, search: searchText(parts.name),
      });
      if (parts.body) rel('OF_BODY', post, body(parts.body), null);
      return post;
    };
    // HELD_POST: the article shows the person in the post (at `date`, else some time before `pageDate`);
    // `former` for "nguyên …" and posts left. Tenures are computed from these and the events (src/tenure).
    for (const h of mergeHoldings(p.holdings)) {
      rel('HELD_POST', person, postNode(h.parts), h.evidence, {
        date: h.date, datePrecision: h.datePrecision, pageDate: record.pageDate, former: h.former, acting: h.parts.acting,
        concurrent: h.concurrent, term: h.term,
      });
    }
    for (const e of p.events) {
      const parts = describePost(e.post);
      rel(ENDING_EVENTS.includes(e.kind) ? 'LEFT_POST' : 'TOOK_POST', person, postNode(parts), e.evidence, {
        kind: e.kind, date: e.date, datePrecision: e.datePrecision, pageDate: record.pageDate, acting: parts.acting, replaces: e.replaces,
      });
    }
  }

  record.meetings.forEach((m) => {
    const key = meetingKey(m.body, m.date, m.kind, art);
    const meeting = node('Meeting', key, {
      name: `${m.kind.charAt(0).toUpperCase()}${m.kind.slice(1)}${m.body ? ` ${m.body}` : ''}${m.date ? ` ${m.date}` : ''}`,
      kind: m.kind, date: m.date, datePrecision: m.datePrecision, body: m.body, ordinal: m.ordinal, term: m.term,
      extended: m.extended, special: m.special, search: searchText(`${m.kind} ${m.body ?? ''}`),
    });
    rel('REPORTS', article, meeting, m.evidence.meeting);
    if (m.body) rel('HELD_BY', meeting, body(m.body), m.evidence.meeting);
    for (const c of m.evidence.chairs) {
      const who = people.get(c.person);
      if (who) rel('CHAIRED', who, meeting, c);
    }
    for (const sp of m.evidence.speakers) {
      const who = people.get(sp.person);
      if (who) rel('SPOKE_AT', who, meeting, sp);
    }
    for (const a of m.evidence.approved) {
      const r = node('Resolution', resolutionKey(a.document, key), { name: a.document, date: m.date, search: searchText(a.document) });
      rel('APPROVED', meeting, r, a);
    }
  });

  for (const d of record.documents) {
    const doc = node('Document', documentKey(d.type, d.number, d.issuer), {
      name: `${d.type} số ${d.number}`, type: d.type, number: d.number, date: d.date, issuer: d.issuer, search: searchText(`${d.type} ${d.number}`),
    });
    rel('CITES', article, doc, d.evidence);
    if (d.issuer) rel('ISSUED_BY', doc, body(d.issuer), d.evidence);
  }

  // One relationship per (type, from, to, article), and per acting or kind for holdings and events:
  // repeated evidence in an article keeps the first.
  // (an event the headline gives, "Ông X được bầu làm Chủ tịch …", keeps whom the body says it replaced)
  const seen = new Map<string, GraphRel>();
  const unique = rels.filter((r) => {
    const id = `${r.type}|${r.from.label}:${r.from.key}|${r.to.label}:${r.to.key}|${r.props.acting ?? ''}|${r.props.kind ?? ''}`;
    const prev = seen.get(id);
    if (prev) {
      if (prev.props.replaces == null && r.props.replaces != null) prev.props.replaces = r.props.replaces;
      return false;
    }
    seen.set(id, r);
    return true;
  });
  return { article: art, contentHash, nodes: [...nodes.values()], rels: unique };
}
