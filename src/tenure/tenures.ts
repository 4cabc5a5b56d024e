// The facts about one post (who the articles show in it, when, and the changes they state) → tenures with
// dated, precision-carrying bounds, the succession of a single-seat post with its gaps, and the conflicts:
// two holders of a single seat at once, or a "thay ông X" that the computed order contradicts.
// Pure: the store reads the facts and writes what this returns (src/store/tenures.ts).
import { z } from 'zod';
import { DatePrecision, ENDING_EVENTS, PostEventKind } from '../schema/records';
import { canonKey } from '../text/canon';
import { boundaryOf, type Boundary } from './boundaries';

/** One HELD_POST, TOOK_POST or LEFT_POST relationship of the graph: a fact from one article. */
export const PostFact = z.object({
  person: z.string(),
  name: z.string(),
  fact: z.enum(['held', 'took', 'left']),
  kind: PostEventKind.nullable(),
  date: z.string().nullable(),
  datePrecision: DatePrecision.nullable(),
  pageDate: z.string().nullable(),
  former: z.boolean(),
  acting: z.boolean(),
  concurrent: z.boolean(),
  term: z.string().nullable(),
  replaces: z.string().nullable(),
  article: z.string(),
  sentence: z.string().nullable(),
  rule: z.string(),
});
export type PostFact = z.infer<typeof PostFact>;

export interface PostInfo {
  key: string; name: string; seats: 'one' | 'many'; placed: boolean;
  /** where the post is: a post of a province that ceased ends that day (src/tenure/boundaries.ts) */
  province?: string | null; scope?: string | null;
}

/**
 * How a bound is known: `stated` by an event of that date; `seen` held that day (so begun on or before it,
 * ended on or after it); `before` ended by then ("nguyên …" in an article of that date); `open` unknown, or
 * for an end, not ended as far as the articles tell.
 */
export type Basis = 'stated' | 'seen' | 'before' | 'open';

export interface Evidence { article: string; sentence: string | null; rule: string; date: string | null }

export interface Tenure {
  key: string;
  post: string;
  postKey: string;
  person: string;
  name: string;
  acting: boolean;
  from: string | null;
  fromPrecision: DatePrecision | 'open';
  fromBasis: Basis;
  to: string | null;
  toPrecision: DatePrecision | 'open';
  toBasis: Basis;
  firstSeen: string | null;
  lastSeen: string | null;
  /** "nguyên …" in an article of this date: the tenure had ended by then */
  endedBy: string | null;
  concurrent: boolean;
  terms: string[];
  /** whom the text says this holder replaced ("thay đồng chí …") */
  replaces: string | null;
  /** why the tenure ended when no article says: the province merged, was renamed, or its level was abolished */
  endReason: Boundary['reason'] | null;
  /** the legal source of `endReason` */
  endSource: string | null;
  evidence: Evidence[];
}

export interface Succession {
  from: string; to: string; post: string; postKey: string; basis: 'computed' | 'stated'; gapFrom: string | null; gapTo: string | null; gapDays: number | null;
  /** the change of the map between the two ("province merged"): the next holder holds the new unit's post */
  across: Boundary['reason'] | null;
}

export interface Conflict {
  key: string; kind: 'overlap' | 'replaces-mismatch'; post: string; postKey: string; tenures: [string, string]; from: string | null; to: string | null;
  /** what is wrong, in English (the CLI) and in Vietnamese (the viewer) */
  message: string; messageVi: string;
}

/** 2021-07-14 → 14/07/2021, as the viewer writes days. */
const vi = (d: string | null) => (d ? d.split('-').reverse().join('/') : 'nay');

export interface PostTenures { tenures: Tenure[]; successions: Succession[]; conflicts: Conflict[] }

const ORDER: Record<PostFact['fact'], number> = { took: 0, held: 1, left: 2 };
const starts = (f: PostFact) => f.fact === 'took' && f.kind !== 'reelected';
const ends = (f: PostFact) => f.fact === 'left' && f.kind !== null && ENDING_EVENTS.includes(f.kind);

