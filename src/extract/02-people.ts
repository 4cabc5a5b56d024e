// People and their posts: names after "đồng chí"/"ông"/"bà" or opening with a family name, appositive post
// lists after the name ("…, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"), posts written before the name
// ("Chủ tịch UBND tỉnh Nguyễn Văn A"), a post shared by a list ("các đồng chí Phó Chủ tịch UBND tỉnh: A, B"),
// posts taken or left ("được bầu giữ chức …", "thôi giữ chức …", "miễn nhiệm … đối với ông …"), and later
// mentions by post alone ("đồng chí Bí thư Tỉnh ủy").
import { FAMILY_NAMES, PERSON_TRIGGERS } from '../lexicon/names';
import { ACTING, RANKS } from '../lexicon/posts';
import { DISMISSES, LEAVES_POST, POST_EVENT_VERBS, REPLACES, RETIRES, TAKES_POST } from '../lexicon/triggers';
import { ENDING_EVENTS, type Holding, type PersonRecord, type PostEvent } from '../schema/records';
import { canonKey, tidy } from '../text/canon';
import { canonicalPhrase, canonicalPostList, displayForm, scopeOf, trailingProvince } from './canonical-names';
import { diagnose, provenance, type ExtractContext, type Extractor, type ReadSentence } from './context';
import { bodyHeadAt, joined, nameAt, phraseFrom, titleAt, tokenAtOrAfter, type NameMatch, type Token } from './tokens';
import { namedIn } from './01-province';

const TRIGGERS = PERSON_TRIGGERS.map((t) => t.split(' '));
const TRIGGER_LAST_WORDS = new Set(TRIGGERS.map((t) => t[t.length - 1]!));

function triggerBefore(tokens: Token[], s: string, i: number): number {
  // "đ/c Nguyễn Văn A": the slash splits the trigger into two tokens
  if (tokens[i - 1]!.text === 'c' && i >= 2 && /^[đĐ]$/.test(tokens[i - 2]!.text) && s.slice(tokens[i - 2]!.end, tokens[i]!.start) === '/c ') return 2;
  if (!TRIGGER_LAST_WORDS.has(tokens[i - 1]!.text)) return 0;
  for (const t of TRIGGERS) {
    const k = i - t.length;
    if (k < 0) continue;
    let ok = true;
    for (let x = 0; x < t.length && ok; x++) ok = tokens[k + x]!.text === t[x] && (x === 0 || joined(s, tokens[k + x - 1]!, tokens[k + x]!));
    if (ok && joined(s, tokens[i - 1]!, tokens[i]!)) return t.length;
  }
  return 0;
}

interface PostHit { text: string; term: string | null; former: boolean; concurrent: boolean; end: number; first: number }

const ACTING_WORD = ACTING.word.toLowerCase();

/** A post phrase opening at token k: "nguyên" before it marks a former post, "Quyền" an acting one. */
function postAt(s: ReadSentence, k: number): PostHit | null {
  let former = false, acting = false;
  let i = k;
  if (s.tokens[i]?.text === 'nguyên' && s.tokens[i + 1]) { former = true; i++; }
  if (s.tokens[i]?.text.toLowerCase() === ACTING_WORD && s.tokens[i + 1]) { acting = true; i++; }
  const len = titleAt(s.tokens, s.canon, i);
  if (!len) return null;
  const p = phraseFrom(s.tokens, s.canon, i, len);
  // A bare local title ("Bí thư", "Chủ tịch") names no post; national titles and "Tỉnh ủy viên" stand alone.
  let text = p.text;
  // "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy": a membership whose committee the next post names (the list
  // reader completes it)
  const membership = BARE_MEMBERSHIP.test(p.text) && /^\s*,\s*\p{Lu}/u.test(s.canon.slice(s.tokens[p.last]!.end));
  if (p.last === i + len - 1 && !membership && scopeOf(displayForm(p.text)) !== 'national' && !/^(?:Tỉnh|Thành) ủy viên$/u.test(p.text)) {
    // …unless it is a Party secretary's and the context names the committee: "Các Phó Bí thư Tỉnh ủy gồm: ông A -
    // Phó Bí thư Thường trực, …", "Thường trực Tỉnh ủy Đồng Nai gồm … 3 Phó Bí thư là ông A, ông B (Phó Bí thư thường trực)"
    const committee = BARE_SECRETARY.test(p.text) ? committeeBefore(s, s.tokens[i]!.start) : null;
    if (!committee) return null;
    text = `${p.text} ${committee}`;
  }
  const end = s.tokens[p.last]!.end;
  // "Chủ tịch UBND tỉnh Long An cũ", "Bí thư Tỉnh ủy Tây Ninh trước sáp nhập": a post of a province before a merger is left
  if (FORMER_AFTER.test(s.canon.slice(end))) former = true;
  return { text: acting ? `${ACTING.word} ${text}` : text, term: p.term, former, concurrent: false, end, first: k };
}

