// Posts taken and left: "… giữ chức X" with the event verb before it ("bầu", "bổ nhiệm", "điều động" …), every
// "thôi giữ chức / thôi tham gia" of a clause, retirement, "thôi các chức vụ hiện tại", moving to "nhận công tác"
// elsewhere, and the posts a transfer leaves behind at the place the person leaves.
import { ACTING, RANKS } from '../../lexicon/posts';
import { DISMISSES, ELECTS, LEAVES_POST, POST_EVENT_VERBS, REPLACES, RETIRES, TAKES_POST } from '../../lexicon/triggers';
import { ENDING_EVENTS, type PostEvent } from '../../schema/records';
import { tidy } from '../../text/canon';
import { scopeOf, trailingProvince } from '../canonical-names';
import type { ReadSentence } from '../context';
import { nameAt, tokenAtOrAfter } from '../tokens';
import { afterTerm, membershipAt, postAt, type PostHit } from './post-phrases';

const alt = (xs: string[]) => xs.map((x) => x.replace(/ /g, '\\s+')).join('|');
/** Who a decision names: "đối với ông X", "đối với Đại tá X". */
const WHO = alt(['đồng chí', 'ông', 'bà', ...RANKS]);
const EVENT_VERB_BEFORE = new RegExp(`(?<![\\p{L}])(${alt(POST_EVENT_VERBS.map((v) => v.text))})(?![\\p{L}])[^.;]{0,60}$`, 'iu');
const EVENT_VERB_BETWEEN = new RegExp(`(?<![\\p{L}])(${alt(POST_EVENT_VERBS.map((v) => v.text))})(?![\\p{L}])`, 'iu');
const takesRe = (reach: number) => new RegExp(`^([^.;:]{0,${reach}}?)(?<![\\p{L}])(?<!thôi\\s)(?<!từng\\s)(?<!từng\\s(?:đảm nhiệm|được giao)\\s)(${alt(TAKES_POST)})\\s+(?=\\p{Lu}|quyền\\s)`, 'u');
const TAKES_RE = takesRe(90);
/** after a back reference the clause is the person's own, and its verbs may stand further from the post */
const TAKES_AFTER_BACK_REFERENCE = takesRe(160);
const LEAVES_ALL_RE = new RegExp(`(?<![\\p{L}])(${alt(LEAVES_POST)})\\s+(?=\\p{Lu})`, 'gu');
const REPLACES_RE = new RegExp(`^\\s*,?\\s*(?:${alt(REPLACES)})\\s+(?:đồng chí|ông|bà)\\s+`, 'u');
const RETIRES_RE = new RegExp(`^[^.;:]{0,60}?(?<![\\p{L}])(${alt(RETIRES.words)})(?![\\p{L}])`, 'u');
const NOT_YET_RE = new RegExp(`(?<![\\p{L}])(${alt(RETIRES.notYet)})(?![\\p{L}])`, 'u');
/**
 * A decision that names the post before the person ("… đối với ông X", "giao quyền … cho ông X"), each with what it
 * does, tried in this order; the first whose post reads is the one (the `post` group is where the post stands).
 * - "miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông X": the post left;
 * - "bầu cử bổ sung Ủy viên UBND tỉnh … đối với ông X": the post elected to (not across a clause, ";");
 * - "Thủ tướng đã giao quyền Chủ tịch UBND tỉnh cho ông X": the acting post given;
 * - "điều động, phân công Thành ủy viên đối với ông X", "bổ nhiệm … đối với bà Y": a post a decision gives.
 * `needs`: a word the sentence must hold for the pattern to be tried at all.
 */
export const DECISIONS_BEFORE: Array<{
  pattern: RegExp; kind: (verb: string | undefined) => PostEvent['kind']; former: boolean; rule: string; once: boolean; needs?: string;
}> = [
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:${alt(DISMISSES.verbs)})\\s+(?:(?:${alt(DISMISSES.nouns)})\\s+)?(?<post>[^;]{3,120}?)\\s+(?:${alt(DISMISSES.link)})\\s+(?:${WHO})\\s*$`, 'du'),
    kind: () => 'dismissed', former: true, rule: 'event.dismissed', once: false,
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(?:${alt(ELECTS.verbs)})\\s+(?:(?:${alt(ELECTS.nouns)})\\s+)?(?<post>[^;]{3,120}?)\\s+(?:${alt(ELECTS.link)})\\s+(?:${WHO})\\s*$`, 'du'),
    kind: () => 'elected', former: false, rule: 'event.elected-before', once: true,
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])giao\\s+(?<post>quyền\\s+[^;]{3,120}?)\\s+cho\\s+(?:${WHO})\\s*$`, 'du'),
    kind: () => 'assigned', former: false, rule: 'event.acting-given', once: true, needs: 'giao quyền',
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])(?<verb>bổ nhiệm|chỉ định|phân công|điều động)(?:\\s*,\\s*(?:bổ nhiệm|chỉ định|phân công|điều động))*\\s+(?:(?:giữ\\s+)?(?:chức danh|chức vụ|chức)\\s+)?(?<post>[^;]{3,120}?)\\s+đối với\\s+(?:${WHO})\\s*$`, 'du'),
    kind: (verb) => (verb === 'bổ nhiệm' ? 'appointed' : 'assigned'), former: false, rule: 'event.given-before', once: true,
  },
];

