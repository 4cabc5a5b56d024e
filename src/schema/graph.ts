// The graph: nodes and relationships with deterministic keys, ready for UNWIND … MERGE.
// An article's graph names people by their Reading (a name as read in one place, `name@province`); the load
// writes each reading's facts on the Person it is READ_AS (DESIGN.md, "One node per person").
import { z } from 'zod';

export const NodeLabel = z.enum(['Article', 'Person', 'Reading', 'Post', 'Body', 'Province', 'Meeting', 'Resolution', 'Document']);
export type NodeLabel = z.infer<typeof NodeLabel>;

export const RelType = z.enum([
  'HELD_POST', 'TOOK_POST', 'LEFT_POST', 'CHAIRED', 'SPOKE_AT', 'APPROVED', 'HELD_BY', 'OF_BODY', 'IN_PROVINCE', 'REPORTS', 'MENTIONS',
  'CITES', 'ISSUED_BY', 'ABOUT', 'READS',
]);
export type RelType = z.infer<typeof RelType>;

const Prop = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

export const GraphNode = z.object({
  label: NodeLabel,
  key: z.string().min(1),
  props: z.record(z.string(), Prop),
});
export type GraphNode = z.infer<typeof GraphNode>;

/** Every relationship carries its provenance: the article, the sentence and its span, the rule. */
export const GraphRel = z.object({
  type: RelType,
  from: z.object({ label: NodeLabel, key: z.string() }),
  to: z.object({ label: NodeLabel, key: z.string() }),
  props: z.object({
    article: z.string(),
    sentence: z.string().nullable(),
    spanStart: z.number().int().nullable(),
    spanEnd: z.number().int().nullable(),
    rule: z.string(),
  }).catchall(Prop),
});
export type GraphRel = z.infer<typeof GraphRel>;

export const ArticleGraph = z.object({
  article: z.string(),
  contentHash: z.string(),
  nodes: z.array(GraphNode),
  rels: z.array(GraphRel),
});
export type ArticleGraph = z.infer<typeof ArticleGraph>;