/** The last day a date of this precision may mean ("2020-10" → 2020-10-31) and the first. */
function lastDay(date: string, p: DatePrecision | 'open'): string {
  if (p === 'year') return `${date.slice(0, 4)}-12-31`;
  if (p === 'month') {
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    return `${date.slice(0, 8)}${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return date;
}

const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

interface Segment { facts: PostFact[]; closedAt: string | null; closedBy: 'event' | 'former' | null }

/**
 * One person's facts in one capacity (acting or not), in date order, cut where the person left the post
 * (an ending event, or "nguyên …") and is later shown in it again.
 */
function segments(facts: PostFact[]): Segment[] {
  const dated = facts.filter((f) => f.date).sort((a, b) => a.date!.localeCompare(b.date!) || ORDER[a.fact] - ORDER[b.fact]);
  const out: Segment[] = [];
  let cur: Segment | null = null;
  for (const f of dated) {
    const holds = !f.former && !ends(f);
    if (!cur || (cur.closedAt !== null && holds && f.date! > cur.closedAt)) {
      cur = { facts: [], closedAt: null, closedBy: null };
      out.push(cur);
    }
    cur.facts.push(f);
    if (ends(f)) { cur.closedAt = f.date; cur.closedBy = 'event'; }
    else if (f.former && cur.closedBy !== 'event') { cur.closedAt = cur.closedAt && cur.closedAt < f.date! ? cur.closedAt : f.date; cur.closedBy = 'former'; }
  }
  // Undated facts say only "some time before the page date": they join the latest tenure begun by then.
  for (const f of facts.filter((x) => !x.date)) {
    const bound = f.pageDate ?? '9999-12-31';
    const target = [...out].reverse().find((s) => (s.facts[0]?.date ?? '') <= bound) ?? out[0];
    if (target) target.facts.push(f);
    else out.push({ facts: [f], closedAt: null, closedBy: null });
    const seg = target ?? out[out.length - 1]!;
    if (f.former && !seg.closedAt && f.pageDate) { seg.closedAt = f.pageDate; seg.closedBy = 'former'; }
  }
  return out;
}

function tenureOf(post: PostInfo, person: string, name: string, acting: boolean, seg: Segment, index: number): Tenure {
  const dated = seg.facts.filter((f) => f.date);
  const holding = dated.filter((f) => !f.former && !ends(f));
  const start = dated.find(starts);
  const first = holding[0];
  const end = dated.find(ends);
  const last = holding[holding.length - 1];
  const fromFact = start && (!first || start.date! <= first.date!) ? start : first;
  const endFact = end ?? last;
  const formerBound = seg.closedBy === 'former' ? seg.facts.find((f) => f.former && (f.date ?? f.pageDate) === seg.closedAt) : undefined;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const f of [...dated, ...seg.facts.filter((x) => !x.date)]) {
    const id = `${f.article}|${f.sentence}`;
    if (seen.has(id)) continue;
    seen.add(id);
    evidence.push({ article: f.article, sentence: f.sentence, rule: f.rule, date: f.date });
  }
  return {
    key: `${post.key}|${person}|${acting ? 'acting' : 'holder'}|${index}`,
    post: post.name, postKey: post.key, person, name, acting,
    from: fromFact?.date ?? null,
    fromPrecision: fromFact?.datePrecision ?? 'open',
    fromBasis: fromFact ? (fromFact === start ? 'stated' : 'seen') : 'open',
    to: endFact?.date ?? (formerBound ? seg.closedAt : null),
    toPrecision: endFact?.datePrecision ?? (formerBound ? formerBound.datePrecision ?? 'day' : 'open'),
    toBasis: end ? 'stated' : last ? 'seen' : formerBound ? 'before' : 'open',
    firstSeen: first?.date ?? null,
    lastSeen: last?.date ?? null,
    endedBy: seg.closedBy === 'former' ? seg.closedAt : null,
    concurrent: seg.facts.some((f) => f.concurrent),
    terms: [...new Set(seg.facts.map((f) => f.term).filter((t): t is string => t !== null))].sort(),
    replaces: seg.facts.find((f) => f.replaces)?.replaces ?? null,
    endReason: null,
    endSource: null,
    evidence,
  };
}

/** Where a tenure sits in time, for ordering: its start, else its end; one with neither goes last. */
const anchor = (t: Tenure) => t.from ?? (t.toBasis === 'before' ? null : t.to) ?? t.endedBy ?? '9999-12-31';
/** A tenure the articles date (a start, a sighting or a stated end) can be placed in a succession. */
const dated = (t: Tenure) => t.from !== null || t.toBasis === 'stated';

/**
 * The days a tenure is certainly held: from its start's last possible day to its end (stated, or the last
 * day an article shows it; an open end is not certain beyond that).
 */
function certain(t: Tenure): [string, string] | null {
  const end = t.toBasis === 'stated' || t.toBasis === 'seen' ? t.to : t.lastSeen;
  if (!t.from || !end) return null;
  const a = lastDay(t.from, t.fromPrecision);
  return a <= end ? [a, end] : null;
}

function overlap(a: Tenure, b: Tenure): [string, string] | null {
  const x = certain(a), y = certain(b);
  if (!x || !y) return null;
  const lo = x[0] > y[0] ? x[0] : y[0];
  const hi = x[1] < y[1] ? x[1] : y[1];
  if (lo > hi) return null;
  // a handover on one day: one side's end or the other's start is an event of that day
  // (either way round: "X thôi giữ chức … ; phân công Y giữ chức …" announced and taken at one conference)
  if (lo === hi) {
    const handsOver = (from: Tenure, fx: [string, string], to: Tenure, ty: [string, string]) =>
      fx[1] === lo && ty[0] === lo && (from.toBasis === 'stated' || to.fromBasis === 'stated');
    if (handsOver(a, x, b, y) || handsOver(b, y, a, x)) return null;
  }
  return [lo, hi];
}

const statedEnd = (t: Tenure) => (t.toBasis === 'stated' && t.to ? t.to : '\uffff');
const sameName = (a: string, b: string) => canonKey(a) === canonKey(b);

export function tenuresOfPost(post: PostInfo, facts: PostFact[]): PostTenures {
  const groups = new Map<string, PostFact[]>();
  for (const f of facts) {
    const id = `${f.person}\u0000${f.acting}`;
    const g = groups.get(id);
    if (g) g.push(f); else groups.set(id, [f]);
  }
  const tenures: Tenure[] = [];
  for (const [, g] of groups) {
    segments(g).forEach((seg, i) => tenures.push(tenureOf(post, g[0]!.person, g[0]!.name, g[0]!.acting, seg, i)));
  }
  // Dated tenures in order of start; those the articles do not date ("nguyên …" alone) after them.
  // On one day, the holder who leaves comes before the one who takes the post (a handover at one conference).
  tenures.sort((a, b) => Number(dated(b)) - Number(dated(a)) || anchor(a).localeCompare(anchor(b)) ||
    statedEnd(a).localeCompare(statedEnd(b)) || Number(b.acting) - Number(a.acting) || a.name.localeCompare(b.name, 'vi'));
  const chain = tenures.filter(dated);
  // a holder the text says was replaced ("thay cho ông Lê Hữu Phúc") comes right before the one who replaced them,
  // even when the articles give no day of their own tenure ("nguyên …" alone)
  for (const t of [...chain]) {
    if (!t.replaces) continue;
    const u = tenures.find((x) => !dated(x) && !chain.includes(x) && x.person !== t.person && sameName(x.name, t.replaces!));
    if (u) chain.splice(chain.indexOf(t), 0, u);
  }
  if (chain.length) tenures.splice(0, tenures.length, ...chain, ...tenures.filter((x) => !chain.includes(x)));

  const successions: Succession[] = [];
  const conflicts: Conflict[] = [];
  const ordered = post.seats === 'one' && post.placed;
  // A tenure with no stated end is open unless, on a single seat, someone else is shown in the post after it
  // was last seen (or is stated to take it that day): then it ended on or after that last sighting. Any holder
  // of a shared post may still hold it.
  const latest = (t: Tenure) => [t.from, t.lastSeen, t.toBasis === 'stated' ? t.to : null].filter((d): d is string => d !== null).sort().pop() ?? '';
  for (const t of chain) {
    const seen = t.lastSeen ?? t.from ?? '';
    const laterHolder = ordered && chain.some((u) => (u.person !== t.person || u.acting !== t.acting) &&
      (latest(u) > seen || (u.fromBasis === 'stated' && u.from === seen)));
    if (t.toBasis === 'seen' && !t.endedBy && !laterHolder) { t.to = null; t.toPrecision = 'open'; t.toBasis = 'open'; }
  }
  // A post of a province that ceased (or was renamed, or of an abolished level) ended on the day the change took
  // effect: a holder who took it before the change was adopted and is not known to have left earlier held it
  // until that day at the latest (`before`: the articles do not say they stayed to the end), with the reason.
  const boundary = boundaryOf({ name: post.name, province: post.province ?? null, scope: post.scope ?? null });
  if (boundary) {
    for (const t of tenures) {
      const began = t.from ?? t.firstSeen ?? t.lastSeen;
      if (!began || began >= boundary.adopted) continue;
      // last seen, then someone else shown in the post: ended on or after that sighting, and by the boundary
      // only when everyone shown after it is the new unit's (took the post after the change was adopted)
      const oldUnitAfter = chain.some((u) => u.person !== t.person && latest(u) > (t.lastSeen ?? t.from ?? '') && (u.from ?? '') < boundary.adopted);
      const endedEarlier = t.to !== null && t.to <= boundary.date &&
        (t.toBasis === 'stated' || t.toBasis === 'before' || (t.toBasis === 'seen' && (oldUnitAfter || (t.endedBy !== null && t.endedBy <= boundary.date))));
      if (endedEarlier) continue;
      t.to = boundary.date; t.toPrecision = 'day'; t.toBasis = 'before'; t.endReason = boundary.reason; t.endSource = boundary.source;
    }
  }

  if (ordered) {
    for (let i = 0; i + 1 < chain.length; i++) {
      const a = chain[i]!, b = chain[i + 1]!;
      const gap = a.to && b.from && a.to < b.from && !(a.toBasis === 'stated' && b.fromBasis === 'stated' && a.to === b.from);
      successions.push({
        from: a.key, to: b.key, post: post.name, postKey: post.key, basis: 'computed',
        gapFrom: gap ? a.to : null, gapTo: gap ? b.from : null, gapDays: gap ? daysBetween(a.to!, b.from!) : a.to && b.from ? 0 : null,
        across: boundary && a.endReason && b.from && b.from >= boundary.adopted ? boundary.reason : null,
      });
    }
    for (let i = 0; i < chain.length; i++) {
      for (let j = i + 1; j < chain.length; j++) {
        const a = chain[i]!, b = chain[j]!;
        if (a.person === b.person) continue;
        const o = overlap(a, b);
        if (!o) continue;
        conflicts.push({
          key: `overlap|${a.key}|${b.key}`, kind: 'overlap', post: post.name, postKey: post.key, tenures: [a.key, b.key], from: o[0], to: o[1],
          message: `${post.name} is a single seat, but ${a.name} (${a.from} – ${a.to ?? 'open'}) and ${b.name} (${b.from} – ${b.to ?? 'open'}) are both shown holding it from ${o[0]} to ${o[1]}`,
          messageVi: `${post.name} mỗi lúc chỉ một người giữ, nhưng ${a.name} (${vi(a.from)} – ${vi(a.to)}) và ${b.name} (${vi(b.from)} – ${vi(b.to)}) cùng được các bài báo cho thấy giữ chức từ ${vi(o[0])} đến ${vi(o[1])}`,
        });
      }
    }
  }

  // "thay đồng chí X": on a single seat the computed predecessor must be X; on a shared one it names the predecessor.
  chain.forEach((t, i) => {
    if (!t.replaces) return;
    const before = chain.slice(0, i).reverse().find((u) => u.person !== t.person);
    if (ordered) {
      if (before && !sameName(before.name, t.replaces)) {
        conflicts.push({
          key: `replaces|${t.key}`, kind: 'replaces-mismatch', post: post.name, postKey: post.key, tenures: [before.key, t.key], from: t.from, to: t.from,
          message: `${t.name} took ${post.name} replacing ${t.replaces}, as the text says, but the articles show ${before.name} as the holder before`,
          messageVi: `Bài báo viết ${t.name} nhận chức ${post.name} thay ${t.replaces}, nhưng các bài báo cho thấy người giữ chức trước đó là ${before.name}`,
        });
      }
      return;
    }
    const replaced = tenures.filter((u) => u !== t && sameName(u.name, t.replaces!) && anchor(u) <= anchor(t)).pop();
    if (replaced) {
      successions.push({ from: replaced.key, to: t.key, post: post.name, postKey: post.key, basis: 'stated', gapFrom: null, gapTo: null, gapDays: null, across: null });
    }
  });
  return { tenures, successions, conflicts };
}