export interface Taken { post: PostHit; kind: PostEvent['kind']; rule: string; replaces: string | null }

/** "nghỉ hưu" said of the person now, not "sẽ nghỉ hưu" or "chuẩn bị nghỉ hưu". */
export function retiresIn(text: string): boolean {
  const m = RETIRES_RE.exec(text);
  return m !== null && !NOT_YET_RE.test(m[0]);
}

/**
 * "… giữ chức Phó Chủ tịch UBND tỉnh" after the person, with the verb before or after them; "thôi giữ chức …"
 * (retired when "nghỉ hưu" follows); "nghỉ hưu" right after the mention ends the posts it lists (`retired`).
 */
/**
 * The post a TAKES_RE match introduces, with its event (the verb before it, in the clause or before the person),
 * and further posts the clause has the person take ("… và phân công giữ chức Phó Trưởng Ban Tổ chức Thành ủy").
 */
function takenAfter(s: ReadSentence, m: RegExpExecArray, after: number, before: string, nextMention: number): Taken[] {
  const post = postAt(s, tokenAtOrAfter(s.tokens, after + m[0].length));
  if (!post) return [];
  const reelected = m[2]!.startsWith('tái');
  const verb = EVENT_VERB_BETWEEN.exec(m[1]!)?.[1] ?? (reelected ? 'tái đắc cử' : m[2]!.startsWith('trúng cử') || m[2]!.startsWith('đắc cử') ? 'trúng cử' : EVENT_VERB_BEFORE.exec(before)?.[1]);
  // "làm" alone is too common a word: it takes a post only after an event verb, or right after the person
  // ("Ông Mai Sơn làm quyền Chủ tịch tỉnh Bắc Giang")
  if (!verb && m[2] === 'làm' && m[1]!.trim() !== '') return [];
  // "giao" gives only an acting post: "ông A được giao quyền Chủ tịch UBND tỉnh" ("giao nhiệm vụ", "giao Sở Y tế" give none)
  if (m[2] === 'giao' && !post.text.startsWith(`${ACTING.word} `)) return [];
  const trig = POST_EVENT_VERBS.find((v) => v.text === verb?.toLowerCase().replace(/\s+/g, ' ')) ?? POST_EVENT_VERBS.find((v) => v.id === 'event.appointed')!;
  const tail = afterTerm(s, post);
  const r = REPLACES_RE.exec(s.canon.slice(tail));
  const replaced = r ? nameAt(s.tokens, s.canon, tokenAtOrAfter(s.tokens, tail + r[0].length), true) : null;
  const kind = reelected ? 'reelected' : trig.kind, rule = reelected ? 'event.reelected' : trig.id;
  const out: Taken[] = [{ post, kind, rule, replaces: replaced ? tidy(replaced.text) : null }];
  let at = tail;
  // "… bầu giữ chức Ủy viên Ủy ban Thường vụ, Chủ nhiệm Ủy ban Tài chính - Ngân sách Quốc hội": the posts listed after it
  for (let comma = /^\s*,\s*/u.exec(s.canon.slice(at, nextMention)); comma; comma = /^\s*,\s*/u.exec(s.canon.slice(at, nextMention))) {
    const next = postAt(s, tokenAtOrAfter(s.tokens, at + comma[0].length));
    if (!next || next.end > nextMention) break;
    out.push({ post: next, kind, rule, replaces: null });
    at = afterTerm(s, next);
  }
  for (let more = ANOTHER_TAKEN.exec(s.canon.slice(at, nextMention)); more; more = ANOTHER_TAKEN.exec(s.canon.slice(at, nextMention))) {
    const next = postAt(s, tokenAtOrAfter(s.tokens, at + more[0].length));
    if (!next) break;
    out.push({ post: next, kind, rule, replaces: null });
    at = afterTerm(s, next);
  }
  return out;
}

