// Extraction scored against hand-annotated gold records (shared/eval/FORMAT.md): the same normalisation, keys
// and matching as the reference scorer, so the numbers are equal; each system fact keeps its provenance.
import { z } from 'zod';
import type { ArticleRecord, Provenance } from '../schema/records';

/** A gold record: FORMAT.md's fields only (provenance and the rest are optional and ignored). */
export const GoldRecord = z.object({
  article: z.string().optional(),
  province: z.string().nullable().optional(),
  authors: z.array(z.string()).nullable().optional(),
  people: z.array(z.object({ name: z.string(), posts: z.array(z.string()).nullable().optional() })).nullable().optional(),
  meetings: z.array(z.object({
    date: z.string().nullable().optional(),
    body: z.string().nullable().optional(),
    chairs: z.array(z.string()).nullable().optional(),
    speakers: z.array(z.string()).nullable().optional(),
    approved: z.array(z.string()).nullable().optional(),
  })).nullable().optional(),
  documents: z.array(z.object({ number: z.string(), date: z.string().nullable().optional() })).nullable().optional(),
});
export type GoldRecord = z.infer<typeof GoldRecord>;

export const CATEGORIES = ['people', 'holdings', 'meetings', 'chairs', 'speakers', 'approved', 'documents', 'province', 'authors'] as const;
export type Category = (typeof CATEGORIES)[number];

// ---------- normalisation: forgive spelling, never meaning (as score.mjs) ----------
const OLD_TONES: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const OLD_TONE_RE = new RegExp(Object.keys(OLD_TONES).join('|'), 'g');
const word = (w: string) => new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'gu');
/** Abbreviations expanded on the original case, so that "TƯ" is not "tư". */
const ABBREV: Array<[RegExp, string]> = [
  [word('UVTƯ|UVTW|UVT\\.Ư|UV\\s?TƯ'), 'Ủy viên Trung ương'],
  [word('UBND'), 'Ủy ban nhân dân'],
  [word('HĐND'), 'Hội đồng nhân dân'],
  [word('MTTQ'), 'Mặt trận Tổ quốc'],
  [word('BCH'), 'Ban Chấp hành'],
  [word('BTV'), 'Ban Thường vụ'],
  [word('ĐBQH'), 'Đại biểu Quốc hội'],
  [word('TƯ|TW|T\\.Ư'), 'Trung ương'],
  [word('TP\\.?'), 'thành phố'],
];
const ALIASES: Array<[RegExp, string]> = [
  [/ủy viên (dự khuyết )?trung ương đảng/g, 'ủy viên $1ban chấp hành trung ương đảng'],
  [/ủy viên (dự khuyết )?ban chấp hành trung ương(?! đảng)/g, 'ủy viên $1ban chấp hành trung ương đảng'],
  [/ủy viên (dự khuyết )?ban chấp hành ban chấp hành/g, 'ủy viên $1ban chấp hành'],
  [/(^| )tỉnh ủy viên(?= |$)/g, '$1ủy viên ban chấp hành đảng bộ tỉnh'],
  [/thành ủy thành phố /g, 'thành ủy '],
];

export function normForScore(s: string | null | undefined): string {
  if (s == null) return '';
  let t = String(s).normalize('NFC');
  for (const [re, full] of ABBREV) t = t.replace(re, full);
  t = t.toLowerCase().replace(OLD_TONE_RE, (m) => OLD_TONES[m]!);
  t = t.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s*\/\s*/g, '/').replace(/\s*-\s*/g, ' ');
  t = t.replace(/[.,;:…"“”()]+/g, ' ').replace(/\s+/g, ' ').trim();
  t = t.replace(/^(đồng chí|ông|bà) /, '');
  t = t.replace(/ (khóa [ivxlc]+|nhiệm kỳ \d{4}-\d{4})$/g, '');
  for (const [re, to] of ALIASES) t = t.replace(re, to);
  return t;
}
const normNumber = (s: string) => normForScore(s).replace(/\s+/g, '').toUpperCase();
const syllables = (s: string) => new Set(normForScore(s).split(/[\s\-/]+/).filter(Boolean));
function jaccard(a: string, b: string): number {
  const A = syllables(a), B = syllables(b);
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter || 1);
}

/** One fact as the scorer compares it, with where the system read it (none for gold). */
export interface Fact { key: string; evidence: Provenance | null }
interface Approval { date: string; doc: string; evidence: Provenance | null }