const BARE_MEMBERSHIP = /^Ủy viên Ban (?:Thường vụ|Chấp hành)$/u;
const BARE_SECRETARY = /^(?:Phó )?Bí thư(?: [Tt]hường trực)?$/u;
const COMMITTEE = /(?<![\p{L}])(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)(?! viên)(?: (?:\p{Lu}\p{L}*|\d+)(?: \p{Lu}\p{L}*)*)?/gu;

/** The Party committee the text names last before `offset`: in the sentence, else earlier in its paragraph. */
function committeeBefore(s: ReadSentence, offset: number): string | null {
  const own = [...s.canon.slice(0, offset).matchAll(COMMITTEE)].pop();
  if (own) return withoutName(own[0]);
  for (let p = s.prev; p; p = p.prev) {
    const m = [...p.canon.matchAll(COMMITTEE)].pop();
    if (m) return withoutName(m[0]);
  }
  return null;
}

/** "Tỉnh ủy Nguyễn Hồng Lĩnh" (a title before a name): the committee is "Tỉnh ủy". */
function withoutName(committee: string): string {
  const words = committee.split(' ');
  return words.length >= 5 && FAMILY_NAMES.has(words[2]!) ? words.slice(0, 2).join(' ') : committee;
}

const FORMER_AFTER = /^\s*\(?\s*(?:cũ|trước sáp nhập|trước hợp nhất|trước khi sáp nhập|trước khi hợp nhất)\s*\)?(?![\p{L}])/u;

