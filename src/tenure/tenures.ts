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
  /** an analyst confirmed this fact (kg curate confirm): it is never doubted */
  confirmed: z.boolean().default(false),
});
export type PostFact = z.input<typeof PostFact>;

/**
 * A post a holder took elsewhere (a TOOK_POST of the same person on another post): a single seat in another
 * province, or a full-time post at the centre, cannot be held together with a single seat here, so it ends the
 * tenure here by its day at the latest.
 */
export const PostMove = z.object({
  person: z.string(),
  post: z.string(),
  postName: z.string(),
  seats: z.enum(['one', 'many']),
  province: z.string().nullable(),
  scope: z.string().nullable(),
  title: z.string().nullable(),
  acting: z.boolean(),
  date: z.string(),
  datePrecision: DatePrecision.nullable(),
  article: z.string(),
  sentence: z.string().nullable(),
  rule: z.string(),
});
export type PostMove = z.infer<typeof PostMove>;

/** Titles of full-time posts at the centre: whoever takes one leaves a province's single seat. */
export const FULL_TIME_CENTRAL_TITLES = [
  'Thủ tướng', 'Phó Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Trưởng Ban', 'Phó Trưởng Ban', 'Chủ nhiệm', 'Phó Chủ nhiệm',
  'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Tổng Thư ký', 'Chủ tịch', 'Phó Chủ tịch', 'Tổng Kiểm toán', 'Chánh án', 'Viện trưởng',
];
const FULL_TIME = new Set(FULL_TIME_CENTRAL_TITLES.map((t) => canonKey(t)));

/**
 * Whether taking `m` ends `post` held by the same person: a province's posts (its seats and its memberships alike)
 * end for a full-time post at the centre or a single seat in another province; a full-time central single seat
 * ends for a province's single seat.
 */
export function leavesPost(post: PostInfo, m: PostMove): boolean {
  if (!post.placed || m.acting || m.post === post.key) return false;
  const fullTimeCentral = m.scope === 'national' && m.title !== null && FULL_TIME.has(canonKey(m.title));
  if (post.scope === 'provincial' && post.province) {
    return fullTimeCentral || (m.seats === 'one' && m.scope === 'provincial' && m.province !== null && m.province !== post.province);
  }
  if (post.scope === 'national' && post.seats === 'one') return m.seats === 'one' && m.scope === 'provincial' && m.province !== null;
  return false;
}

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
  /** why the start is where it is, in words: English for the CLI, Vietnamese for the viewer */
  fromWhy: string | null;
  fromWhyVi: string | null;
  /** why the end is where it is: what the text says, or what it implies (a successor, a post elsewhere) */
  toWhy: string | null;
  toWhyVi: string | null;
  /** the article and sentence behind the end, when another fact than the holder's own ends it */
  toArticle: string | null;
  toSentence: string | null;
  evidence: Evidence[];
}

export interface Succession {
  from: string; to: string; post: string; postKey: string; basis: 'computed' | 'stated'; gapFrom: string | null; gapTo: string | null; gapDays: number | null;
  /** the change of the map between the two ("province merged"): the next holder holds the new unit's post */
  across: Boundary['reason'] | null;
}