type Keys = Record<Category, Fact[]> & { approvedDocs: Approval[] };
const f = (key: string, evidence: Provenance | null = null): Fact => ({ key, evidence });

export function goldKeys(rec: GoldRecord): Keys {
  const people = rec.people ?? [], meetings = rec.meetings ?? [];
  return {
    people: people.map((p) => f(normForScore(p.name))),
    holdings: people.flatMap((p) => (p.posts ?? []).map((post) => f(`${normForScore(p.name)} | ${normForScore(post)}`))),
    meetings: meetings.map((m) => f(`${m.date ?? 'null'} | ${normForScore(m.body)}`)),
    chairs: meetings.flatMap((m) => (m.chairs ?? []).map((c) => f(`${m.date ?? 'null'} | ${normForScore(c)}`))),
    speakers: meetings.flatMap((m) => (m.speakers ?? []).map((c) => f(`${m.date ?? 'null'} | ${normForScore(c)}`))),
    approved: [],
    documents: (rec.documents ?? []).map((d) => f(`${normNumber(d.number)} | ${d.date ?? 'null'}`)),
    province: rec.province ? [f(normForScore(rec.province))] : [],
    authors: (rec.authors ?? []).map((a) => f(normForScore(a))),
    approvedDocs: meetings.flatMap((m) => (m.approved ?? []).map((doc) => ({ date: m.date ?? 'null', doc, evidence: null }))),
  };
}

/** The system's record, each fact with the sentence it was read from and the rule that fired. */
export function systemKeys(rec: ArticleRecord): Keys {
  const holdingEvidence = (p: ArticleRecord['people'][number], post: string) =>
    p.holdings.find((h) => h.post === post)?.evidence ?? p.events.find((e) => e.post === post)?.evidence ?? p.evidence[0] ?? null;
  const byPerson = (xs: Array<Provenance & { person: string }>, name: string) => xs.find((x) => x.person === name) ?? null;
  return {
    people: rec.people.map((p) => f(normForScore(p.name), p.evidence[0] ?? null)),
    holdings: rec.people.flatMap((p) => p.posts.map((post) => f(`${normForScore(p.name)} | ${normForScore(post)}`, holdingEvidence(p, post)))),
    meetings: rec.meetings.map((m) => f(`${m.date ?? 'null'} | ${normForScore(m.body)}`, m.evidence.meeting)),
    chairs: rec.meetings.flatMap((m) => m.chairs.map((c) => f(`${m.date ?? 'null'} | ${normForScore(c)}`, byPerson(m.evidence.chairs, c)))),
    speakers: rec.meetings.flatMap((m) => m.speakers.map((c) => f(`${m.date ?? 'null'} | ${normForScore(c)}`, byPerson(m.evidence.speakers, c)))),
    approved: [],
    documents: rec.documents.map((d) => f(`${normNumber(d.number)} | ${d.date ?? 'null'}`, d.evidence)),
    province: rec.province ? [f(normForScore(rec.province), rec.provinceEvidence)] : [],
    authors: rec.authors.map((a) => f(normForScore(a))),
    approvedDocs: rec.meetings.flatMap((m) => m.approved.map((doc) => ({
      date: m.date ?? 'null', doc, evidence: m.evidence.approved.find((x) => x.document === doc) ?? m.evidence.meeting,
    }))),
  };
}

export interface Match { tp: number; missed: Fact[]; wrong: Fact[] }

function matchExact(gold: Fact[], pred: Fact[]): Match {
  const left = [...pred];
  const missed: Fact[] = [];
  let tp = 0;
  for (const g of gold) {
    const i = left.findIndex((p) => p.key === g.key);
    if (i >= 0) { tp++; left.splice(i, 1); } else missed.push(g);
  }
  return { tp, missed, wrong: left };
}

/** Documents adopted match 1:1 on the meeting's date and by syllable overlap (Jaccard at least 0.6). */
function matchFuzzy(gold: Approval[], pred: Approval[]): Match {
  const left = [...pred];
  const missed: Fact[] = [];
  let tp = 0;
  for (const g of gold) {
    let best = -1, bestScore = 0;
    left.forEach((p, i) => {
      if (p.date !== g.date) return;
      const s = jaccard(g.doc, p.doc);
      if (s > bestScore) { bestScore = s; best = i; }
    });
    if (best >= 0 && bestScore >= 0.6) { tp++; left.splice(best, 1); } else missed.push(f(`${g.date} | ${g.doc}`));
  }
  return { tp, missed, wrong: left.map((p) => f(`${p.date} | ${p.doc}`, p.evidence)) };
}