const NAMED_AS = /(?<![\p{L}])(?:là|gồm|gồm có)\s*(?:các\s+)?(?:đồng chí|ông|bà)?\s*:?\s*$/u;
const ELECTED_AS = /(?<![\p{L}])(?:bầu|bổ nhiệm|chỉ định)\s+(?:làm|giữ chức(?: vụ)?)\s+$/u;
const COUNT_WORD = /^(?:[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|\d+|[Cc]ác)$/u;

/** The post a count names before "là" in the clause that ends at `at`: "Tỉnh ủy có 2 Phó Bí thư Tỉnh ủy là ông …". */
function countedPostBefore(s: ReadSentence, at: number): PostHit | null {
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
const COORDINATION = /^\s*(?:,|và|,\s*và)\s*(?:(?:đồng chí|ông|bà)\s+)?$/u;
/** "dưới sự chủ trì của …", "dưới sự chủ tọa, điều hành của …": the roles of the people or posts named after it. */
export const UNDER_OF = /(?<![\p{L}])dưới sự (?:chủ trì|chủ tọa|điều hành)(?:\s*(?:,|và)\s*(?:chủ trì|chủ tọa|điều hành))*\s+của\s+/u;

/** Between people listed with their posts: "A, Giám đốc Sở Công Thương; B, Giám đốc Sở Y tế và ông C, …". */
const LISTED = new RegExp(`^\\s*(?:[;,]\\s*)?(?:và\\s+)?(?:(?:đồng chí|ông|bà)\\s+)?(?:(?:${RANKS.join('|')})\\s+)?$`, 'u');
/** A title shared by the names after it opens with "các": "Các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh và Nguyễn Công Thanh". */
const LIST_BEFORE = /(?<![\p{L}])[Cc]ác\s+[^,;:.]*$/u;

/** A post of a unit inside a larger body: "Vụ trưởng Vụ …", "Cục trưởng Cục …", "Trưởng phòng …". */
const SUB_UNIT = /(?:^|\s)(?:Vụ|Cục|Phòng|Viện)\s\S/u;

const BORN_AFTER_NAME = /^\s*,\s*(?:sinh năm \d{4}|\d{2} tuổi)(?=\s*,)/u;

const AGE_BRACKET = /^\s*\(\s*\d{2}\s+tuổi\s*[,;]\s*/u;

const TERM_AFTER = /^\s*,?\s*(?:khóa|khoá)\s+[IVXLC]+|^\s*,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}/u;

/** Past a term written after a post ("Bí thư Tỉnh ủy khóa XVI", "…, nhiệm kỳ 2020 - 2025"), which the post keeps. */
function afterTerm(s: ReadSentence, hit: PostHit): number {
  const old = FORMER_AFTER.exec(s.canon.slice(hit.end));
  const end = hit.end + (old ? old[0].length : 0);
  const m = TERM_AFTER.exec(s.canon.slice(end));
  if (!m) return end;
  hit.term ??= m[0].replace(/^[\s,]+/, '').replace(/\s*[-–]\s*/, ' - ').replace(/\s+/g, ' ').replace(/^khoá/, 'khóa');
  return end + m[0].length;
}

/**
 * Posts after the name up to the predicate: ", post, post kiêm post", " - post, post" (a dash instead of the
 * first comma) or " (post, post)" in brackets.
 */
function appositivePosts(s: ReadSentence, from: number): { posts: PostHit[]; after: number } {
  const posts: PostHit[] = [];
  let at = from;
  let bracket = false;
  // "ông U Huấn (45 tuổi, Phó bí thư Thường trực)": posts in brackets after an age
  const aged = AGE_BRACKET.exec(s.canon.slice(at));
  if (aged) { at += aged[0].length; bracket = true; }
  // "ông Nguyễn Văn Quang, sinh năm 1959, Phó Bí thư Tỉnh ủy, …": a birth year or age before the posts
  const born = aged ? null : BORN_AFTER_NAME.exec(s.canon.slice(at));
  if (born) at += born[0].length;
  for (;;) {
    const k = tokenAtOrAfter(s.tokens, at);
    const tok = s.tokens[k];
    if (!tok) break;
    const gap = s.canon.slice(at, tok.start);
    let hit: PostHit | null = null;
    const kiem = tok.text === 'kiêm';
    if (/^\s*,\s*$/.test(gap) || (posts.length === 0 && (/^\s+[-–—]\s+$/.test(gap) || (aged && gap === '')))) hit = postAt(s, kiem ? k + 1 : k);
    else if (posts.length === 0 && /^\s*\(\s*$/.test(gap)) { hit = postAt(s, k); bracket = hit !== null; }
    else if (posts.length > 0 && gap === ' ' && kiem) hit = postAt(s, k + 1);
    // "Vụ trưởng Vụ Địa phương 1, Ban Tổ chức Trung ương": a unit's post goes on with the body it belongs to
    if (!hit && posts.length > 0 && /^\s*,\s*$/.test(gap) && SUB_UNIT.test(posts[posts.length - 1]!.text)) {
      const head = bodyHeadAt(s.tokens, s.canon, k);
      const p = head ? phraseFrom(s.tokens, s.canon, k, head) : null;
      if (p && !/^\s*,?\s*(?:đã\s+)?(?:tổ chức|chủ trì|họp)/u.test(s.canon.slice(p.end))) {
        const last = posts[posts.length - 1]!;
        last.text = `${last.text}, ${p.text}`;
        last.end = p.end;
        at = afterTerm(s, last);
        continue;
      }
    }
    if (!hit) break;
    hit.concurrent = kiem && posts.length > 0;
    posts.push(hit);
    at = afterTerm(s, hit);
  }
  if (bracket) {
    const close = /^\s*\)/.exec(s.canon.slice(at));
    if (close) at += close[0].length;
  }
  return { posts, after: at };
}

/** Posts written right before the name: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn A". */
function prefixPosts(s: ReadSentence, nameFirst: number): PostHit[] {
  const out: PostHit[] = [];
  let endTok = nameFirst - 1;
  while (endTok >= 0) {
    let found: PostHit | null = null;
    // the longest post ending right here: "Phó Chủ tịch HĐND tỉnh", not "Chủ tịch HĐND tỉnh"
    for (let k = Math.max(0, endTok - 14); k <= endTok; k++) {
      const hit = postAt(s, k);
      if (hit && hit.end === s.tokens[endTok]!.end) { found = hit; break; }
    }
    // the post must run straight into the name (or into the previous post after a comma)
    // "UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn Được": a dash may stand before the name
    if (found && out.length === 0 && !/^(?: |\s+[-–]\s+)$/u.test(s.canon.slice(found.end, s.tokens[nameFirst]!.start))) found = null;
    if (found) {
      const nextStart = out.length ? s.tokens[out[0]!.first]!.start : s.tokens[nameFirst]!.start;
      if (out.length && !/^\s*,\s*$/.test(s.canon.slice(found.end, nextStart))) found = null;
    }
    if (!found) break;
    out.unshift(found);
    const prev = found.first - 1;
    if (prev < 0 || !/^\s*,\s*$/.test(s.canon.slice(s.tokens[prev]!.end, s.tokens[found.first]!.start))) break;
    endTok = prev;
  }
  return out;
}

const alt = (xs: string[]) => xs.map((x) => x.replace(/ /g, '\\s+')).join('|');
const EVENT_VERB_BEFORE = new RegExp(`(?<![\\p{L}])(${alt(POST_EVENT_VERBS.map((v) => v.text))})(?![\\p{L}])[^.;]{0,60}$`, 'iu');
const EVENT_VERB_BETWEEN = new RegExp(`(?<![\\p{L}])(${alt(POST_EVENT_VERBS.map((v) => v.text))})(?![\\p{L}])`, 'iu');
const TAKES_RE = new RegExp(`^([^.;:]{0,90}?)(?<![\\p{L}])(?<!thôi\\s)(${alt(TAKES_POST)})\\s+(?=\\p{Lu}|quyền\\s)`, 'u');
const LEAVES_ALL_RE = new RegExp(`(?<![\\p{L}])(${alt(LEAVES_POST)})\\s+(?=\\p{Lu})`, 'gu');
const REPLACES_RE = new RegExp(`^\\s*,?\\s*(?:${alt(REPLACES)})\\s+(?:đồng chí|ông|bà)\\s+`, 'u');
const RETIRES_RE = new RegExp(`^[^.;:]{0,60}?(?<![\\p{L}])(${alt(RETIRES.words)})(?![\\p{L}])`, 'u');
const NOT_YET_RE = new RegExp(`(?<![\\p{L}])(${alt(RETIRES.notYet)})(?![\\p{L}])`, 'u');
const DISMISS_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alt(DISMISSES.verbs)})\\s+(?:(?:${alt(DISMISSES.nouns)})\\s+)?(.{3,120}?)\\s+(?:${alt(DISMISSES.link)})\\s+(?:đồng chí|ông|bà)\\s*$`, 'u',
);

/** "thôi tham gia Ban Thường vụ Tỉnh ủy": the membership of the body named. */
function membershipAt(s: ReadSentence, k: number): PostHit | null {
  const head = bodyHeadAt(s.tokens, s.canon, k);
  if (!head) return null;
  const p = phraseFrom(s.tokens, s.canon, k, head);
  return { text: `Ủy viên ${p.text}`, term: p.term, former: false, concurrent: false, end: s.tokens[p.last]!.end, first: k };
}

interface Taken { post: PostHit; kind: PostEvent['kind']; rule: string; replaces: string | null }

/** "nghỉ hưu" said of the person now, not "sẽ nghỉ hưu" or "chuẩn bị nghỉ hưu". */
function retiresIn(text: string): boolean {
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
  const verb = EVENT_VERB_BETWEEN.exec(m[1]!)?.[1] ?? (reelected ? 'tái đắc cử' : EVENT_VERB_BEFORE.exec(before)?.[1]);
  // "làm" alone is too common a word: it takes a post only after an event verb, or right after the person
  // ("Ông Mai Sơn làm quyền Chủ tịch tỉnh Bắc Giang")
  if (!verb && m[2] === 'làm' && m[1]!.trim() !== '') return [];
  const trig = POST_EVENT_VERBS.find((v) => v.text === verb?.toLowerCase().replace(/\s+/g, ' ')) ?? POST_EVENT_VERBS.find((v) => v.id === 'event.appointed')!;
  const tail = afterTerm(s, post);
  const r = REPLACES_RE.exec(s.canon.slice(tail));
  const replaced = r ? nameAt(s.tokens, s.canon, tokenAtOrAfter(s.tokens, tail + r[0].length), true) : null;
  const kind = reelected ? 'reelected' : trig.kind, rule = reelected ? 'event.reelected' : trig.id;
  const out: Taken[] = [{ post, kind, rule, replaces: replaced ? tidy(replaced.text) : null }];
  let at = tail;
  for (let more = ANOTHER_TAKEN.exec(s.canon.slice(at, nextMention)); more; more = ANOTHER_TAKEN.exec(s.canon.slice(at, nextMention))) {
    const next = postAt(s, tokenAtOrAfter(s.tokens, at + more[0].length));
    if (!next) break;
    out.push({ post: next, kind, rule, replaces: null });
    at = afterTerm(s, next);
  }
  return out;
}

function postsTakenOrLeft(s: ReadSentence, mentionStart: number, after: number, nextMention: number): { taken: Taken[]; retired: boolean; leftAll: 'every' | 'listed' | null } {
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
  }
  const m = TAKES_RE.exec(rest);
  const taken = m && !NOT_YET_TAKEN.test(m[1]!) ? takenAfter(s, m, after, before, nextMention) : [];
  out.push(...taken);
  return { taken: out, retired: out.length === 0 && retiresIn(rest), leftAll: leftAllOf(rest) };
}

/** Memberships of a committee go with the person who moves within its reach: "Ủy viên Ban Thường vụ Thành ủy", "Tỉnh ủy viên". */
const MEMBERSHIP = /^(?:Ủy viên|UVTƯ|UVTW|Tỉnh ủy viên|Thành ủy viên)(?![\p{L}])/u;

const leftAllOf = (rest: string): 'every' | 'listed' | null => (LEAVES_EVERY_POST.test(rest) ? 'every' : MOVES_OUT.test(rest) ? 'listed' : null);
const NOT_YET_TAKEN = /(?<![\p{L}])(?:đến khi|sẽ|dự kiến|giới thiệu|đề nghị|đề cử|ứng cử)(?![\p{L}])/u;
const ANOTHER_TAKEN = /^[^.;]{0,60}?(?<![\p{L}])(?:giữ chức vụ|giữ chức|kiêm nhiệm|kiêm)\s+(?=\p{Lu})/u;

/** "cho các ông A, B và C thôi các chức vụ hiện tại": every post the article gives them ends. */
const LEAVES_EVERY_POST = /^\s*(?:đều\s+)?(?:được\s+)?(?:cho\s+)?thôi\s+(?:giữ\s+)?(?:tất cả\s+)?(?:các\s+)?chức vụ(?:\s+hiện tại|\s+hiện nay|\s+đang đảm nhiệm)?(?![\p{L}])/u;
/** "ông A, Phó Trưởng Ban Tuyên giáo Tỉnh ủy đến nhận công tác tại Sở …": the posts of the place left end. */
const MOVES_OUT = /^\s*(?:được\s+)?(?:điều động\s+)?(?:đến|về)\s+nhận\s+công\s+tác(?![\p{L}])/u;

interface PersonHit { name: NameMatch; s: ReadSentence; rule: string; posts: PostHit[]; shared: PostHit | null; byShortName?: boolean }

interface Entry { post: PostHit; former: boolean; event: Pick<PostEvent, 'kind' | 'replaces'> & { rule: string } | null }

function addPerson(ctx: ExtractContext, hit: PersonHit, entries: Entry[]): string {
  const display = tidy(hit.name.text);
  const names = canonicalPostList(entries.map((e) => e.post.text), localProvince(hit.s) ?? ctx.province, ctx.places);
  // Two namesakes in one report ("ông Nguyễn Văn Quang, Chủ tịch UBND tỉnh Hòa Bình" … "ông Nguyễn Văn Quang, Phó Bí
  // thư Tỉnh ủy Vĩnh Long"): a mention whose posts are all in provinces the record's posts never name is another person.
  const here = provincesOf(names);
  let key = canonKey(display);
  for (let n = 2; ; n++) {
    const seen = ctx.people.get(key);
    // "ông Hải" refers to the one person of that name already read
    if (!seen || here.size === 0 || hit.byShortName) break;
    const there = provincesOf(seen.holdings.map((h) => h.post));
    if (there.size === 0 || [...here].some((p) => there.has(p))) break;
    key = `${canonKey(display)}#${n}`;
  }
  let rec = ctx.people.get(key);
  if (!rec) {
    rec = { name: display, posts: [], formerPosts: [], events: [], holdings: [], evidence: [] };
    ctx.people.set(key, rec);
  }
  movedAway(entries, names);
  const ev = provenance(ctx, hit.s, hit.rule);
  rec.evidence.push(ev);
  entries.forEach((e, i) => {
    const post = names[i]!;
    // the date comes from the meetings, read later (08-dates); `toDate` remembers the sentence
    const holding: Holding = { post, former: e.former, concurrent: e.post.concurrent, term: e.post.term, date: null, datePrecision: null, evidence: ev };
    rec!.holdings.push(holding);
    ctx.toDate.push({ item: holding, sentence: hit.s.index, stated: false });
    if (e.event) {
      const event: PostEvent = { kind: e.event.kind, post, replaces: e.event.replaces, date: null, datePrecision: null, evidence: { ...ev, rule: e.event.rule } };
      rec!.events.push(event);
      ctx.toDate.push({ item: event, sentence: hit.s.index, stated: true });
    }
  });
  return rec.name;
}