export interface Conflict {
  key: string; kind: 'overlap' | 'replaces-mismatch' | 'doubtful'; post: string; postKey: string; tenures: [string, string]; from: string | null; to: string | null;
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
    fromWhy: null, fromWhyVi: null, toWhy: null, toWhyVi: null, toArticle: null, toSentence: null,
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

const KIND_EN: Record<string, string> = { elected: 'elected', reelected: 're-elected', appointed: 'appointed', assigned: 'assigned', left: 'left the post', dismissed: 'dismissed', retired: 'retired' };
const KIND_VI: Record<string, string> = { elected: 'được bầu', reelected: 'được bầu lại', appointed: 'được bổ nhiệm', assigned: 'được phân công', left: 'thôi giữ chức', dismissed: 'bị miễn nhiệm', retired: 'nghỉ hưu' };
const BOUNDARY_VI: Record<Boundary['reason'], string> = { 'province merged': 'tỉnh sáp nhập', 'province renamed': 'tỉnh đổi tên', 'district level abolished': 'bỏ cấp huyện' };

/** The words for each bound of a tenure, from how it is known (set last, once every rule has placed it). */
function explain(t: Tenure, facts: PostFact[]): void {
  const start = facts.find((f) => starts(f) && f.date === t.from);
  if (t.fromBasis === 'stated' && start?.kind) { t.fromWhy = `${KIND_EN[start.kind]} (${start.article})`; t.fromWhyVi = `${KIND_VI[start.kind]} (${start.article})`; }
  else if (t.fromBasis === 'seen') { t.fromWhy = 'first shown holding it'; t.fromWhyVi = 'lần đầu bài báo cho thấy giữ chức'; }
  if (t.toWhy) return;
  const end = facts.find((f) => ends(f) && f.date === t.to);
  if (t.endReason) { t.toWhy = t.endReason; t.toWhyVi = `${BOUNDARY_VI[t.endReason]}, chức vụ cũ kết thúc`; }
  else if (t.toBasis === 'stated' && end?.kind) { t.toWhy = `${KIND_EN[end.kind]} (${end.article})`; t.toWhyVi = `${KIND_VI[end.kind]} (${end.article})`; }
  else if (t.toBasis === 'before' && t.endedBy) { t.toWhy = `called "nguyên" (former) in an article of ${t.endedBy}`; t.toWhyVi = `bài báo ngày ${vi(t.endedBy)} gọi là "nguyên"`; }
  else if (t.toBasis === 'seen') { t.toWhy = 'last shown holding it; someone else is shown in it later'; t.toWhyVi = 'lần cuối bài báo cho thấy giữ chức; sau đó người khác giữ chức'; }
}

/** A fact one article alone gives against what the others establish, with why. */
interface Doubt { fact: PostFact; after: PostFact; reason: string; reasonVi: string }

/**
 * On a single seat: a holder shown in the post after someone else took it (a stated start), by one article alone,
 * when other articles show them in it before and they are not said to have taken it again — a misdated or misread
 * article. Such facts are doubtful: they do not stretch a tenure; the conflict says so. Another article showing the
 * same, or an analyst's confirmation, makes them count.
 */
function doubtful(post: PostInfo, facts: PostFact[]): Doubt[] {
  if (post.seats !== 'one' || !post.placed) return [];
  const out: Doubt[] = [];
  const startsOf = facts.filter((f) => starts(f) && f.date && !f.acting);
  for (const person of new Set(facts.filter((f) => !f.acting).map((f) => f.person))) {
    const own = facts.filter((f) => f.person === person && !f.acting && f.date);
    for (const b of startsOf.filter((x) => x.person !== person)) {
      const late = own.filter((f) => f.date! > b.date! && f.fact === 'held' && !f.former);
      const early = own.filter((f) => f.date! < b.date!);
      if (!late.length || !early.length || late.some((f) => f.confirmed) || own.some((f) => starts(f) && f.date! > b.date!)) continue;
      const articles = new Set(late.map((f) => f.article));
      // the successor left before the late sighting: the holder may have come back
      if (articles.size !== 1 || early.some((f) => articles.has(f.article)) || facts.some((f) => f.person === b.person && ends(f) && f.date! <= late[0]!.date!)) continue;
      for (const f of late) {
        if (out.some((d) => d.fact === f)) continue;
        out.push({
          fact: f, after: b,
          reason: `${f.name} is shown in ${post.name} on ${f.date} by ${f.article} alone, after ${b.name} took it on ${b.date} (${b.article}); the other articles show ${f.name} in it before`,
          reasonVi: `Nghi vấn: chỉ bài ${f.article} cho thấy ${f.name} giữ chức ${post.name} ngày ${vi(f.date)}, sau khi ${b.name} nhận chức ngày ${vi(b.date)} (${b.article})`,
        });
      }
    }
  }
  return out;
}

export function tenuresOfPost(post: PostInfo, allFacts: PostFact[], moves: PostMove[] = []): PostTenures {
  const parsed = allFacts.map((f) => ({ ...f, confirmed: f.confirmed ?? false }));
  const doubts = doubtful(post, parsed);
  const facts = parsed.filter((f) => !doubts.some((d) => d.fact === f));
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
  // Someone else shown in the post between two days (started, seen, or stated to end there), on a single seat.
  const shownBetween = (t: Tenure, a: string, b: string) => ordered && tenures.some((u) => u !== t && u.person !== t.person && !u.acting &&
    [u.from, u.firstSeen, u.lastSeen].some((d) => d !== null && d > a && d < b));

  // "thay ông X": the successor's start ends X's tenure (stated), unless X's own end is stated earlier.
  for (const u of tenures) {
    if (!u.replaces || !u.from) continue;
    const t = tenures.filter((x) => x.person !== u.person && sameName(x.name, u.replaces!) && (x.from ?? x.lastSeen ?? x.endedBy ?? '') <= u.from!).pop();
    if (!t || (t.toBasis === 'stated' && t.to !== null && t.to <= u.from)) continue;
    t.to = u.from; t.toPrecision = u.fromPrecision; t.toBasis = 'stated';
    t.toWhy = `replaced by ${u.name}, as the text says ("thay")`; t.toWhyVi = `${u.name} nhận chức thay`;
    const said = facts.find((f) => f.person === u.person && f.replaces !== null && sameName(f.replaces, t.name));
    t.toArticle = said?.article ?? null; t.toSentence = said?.sentence ?? null;
  }
  // Shown in the post, and later called "nguyên" (former): held until then, unless someone else is shown in it
  // in between (a holder elected in one report and shown leaving years later held the seat in between).
  for (const t of tenures) {
    if (t.toBasis !== 'seen' || !t.endedBy || !t.to || t.endedBy <= t.to || shownBetween(t, t.to, t.endedBy)) continue;
    t.to = t.endedBy; t.toPrecision = 'day'; t.toBasis = 'before';
  }
  // A post taken elsewhere that cannot be held with this one (a single seat in another province, a full-time
  // post at the centre) ends this one by its start at the latest, unless someone else is shown here in between.
  for (const t of tenures) {
    if (t.toBasis === 'stated' && t.to !== null) continue;
    const began = t.from ?? t.firstSeen;
    if (!began) continue;
    // (a move announced the day they are last shown here ends the post that day; a post taken that same day stays)
    const m = moves.filter((x) => x.person === t.person && (x.date > began || (x.date === began && t.fromBasis !== 'stated')) && leavesPost(post, x))
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    // (shown here after taking the other post: the articles disagree, and the end stays as they show it)
    if (!m || (t.to !== null && (t.toBasis === 'seen' ? t.to > m.date : t.to <= m.date)) || shownBetween(t, t.lastSeen ?? began, m.date)) continue;
    t.to = m.date; t.toPrecision = m.datePrecision ?? 'day'; t.toBasis = 'before';
    t.toWhy = `took ${m.postName} on ${m.date}, which cannot be held with it`; t.toWhyVi = `nhận chức ${m.postName} ngày ${vi(m.date)}, không thể giữ đồng thời`;
    t.toArticle = m.article; t.toSentence = m.sentence;
  }
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

  // Last shown in the seat, and the next holder is stated to take it later, with nobody else shown in between: the
  // holder held it until then, at the latest (what a reader answers for a day in between). A bound the map's change
  // set first stays.
  if (ordered) {
    for (let i = 0; i + 1 < chain.length; i++) {
      const a = chain[i]!, b = chain[i + 1]!;
      if (a.toBasis !== 'seen' || !a.to || a.acting || b.acting || a.person === b.person || b.fromBasis !== 'stated' || !b.from || b.from <= a.to) continue;
      if (shownBetween(a, a.to, b.from)) continue;
      a.to = b.from; a.toPrecision = b.fromPrecision; a.toBasis = 'before';
      a.toWhy = `held until ${b.name} took the seat on ${b.from}, nobody else being shown in it`;
      a.toWhyVi = `giữ chức đến khi ${b.name} nhận chức ngày ${vi(b.from)}`;
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
  // the doubtful facts stay as evidence, in a conflict naming the holder they would have stretched and the successor
  for (const d of doubts) {
    const a = tenures.filter((t) => t.person === d.fact.person && !t.acting).pop();
    const b = tenures.find((t) => t.person === d.after.person && !t.acting && t.from === d.after.date);
    if (!a || !b) continue;
    const key = `doubtful|${a.key}|${d.fact.article}|${d.fact.date}`;
    if (conflicts.some((c) => c.key === key)) continue;
    conflicts.push({ key, kind: 'doubtful', post: post.name, postKey: post.key, tenures: [a.key, b.key], from: d.fact.date, to: d.fact.date, message: d.reason, messageVi: d.reasonVi });
    a.evidence.push({ article: d.fact.article, sentence: d.fact.sentence, rule: `${d.fact.rule} (doubtful)`, date: d.fact.date });
  }
  // each tenure's words from its holder's facts, grouped once (a membership post has thousands of holders)
  for (const t of tenures) explain(t, groups.get(`${t.person}\u0000${t.acting}`) ?? []);
  return { tenures, successions, conflicts };
}
