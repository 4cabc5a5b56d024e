// Lists of people: "các đồng chí <post>:", "Các <post> gồm:", "Hai <post> … là ông A và ông B", names coordinated by
// commas and "và", people listed with their posts; and a person named again by the last word of their name.
import { RANKS } from '../../lexicon/posts';
import type { ExtractContext, ReadSentence } from '../context';
import { joined, tokenAtOrAfter, type NameMatch } from '../tokens';
import { postAt, type PostHit } from './post-phrases';

const NAMED_AS = /(?<![\p{L}])(?:là|gồm|gồm có)\s*(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?\s*$/u;
const ELECTED_AS = /(?<![\p{L}])(?:bầu|bổ nhiệm|chỉ định)\s+(?:làm|giữ chức(?: vụ)?)\s+$/u;
const COUNT_WORD = /^(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|\d+|[Cc]ác)$/u;

/** The post a count names before "là" in the clause that ends at `at`: "Tỉnh ủy có 2 Phó Bí thư Tỉnh ủy là ông …". */
export function countedPostBefore(s: ReadSentence, at: number): PostHit | null {
  const head = s.canon.slice(0, at);
  const m = NAMED_AS.exec(head);
  if (!m) return null;
  const clause = Math.max(head.lastIndexOf(';', m.index), head.lastIndexOf('.', m.index)) + 1;
  let found: PostHit | null = null;
  const first = tokenAtOrAfter(s.tokens, clause);
  const counts = (k: number) => s.tokens.slice(first, k).some((t) => COUNT_WORD.test(t.text) && t.text.toLowerCase() !== 'các');
  for (let k = first; k < s.tokens.length && s.tokens[k]!.start < m.index; k++) {
    // "Hai Phó Chủ tịch …", or "Hai người được bầu làm Phó Chủ tịch …"
    const counted = k > 0 && COUNT_WORD.test(s.tokens[k - 1]!.text);
    if (!counted && !(ELECTED_AS.test(s.canon.slice(clause, s.tokens[k]!.start)) && counts(k))) continue;
    const hit = postAt(s, k);
    if (hit && hit.end <= m.index) found = hit;
  }
  return found;
}

/** What may stand between two coordinated names: "A, B và C", "ông A và bà B". */
export const COORDINATION = /^\s*(?:,|và|,\s*và)\s*(?:(?:đồng chí|ông|bà)\s+)?$/u;
/** "dưới sự chủ trì của …", "dưới sự chủ tọa, điều hành của …": the roles of the people or posts named after it. */
export const UNDER_OF = /(?<![\p{L}])dưới sự (?:chủ trì|chủ tọa|điều hành)(?:\s*(?:,|và)\s*(?:chủ trì|chủ tọa|điều hành))*\s+của\s+/u;

/** Between people listed with their posts: "A, Giám đốc Sở Công Thương; B, Giám đốc Sở Y tế và ông C, …". */
export const LISTED = new RegExp(`^\\s*(?:[;,]\\s*)?(?:và\\s+)?(?:(?:đồng chí|ông|bà)\\s+)?(?:(?:${RANKS.join('|')})\\s+)?$`, 'u');
/**
 * A title shared by the names after it opens with "các": "Các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh và Nguyễn Công Thanh";
 * a list counted opens with its number: "Bốn ông A, B (…), C (…) được chỉ định làm Phó Bí thư Thành ủy".
 */
export const LIST_BEFORE = /(?<![\p{L}])(?:[Cc]ác\s+[^,;:.]*|(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|\d+)\s+)$/u;

/**
 * "ông Hùng đồng thời được phân công giữ chức vụ Chủ tịch HĐND tỉnh": a person named earlier, referred to by the last
 * word of their name after "ông"/"bà"/"đồng chí", when one person only has that name.
 */
export function shortReference(ctx: ExtractContext, s: ReadSentence, i: number, earlier: string[]): NameMatch | null {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  if (!isCapitalised(t.text) || (next && joined(s.canon, t, next) && isCapitalised(next.text))) return null;
  const same = [...new Set([...[...ctx.people.values()].map((p) => p.name), ...earlier])].filter((n) => n.split(' ').pop() === t.text && n.includes(' '));
  return same.length === 1 ? { start: t.start, end: t.end, first: i, last: i, text: same[0]! } : null;
}
const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/** "các đồng chí:" or "các đồng chí Phó Chủ tịch UBND tỉnh:" opens a list of names; the post is shared. */
export function listOpening(s: ReadSentence, i: number): { shared: PostHit | null; end: number } | null {
  const t = s.tokens;
  const w = t[i]!.text;
  // "và 04 Thứ trưởng: Tạ Quang Đông, Trịnh Thị Thủy, …": a count, a post and a colon open a list too
  if (COUNT_OPENS.test(w)) {
    const post = postAt(s, i + 1);
    const colon = post && /^\s*:/.exec(s.canon.slice(post.end));
    return post && colon ? { shared: post, end: tokenAtOrAfter(t, post.end + colon[0].length) - 1 } : null;
  }
  if (w !== 'các' && w !== 'Các') return null;
  const who = t[i + 1]?.text === 'đồng' && t[i + 2]?.text === 'chí' ? 3 : /^(ông|bà)$/.test(t[i + 1]?.text ?? '') ? 2 : 0;
  const k = i + (who || 1);
  const afterWho = t[k - 1]!.end;
  if (who && /^\s*:/.test(s.canon.slice(afterWho))) return { shared: null, end: k - 1 };
  // "các đồng chí Phó Chủ tịch UBND tỉnh:", "Các Phó Bí thư Tỉnh ủy gồm: ông A …", "cùng các Ủy viên Ban Thường vụ Tỉnh ủy: ông A …"
  const post = postAt(s, k);
  const opens = post && LIST_OPENS.exec(s.canon.slice(post.end));
  if (post && opens) return { shared: post, end: tokenAtOrAfter(t, post.end + opens[0].length) - 1 };
  return null;
}

/** After the shared post: ":", "gồm (có)", "là"; ", gồm các đồng chí:" ("các Phó Chủ tịch, gồm các đồng chí: A, B, C"). */
const LIST_OPENS = /^\s*(?:mới\s+)?(?::|,?\s*gồm(?: có)?(?:\s+các\s+(?:đồng chí|ông|bà))?\s*:?|là)/u;
const COUNT_OPENS = /^(?:\d{1,2}|[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)$/u;