export function postsTakenOrLeft(s: ReadSentence, mentionStart: number, after: number, nextMention: number): { taken: Taken[]; retired: boolean; leftAll: 'every' | 'listed' | null } {
  const out: Taken[] = [];
  const rest = s.canon.slice(after, nextMention);
  const before = s.canon.slice(0, mentionStart);
  // every post the clause says is left: "thôi tham gia Ban Thường vụ Tỉnh ủy …; thôi giữ chức Phó Bí thư Ban cán sự
  // đảng UBND tỉnh …; thôi giữ chức Phó Chủ tịch UBND tỉnh … và được cho nghỉ hưu"
  const clause = rest.split(/[.!?](?:\s|$)/u)[0]!;
  for (const m of clause.matchAll(LEAVES_ALL_RE)) {
    const k = tokenAtOrAfter(s.tokens, after + m.index! + m[0].length);
    const post = m[1] === 'thôi tham gia' ? membershipAt(s, k) : postAt(s, k);
    if (!post) continue;
    const retired = retiresIn(s.canon.slice(afterTerm(s, post), nextMention));
    out.push({ post, kind: retired ? 'retired' : 'left', rule: retired ? 'event.retired' : 'event.left', replaces: null });
    // "thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Gia Lai": every body of the list (the first, bare, takes the
    // committee of the last when the names are read)
    for (let at = afterTerm(s, post), sep = MEMBERSHIP_SEP.exec(s.canon.slice(at)); m[1] === 'thôi tham gia' && sep; sep = MEMBERSHIP_SEP.exec(s.canon.slice(at))) {
      const next = membershipAt(s, tokenAtOrAfter(s.tokens, at + sep[0].length));
      if (!next) break;
      out.push({ post: next, kind: 'left', rule: 'event.left', replaces: null });
      at = afterTerm(s, next);
    }
  }
  // a clause that goes on about the person by a pronoun: "miễn nhiệm … đối với đồng chí X, bởi đồng chí đã được Bộ
  // Chính trị điều động, chỉ định … và bầu giữ chức Bí thư Tỉnh ủy Điện Biên": the posts it gives are X's
  const back = BACK_REFERENCE.exec(rest);
  let from = back ? after + back[0].length : after;
  let m = (back ? TAKES_AFTER_BACK_REFERENCE : TAKES_RE).exec(s.canon.slice(from, nextMention));
  // "… thôi giữ chức Phó Chủ tịch UBND tỉnh Gia Lai; điều động, chỉ định … giữ chức Bí thư Tỉnh ủy Kon Tum": a clause
  // after ";" that opens with the decision's verb, and names no one new, goes on about the same person
  if (!m) {
    for (const c of rest.matchAll(NEXT_DECISION_CLAUSE)) {
      const at = after + c.index! + c[0].length;
      const again = TAKES_AFTER_BACK_REFERENCE.exec(s.canon.slice(at, nextMention));
      if (again) { from = at; m = again; break; }
    }
  }
  const taken = m && !NOT_YET_TAKEN.test(m[1]!) ? takenAfter(s, m, from, back ? s.canon.slice(0, from) : before, nextMention) : [];
  out.push(...taken);
  return { taken: out, retired: out.length === 0 && retiresIn(rest), leftAll: leftAllOf(rest) };
}

/** Memberships of a committee go with the person who moves within its reach: "Ủy viên Ban Thường vụ Thành ủy", "Tỉnh ủy viên". */
export const MEMBERSHIP = /^(?:Ủy viên|UVTƯ|UVTW|Tỉnh ủy viên|Thành ủy viên)(?![\p{L}])/u;

const MEMBERSHIP_SEP = /^\s*(?:,|và|,\s*và)\s*(?=Ban |Đảng đoàn|Ban cán sự)/u;
/**
 * "; điều động, chỉ định tham gia …", "; đồng chí được phân công …", "… thôi giữ chức X và được phân công, điều động …
 * giữ chức Y": a clause of the same decision, about the same person (a pronoun, or no subject at all).
 */
const NEXT_DECISION_CLAUSE = new RegExp(`(?:;|,?\\s+và)\\s*(?:đồng thời\\s+)?(?:(?:đồng chí|ông|bà)\\s+(?=được\\s))?(?:được\\s+)?(?=(?:${alt(POST_EVENT_VERBS.map((v) => v.text))})(?![\\p{L}]))`, 'gu');
/** ", bởi đồng chí đã được …", ", do ông vừa được …": the person just named, again, as the subject of a clause. */
const BACK_REFERENCE = /^\s*,?\s*(?:bởi|bởi vì|vì|do|sau khi)\s+(?:đồng chí|ông|bà)\s+(?=(?:đã|vừa|mới)\s+(?:được|giữ|làm)|được)/u;