export interface ArticleScore { article: string; matches: Record<Category, Match>; hasRecord: boolean }

/**
 * Scores one article. `sentences` (the article's, as the system read them) let a missed fact show where the text
 * says it: the first sentence naming its person, number or document.
 */
export function scoreArticle(article: string, gold: GoldRecord, pred: ArticleRecord | null, sentences: string[] = []): ArticleScore {
  const g = goldKeys(gold);
  const p: Keys = pred ? systemKeys(pred) : { ...Object.fromEntries(CATEGORIES.map((c) => [c, []])) as unknown as Keys, approvedDocs: [] };
  const matches = Object.fromEntries(CATEGORIES.map((c) => [c, c === 'approved' ? matchFuzzy(g.approvedDocs, p.approvedDocs) : matchExact(g[c], p[c])])) as Record<Category, Match>;
  if (sentences.length) {
    const normed = sentences.map((s) => ({ s, n: ` ${normForScore(s)} ` }));
    const locate = (needle: string): string | null => (needle ? normed.find((x) => x.n.includes(` ${needle} `))?.s ?? null : null);
    for (const c of CATEGORIES) {
      for (const m of matches[c].missed) {
        // what names the fact in the text: its person (people, holdings), its person or body after the date
        // (meetings, chairs, speakers), the first words of an adopted document; a document's number is written otherwise
        const [first, second = ''] = m.key.split(' | ');
        const needle = c === 'documents' ? '' : c === 'approved' ? normForScore(second).split(' ').slice(0, 4).join(' ')
          : ['meetings', 'chairs', 'speakers'].includes(c) ? second : first!;
        const where = locate(needle);
        if (where) m.evidence = { article, span: [0, 0], sentence: where, rule: 'not read' };
      }
    }
  }
  return { article, matches, hasRecord: pred !== null };
}

export interface CategoryScore { category: Category; precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }
export interface EvalReport { articles: number; withoutRecord: number; categories: CategoryScore[]; overall: number }

function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Micro-averaged precision, recall and F1 per category; overall over the pairs of all categories but authors. */
export function summarise(scores: ArticleScore[]): EvalReport {
  const categories = CATEGORIES.map((c) => {
    let tp = 0, fp = 0, fn = 0;
    for (const s of scores) { tp += s.matches[c].tp; fp += s.matches[c].wrong.length; fn += s.matches[c].missed.length; }
    return { category: c, ...prf(tp, fp, fn), tp, fp, fn };
  });
  const all = categories.filter((c) => c.category !== 'authors')
    .reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { articles: scores.length, withoutRecord: scores.filter((s) => !s.hasRecord).length, categories, overall: prf(all.tp, all.fp, all.fn).f1 };
}

const fmt = (x: number) => x.toFixed(3);

/** The table as score.mjs prints it. */
export function formatReport(r: EvalReport): string {
  const lines = [`articles ${r.articles}${r.withoutRecord ? `, ${r.withoutRecord} without a system record` : ''}`, 'category    P      R      F1     tp  fp  fn'];
  for (const c of r.categories) {
    lines.push(`${c.category.padEnd(10)}  ${fmt(c.precision)}  ${fmt(c.recall)}  ${fmt(c.f1)}  ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`);
  }
  lines.push(`overall F1 ${fmt(r.overall)}`);
  return lines.join('\n');
}

const clip = (s: string) => (s.length > 240 ? `${s.slice(0, 237)}…` : s);

/** Each missed and wrong fact of an article; a wrong fact with the sentence it came from and the rule that fired. */
export function formatDetails(s: ArticleScore): string {
  const lines: string[] = [];
  if (!s.hasRecord) lines.push('  no record from the system');
  for (const c of CATEGORIES) {
    for (const m of s.matches[c].missed) {
      lines.push(`  missed ${c}: ${m.key}`);
      if (m.evidence) lines.push(`         in: ${clip(m.evidence.sentence)}`);
    }
    for (const w of s.matches[c].wrong) {
      lines.push(`  wrong  ${c}: ${w.key}`);
      if (w.evidence) lines.push(`         [${w.evidence.rule}] ${clip(w.evidence.sentence)}`);
    }
  }
  return lines.length ? `${s.article}\n${lines.join('\n')}` : '';
}