/**
 * The province a sentence speaks of, when it names one and only one ("Tại kỳ họp thứ nhất, các đại biểu HĐND
 * tỉnh Hòa Bình đã bầu ông Trần Đăng Ninh, Phó Bí thư Thường trực Tỉnh ủy …" in a report of two provinces).
 */
function sentenceProvince(s: ReadSentence): string | null {
  const named = new Set(namedIn(s));
  return named.size === 1 ? [...named][0]! : null;
}

/**
 * The province a sentence's bare posts belong to: the one it names, else the one the sentences before it in its
 * paragraph named last ("* Ngày 20/6, HĐND tỉnh Vĩnh Long … Hai Phó Chủ tịch HĐND tỉnh được bầu là …").
 */
function localProvince(s: ReadSentence): string | null {
  const own = sentenceProvince(s);
  if (own) return own;
  for (let p = s.prev; p; p = p.prev) {
    const named = sentenceProvince(p);
    if (named) return named;
  }
  return null;
}

/**
 * A transfer that names no post left ("ông X, Bí thư Tỉnh ủy Long An, được chỉ định giữ chức Bí thư Tỉnh ủy Tây Ninh";
 * "ông Y, Thứ trưởng Bộ Kế hoạch và Đầu tư … giữ chức Phó Bí thư Tỉnh ủy Vĩnh Phúc") ends the posts at the place the
 * person leaves: a province's when the new post is in another province or at the centre, the centre's when it is in
 * a province. Membership of the Central Committee, the Politburo and the Secretariat stays.
 */