const leftAllOf = (rest: string): 'every' | 'listed' | null => (LEAVES_EVERY_POST.test(rest) ? 'every' : MOVES_OUT.test(rest) ? 'listed' : null);
// a nomination, or the purpose of a vote, takes no post: "đồng ý giới thiệu ông Lê Trí Thanh để bầu giữ chức …" (FORMAT.md)
const NOT_YET_TAKEN = /(?<![\p{L}])(?:đến khi|sẽ|dự kiến|giới thiệu|đề nghị|đề cử|ứng cử|để(?:\s+\S+){0,3}\s+bầu)(?![\p{L}])/u;
const ANOTHER_TAKEN = /^[^.;]{0,60}?(?<![\p{L}])(?:giữ chức vụ|giữ chức|kiêm nhiệm|kiêm)\s+(?=\p{Lu})/u;

/** "cho các ông A, B và C thôi các chức vụ hiện tại": every post the article gives them ends. */
const LEAVES_EVERY_POST = /^\s*(?:đều\s+)?(?:được\s+)?(?:cho\s+)?thôi\s+(?:giữ\s+)?(?:tất cả\s+)?(?:các\s+)?chức vụ(?:\s+hiện tại|\s+hiện nay|\s+đang đảm nhiệm)?(?![\p{L}])/u;
/**
 * "ông A, Phó Trưởng Ban Tuyên giáo Tỉnh ủy đến nhận công tác tại Sở …": the posts of the place left end; also after
 * the comma that closes the posts, with who moves them ("điều động ông A, Bí thư Tỉnh ủy, đến nhận công tác tại …",
 * "ông A, …, được Bộ Chính trị điều động về công tác tại Ban Tổ chức Trung ương"). Without "nhận", a transfer verb
 * must say it ("về công tác tại huyện" alone is a working visit).
 */
const MOVER = '(?:Bộ Chính trị|Ban Bí thư|Thủ tướng(?: Chính phủ)?|Ban Thường vụ [^\\s,;.]+ ủy|cấp có thẩm quyền)';
const TRANSFER = '(?:điều động|luân chuyển|điều chuyển)(?:,\\s*(?:điều động|luân chuyển|điều chuyển|phân công))*';
const MOVES_OUT = new RegExp(`^[\\s,]*(?:được\\s+(?:${MOVER}\\s+)?)?(?:(?:${TRANSFER}\\s+)?(?:đến|về)\\s+nhận|${TRANSFER}\\s+(?:đến|về))\\s+công\\s+tác(?![\\p{L}])`, 'u');

export interface Entry { post: PostHit; former: boolean; event: Pick<PostEvent, 'kind' | 'replaces'> & { rule: string } | null }

/**
 * A transfer that names no post left ("ông X, Bí thư Tỉnh ủy Long An, được chỉ định giữ chức Bí thư Tỉnh ủy Tây Ninh";
 * "ông Y, Thứ trưởng Bộ Kế hoạch và Đầu tư … giữ chức Phó Bí thư Tỉnh ủy Vĩnh Phúc") ends the posts at the place the
 * person leaves: a province's when the new post is in another province or at the centre, the centre's when it is in
 * a province. Membership of the Central Committee, the Politburo and the Secretariat stays.
 */
export function movedAway(entries: Entry[], names: string[]): void {
  if (entries.some((e) => e.event && ENDING_EVENTS.includes(e.event.kind))) return;
  const to = entries.flatMap((e, i) => (e.event && (e.event.kind === 'assigned' || e.event.kind === 'appointed') ? [placeOf(names[i]!)] : []))
    .filter((p): p is Place => p !== null);
  if (new Set(to.map((p) => `${p.level}:${p.name}`)).size !== 1) return;
  const dest = to[0]!;
  entries.forEach((e, i) => {
    const from = placeOf(names[i]!);
    if (e.event || !from || CENTRAL_MEMBERSHIP.test(names[i]!)) return;
    // the centre and a province are left for each other; a district or commune for another of its level
    const comparable = from.level === 'local' ? dest.level === 'local' : dest.level !== 'local';
    if (comparable && (from.level !== dest.level || from.name !== dest.name)) e.former = true;
  });
}

interface Place { level: 'centre' | 'province' | 'local'; name: string }
const LOCAL_PLACE = /(?:^| )(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn|Quận ủy|Huyện ủy|Thị ủy|Thành ủy|Đảng ủy xã|Đảng ủy phường) ((?:\p{Lu}\p{L}*|\d+)(?: \p{Lu}\p{L}*)*)$/u;
/** Where a post is held: at the centre, in a province, or in a district, town or commune (by its name). */
function placeOf(post: string): Place | null {
  const scope = scopeOf(post);
  if (scope === 'national') return { level: 'centre', name: '' };
  if (scope === 'provincial') {
    const p = trailingProvince(post);
    return p ? { level: 'province', name: p } : null;
  }
  const local = LOCAL_PLACE.exec(post);
  return local ? { level: 'local', name: local[1]! } : null;
}
const CENTRAL_MEMBERSHIP = /Ban Chấp hành Trung ương Đảng|Bộ Chính trị|Bí thư Trung ương Đảng/u;
