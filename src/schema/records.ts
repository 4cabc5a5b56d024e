// Extraction records: ../shared/eval/FORMAT.md plus provenance, precision and diagnostics.
import { z } from 'zod';
import { Span } from './article';

export const Provenance = z.object({
  article: z.string(),
  /** character span of the sentence in the article's normalised text */
  span: Span,
  sentence: z.string(),
  rule: z.string(),
});
export type Provenance = z.infer<typeof Provenance>;

export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const PostEventKind = z.enum(['elected', 'reelected', 'appointed', 'assigned', 'left', 'dismissed', 'retired']);
export type PostEventKind = z.infer<typeof PostEventKind>;
/** Kinds that end a tenure; the others start one ("reelected" continues it). */
export const ENDING_EVENTS: readonly PostEventKind[] = ['left', 'dismissed', 'retired'];

/** A change of post the text states: "được bầu giữ chức …", "phân công … thay đồng chí …", "thôi giữ chức …". */
export const PostEvent = z.object({
  kind: PostEventKind,
  post: z.string(),
  /** the person replaced ("thay đồng chí …"), when the text names one */
  replaces: z.string().nullable(),
  /** when it happened: a date in the sentence, else the date of the meeting the sentence reports, else null */
  date: IsoDate.nullable(),
  datePrecision: DatePrecision.nullable(),
  evidence: Provenance,
});
export type PostEvent = z.infer<typeof PostEvent>;

/**
 * One sentence showing a person in a post, with what it says about the holding: "nguyên …" (former),
 * "kiêm …" (concurrent), a term ("khóa XVII", "nhiệm kỳ 2020 - 2025"). Acting ("Quyền Chủ tịch …") is in
 * the post's own title. `date` is that of the meeting the sentence reports, null when the article gives none.
 */
export const Holding = z.object({
  post: z.string(),
  former: z.boolean(),
  concurrent: z.boolean(),
  term: z.string().nullable(),
  date: IsoDate.nullable(),
  datePrecision: DatePrecision.nullable(),
  evidence: Provenance,
});
export type Holding = z.infer<typeof Holding>;

export const PersonRecord = z.object({
  name: z.string().min(1),
  posts: z.array(z.string()),
  /** posts the text says the person held before ("nguyên …", "thôi giữ chức …"): kept, not current */
  formerPosts: z.array(z.string()).default([]),
  events: z.array(PostEvent).default([]),
  holdings: z.array(Holding).default([]),
  evidence: z.array(Provenance),
});
export type PersonRecord = z.infer<typeof PersonRecord>;

export const MeetingRecord = z.object({
  kind: z.string(),
  date: IsoDate.nullable(),
  datePrecision: DatePrecision.nullable(),
  body: z.string().nullable(),
  ordinal: z.string().nullable(),
  term: z.string().nullable(),
  extended: z.boolean(),
  special: z.boolean(),
  chairs: z.array(z.string()),
  speakers: z.array(z.string()),
  approved: z.array(z.string()),
  evidence: z.object({
    meeting: Provenance,
    chairs: z.array(Provenance.extend({ person: z.string() })),
    speakers: z.array(Provenance.extend({ person: z.string() })),
    approved: z.array(Provenance.extend({ document: z.string() })),
  }),
});
export type MeetingRecord = z.infer<typeof MeetingRecord>;

export const DocumentRecord = z.object({
  type: z.string(),
  number: z.string(),
  date: IsoDate.nullable(),
  issuer: z.string().nullable(),
  evidence: Provenance,
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const Diagnostic = z.object({
  article: z.string(),
  code: z.string(),
  message: z.string(),
  span: Span.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const ArticleRecord = z.object({
  article: z.string(),
  title: z.string(),
  pageDate: IsoDate.nullable(),
  province: z.string().nullable(),
  provinceEvidence: Provenance.nullable(),
  authors: z.array(z.string()),
  people: z.array(PersonRecord),
  meetings: z.array(MeetingRecord),
  documents: z.array(DocumentRecord),
  diagnostics: z.array(Diagnostic),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;