function movedAway(entries: Entry[], names: string[]): void {
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

/** The provinces provincial posts name. */
function provincesOf(posts: string[]): Set<string> {
  return new Set(posts.filter((p) => scopeOf(p) === 'provincial').map(trailingProvince).filter((p): p is string => p !== null));
}

/** The record's posts, from its holdings: the former ones, and the others less any the text says were left. */
function derivePosts(rec: PersonRecord, leftAll = false): void {
  const unique = (xs: string[]) => xs.filter((x, i) => xs.findIndex((y) => canonKey(y) === canonKey(x)) === i);
  rec.formerPosts = unique(rec.holdings.filter((h) => h.former).map((h) => h.post));
  const left = new Set(rec.formerPosts.map(canonKey));
  // a promotion within one office supersedes the lower rank: a Phó Chủ tịch UBND elected Chủ tịch UBND holds Chủ tịch only
  const taken = new Set(rec.events.filter((e) => !ENDING_EVENTS.includes(e.kind)).map((e) => canonKey(e.post)));
  const superseded = (x: string) => {
    const k = canonKey(x);
    if (k.startsWith('phó ') && taken.has(k.slice(4).replace(/ thường trực(?= )/u, ''))) return true;
    // "Ủy viên Thường trực HĐND tỉnh" elected Phó Chủ tịch HĐND tỉnh
    const standing = /^ủy viên thường trực (.+)$/u.exec(k);
    return standing !== null && (taken.has(`phó chủ tịch ${standing[1]}`) || taken.has(`chủ tịch ${standing[1]}`));
  };
  rec.posts = unique(rec.holdings.filter((h) => !h.former).map((h) => h.post)).filter((x) => !left.has(canonKey(x)) && !superseded(x));
  // one post, one form: "Phó Bí thư Tỉnh ủy X" shortens "Phó Bí thư thường trực Tỉnh ủy X" the article also gives
  const full = new Set(rec.posts.map(canonKey).filter((k) => k.includes(' thường trực ')).map((k) => k.replace(' thường trực ', ' ')));
  rec.posts = rec.posts.filter((x) => !full.has(canonKey(x)));
  if (leftAll) {
    rec.formerPosts = unique([...rec.formerPosts, ...rec.posts.filter((x) => !taken.has(canonKey(x)))]);
    rec.posts = rec.posts.filter((x) => taken.has(canonKey(x)));
  }
}

/**
 * "ông Hùng đồng thời được phân công giữ chức vụ Chủ tịch HĐND tỉnh": a person named earlier, referred to by the last
 * word of their name after "ông"/"bà"/"đồng chí", when one person only has that name.
 */
function shortReference(ctx: ExtractContext, s: ReadSentence, i: number, earlier: string[]): NameMatch | null {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  if (!isCapitalised(t.text) || (next && joined(s.canon, t, next) && isCapitalised(next.text))) return null;
  const same = [...new Set([...[...ctx.people.values()].map((p) => p.name), ...earlier])].filter((n) => n.split(' ').pop() === t.text && n.includes(' '));
  return same.length === 1 ? { start: t.start, end: t.end, first: i, last: i, text: same[0]! } : null;
}
const isCapitalised = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);

/** "các đồng chí:" or "các đồng chí Phó Chủ tịch UBND tỉnh:" opens a list of names; the post is shared. */
function listOpening(s: ReadSentence, i: number): { shared: PostHit | null; end: number } | null {
  const t = s.tokens;
  const w = t[i]!.text;
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

const LIST_OPENS = /^\s*(?:mới\s+)?(?::|gồm(?: có)?\s*:?|là)/u;

export const extractPeople: Extractor = {
  id: 'people',
  run(ctx) {
    const leavesAll = new Set<string>();
    const postMentions: Array<{ s: ReadSentence; start: number; end: number; after: number; post: string; many?: boolean }> = [];
    for (const s of ctx.sentences) {
      const { tokens, canon } = s;
      let list: { shared: PostHit | null } | null = null;
      const hits: Array<PersonHit & { trigStart: number; after: number }> = [];
      for (let i = 0; i < tokens.length; i++) {
        const opening = listOpening(s, i);
        if (opening) { list = opening; i = opening.end; continue; }
        const trig = i > 0 ? triggerBefore(tokens, canon, i) : 0;
        const afterListSep = list !== null && i > 0 &&
          (/^\s*[;:,]\s*$/u.test(canon.slice(tokens[i - 1]!.end, tokens[i]!.start)) || tokens[i - 1]!.text === 'và');
        const name = nameAt(tokens, canon, i, trig > 0 || afterListSep) ?? (trig > 0 ? shortReference(ctx, s, i, hits.map((h) => tidy(h.name.text))) : null);
        if (name) {
          const { posts, after } = appositivePosts(s, name.end);
          const before = prefixPosts(s, trig > 0 ? i - trig : i);
          // posts the previous name's list ran into are this name's when they stand before it: "A, posts – B, posts – C"
          const prev = hits[hits.length - 1];
          if (prev && before.length > 0) prev.posts = prev.posts.filter((p) => p.first < before[0]!.first);
          hits.push({
            name, s, rule: trig ? 'people.triggered' : list ? 'people.list' : 'people.family-name', posts: [...before, ...posts],
            shared: list?.shared ?? null, trigStart: tokens[trig > 0 ? i - trig : i]!.start, after, byShortName: name.first === name.last,
          });
          i = name.last;
          continue;
        }
        // "đồng chí Bí thư Tỉnh ủy" with no name after it: a mention by post, resolved below.
        if (trig && titleAt(tokens, canon, i)) {
          const hit = postAt(s, i);
          if (hit) {
            const k = tokenAtOrAfter(tokens, hit.end);
            if (tokens[k] && nameAt(tokens, canon, k, true) && joined(canon, tokens[k - 1]!, tokens[k]!)) continue;
            const { after } = appositivePosts(s, hit.end);
            postMentions.push({ s, start: tokens[i]!.start, end: hit.end, after, post: canonicalPhrase(hit.text, ctx.province).name });
          }
        }
      }
      // Names coordinated with nothing but ", " or "và" between them share what the list says of them all:
      // "Các ông Lê Khắc Nam, Lê Thanh Sơn, Nguyễn Xuân Bình được bầu giữ chức Phó Chủ tịch …" (the post taken
      // after the last), "Các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh và Nguyễn Công Thanh chủ trì" (the title before the first).
      const readings = hits.map((h, j) => {
        const next = hits[j + 1]?.trigStart ?? canon.length;
        return { ...postsTakenOrLeft(s, h.trigStart, h.after, next), next };
      });
      const coordinated = (j: number) => j + 1 < hits.length && COORDINATION.test(canon.slice(hits[j]!.after, hits[j + 1]!.trigStart));
      const listed = (j: number) => j + 1 < hits.length && LISTED.test(canon.slice(hits[j]!.after, hits[j + 1]!.trigStart));
      hits.forEach((h, j) => {
        const entries: Entry[] = h.posts.map((post) => ({ post, former: post.former, event: null }));
        if (h.shared && !h.posts.some((p) => p.text === h.shared!.text)) entries.push({ post: h.shared, former: false, event: null });
        let { taken, retired, leftAll } = readings[j]!;
        if (h.posts.length === 0 && taken.length === 0 && !retired) {
          let k = j;
          while (coordinated(k) && readings[k]!.taken.length === 0 && !readings[k]!.leftAll) k++;
          if (k > j && coordinated(k - 1)) ({ taken, retired, leftAll } = readings[k]!);
          let b = j;
          while (b > 0 && coordinated(b - 1) && hits[b - 1]!.posts.length === 0) b--;
          if (b > 0 && b < j + 1 && COORDINATION.test(canon.slice(hits[b - 1]!.after, hits[b]!.trigStart)) && hits[b - 1]!.posts.length > 0 &&
            hits[b - 1]!.after === hits[b - 1]!.name.end && LIST_BEFORE.test(canon.slice(0, hits[b - 1]!.trigStart).slice(-80))) {
            for (const post of hits[b - 1]!.posts) entries.push({ post, former: post.former, event: null });
          }
        }
        // "Các ông A, Giám đốc Sở Công Thương; B, Giám đốc Sở Y tế, được bầu bổ sung Ủy viên UBND tỉnh": a plural list
        // of people with their own posts shares the post taken after the last
        if (h.posts.length > 0 && taken.length === 0 && !retired && !leftAll) {
          let k = j;
          while (listed(k) && readings[k]!.taken.length === 0) k++;
          let b = j;
          while (b > 0 && listed(b - 1)) b--;
          if (k > j && LIST_BEFORE.test(canon.slice(0, hits[b]!.trigStart).slice(-60))) taken = readings[k]!.taken;
        }
        // "Hai Phó Chủ tịch HĐND tỉnh được bầu là ông A và ông B": the post counted before "là" goes to the names after it
        if (!h.shared) {
          let b = j;
          while (b > 0 && listed(b - 1)) b--;
          const counted = countedPostBefore(s, hits[b]!.trigStart);
          if (counted && !entries.some((e) => e.post.text === counted.text)) entries.push({ post: counted, former: false, event: null });
        }
        for (const t of taken) {
          entries.push({ post: t.post, former: t.post.former || ENDING_EVENTS.includes(t.kind), event: { kind: t.kind, replaces: t.replaces, rule: t.rule } });
        }
        if (retired) {
          for (const e of entries) if (!e.event) { e.former = true; e.event = { kind: 'retired', replaces: null, rule: 'event.retired' }; }
        }
        const d = DISMISS_BEFORE.exec(canon.slice(0, h.name.start));
        const dismissed = d ? postAt(s, tokenAtOrAfter(tokens, d.index! + d[0].indexOf(d[1]!))) : null;
        if (dismissed) entries.push({ post: dismissed, former: true, event: { kind: 'dismissed', replaces: null, rule: 'event.dismissed' } });
        // the posts this mention lists end, as every post of the person the article gives them (but a post the
        // same sentence has them take, and memberships of the Central Committee, which go with them)
        if (leftAll) {
          for (const e of entries) if (!e.event && !MEMBERSHIP.test(e.post.text)) e.former = true;
          if (leftAll === 'every') leavesAll.add(canonKey(tidy(h.name.text)));
        }
        const person = addPerson(ctx, h, entries);
        ctx.mentions.push({ person, sentence: s.index, start: h.name.start, end: h.name.end, after: h.after, byPost: false });
      });
    }
    for (const p of ctx.people.values()) derivePosts(p, leavesAll.has(canonKey(p.name)));
    // "dưới sự chủ tọa, điều hành của Chủ tịch Hội đồng nhân dân và hai Phó Chủ tịch Hội đồng nhân dân tỉnh": posts
    // that name who chaired, each of its holders (as many as counted)
    for (const s of ctx.sentences) {
      const u = UNDER_OF.exec(s.canon);
      if (!u) continue;
      let at = u.index + u[0].length;
      for (;;) {
        const c = /^(?:(?:hai|ba|bốn|các|\d+)\s+)?/iu.exec(s.canon.slice(at))!;
        const k = tokenAtOrAfter(s.tokens, at + c[0].length);
        const hit = titleAt(s.tokens, s.canon, k) ? postAt(s, k) : null;
        if (!hit) break;
        postMentions.push({ s, start: s.tokens[k]!.start, end: hit.end, after: hit.end, post: canonicalPhrase(hit.text, ctx.province).name, many: c[0].trim() !== '' });
        const sep = /^\s*(?:,|và)\s*/u.exec(s.canon.slice(afterTerm(s, hit)));
        if (!sep) break;
        at = afterTerm(s, hit) + sep[0].length;
      }
    }
    for (const m of postMentions) {
      const holders = [...ctx.people.values()].filter((p) => p.posts.some((x) => canonKey(x) === canonKey(m.post)));
      if (holders.length === 1 || (m.many && holders.length > 1)) {
        for (const h of holders) ctx.mentions.push({ person: h.name, sentence: m.s.index, start: m.start, end: m.end, after: m.after, byPost: true });
      } else {
        diagnose(ctx, 'person.unresolved-post', `"đồng chí ${m.post}": ${holders.length === 0 ? 'nobody in the article holds this post' : `${holders.length} people hold this post`}`, m.s.span);
      }
    }
    ctx.mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
    for (const p of ctx.people.values()) {
      if (p.posts.length === 0 && p.formerPosts.length === 0) diagnose(ctx, 'person.no-post', `${p.name} is named without a post`, p.evidence[0]?.span ?? null);
    }
  },
};
