// Post phrases around a person's name: the list after it (", post, post kiêm post", " - post", "(45 tuổi, post)"),
// the posts written before it, a term after a post, "nguyên"/"Quyền" before it and "(cũ)" after it, a bare
// secretary's or member's title completed by the committee its context names.
import { ACTING } from '../../lexicon/posts';
import { FAMILY_NAMES } from '../../lexicon/names';
import { BARE_MEMBERSHIP, displayForm, scopeOf } from '../canonical-names';
import type { ReadSentence } from '../context';
import { bodyHeadAt, phraseFrom, titleAt, tokenAtOrAfter } from '../tokens';

export interface PostHit { text: string; term: string | null; former: boolean; concurrent: boolean; end: number; first: number }

const ACTING_WORD = ACTING.word.toLowerCase();

/** A post phrase opening at token k: "nguyên" before it marks a former post, "Quyền" an acting one. */
export function postAt(s: ReadSentence, k: number): PostHit | null {
  let former = false, acting = false;
  let i = k;
  if (s.tokens[i]?.text === 'nguyên' && s.tokens[i + 1]) { former = true; i++; }
  if (s.tokens[i]?.text.toLowerCase() === ACTING_WORD && s.tokens[i + 1]) { acting = true; i++; }
  const len = titleAt(s.tokens, s.canon, i);
  if (!len) return null;
  const p = phraseFrom(s.tokens, s.canon, i, len);
  let text = p.text;
  // A bare local title ("Bí thư", "Chủ tịch") names no post; national titles, "Tỉnh ủy viên" and "Thành ủy viên"
  // stand alone, and so does a membership whose committee the next post names ("Ủy viên Ban Thường vụ, Trưởng Ban
  // Dân vận Tỉnh ủy": the list reader completes it)
  // (a term may stand between: "Ủy viên Ban Thường vụ khóa XVIII, Trưởng ban Tổ chức Tỉnh ủy")
  const membership = BARE_MEMBERSHIP.test(p.text) && /^(?:\s*,?\s*(?:khóa|khoá)\s+[IVXLC]+)?\s*,\s*\p{Lu}/u.test(s.canon.slice(s.tokens[p.last]!.end));
  if (p.last === i + len - 1 && !membership && scopeOf(displayForm(p.text)) !== 'national' && !/^(?:Tỉnh|Thành) ủy viên$/u.test(p.text)) {
    // …unless it is a Party secretary's and the context names the committee: "Các Phó Bí thư Tỉnh ủy gồm: ông A -
    // Phó Bí thư Thường trực, …", "Thường trực Tỉnh ủy Đồng Nai gồm … 3 Phó Bí thư là ông A, ông B (Phó Bí thư thường trực)"
    // a council's deputy left bare takes the council named last before it, in the sentence or the two before: "HĐND tỉnh
    // bầu bà A giữ chức Chủ tịch HĐND tỉnh. Các Phó Chủ tịch là ông B và ông C"
    const committee = BARE_SECRETARY.test(p.text) ? committeeBefore(s, s.tokens[i]!.start)
      : leadershipOf(s, s.tokens[i]!.start) ?? (BARE_DEPUTY.test(p.text) ? councilBefore(s, s.tokens[i]!.start) : null);
    if (!committee) return null;
    text = `${p.text} ${committee}`;
  } else if (p.last === i + len - 1 && !membership && scopeOf(displayForm(p.text)) === 'national') {
    // "Lãnh đạo Bộ Văn hóa - Thể thao và Du lịch gồm có: Bộ trưởng Nguyễn Văn Hùng; và 04 Thứ trưởng: …": a bare
    // national title of a body's leadership is that body's
    const body = leadershipOf(s, s.tokens[i]!.start);
    if (body) text = `${p.text} ${body}`;
  }
  // "Ban Chỉ đạo công tác … của Tỉnh ủy tổng kết … do đồng chí A, Trưởng Ban Chỉ đạo chủ trì": the board named before
  if (BARE_BOARD.test(text)) {
    const board = boardBefore(s, s.tokens[i]!.start);
    if (board) text = `${text.replace(/ Ban (?:Chỉ đạo|Chỉ huy)$/u, '')} ${board}`;
  }
  const end = s.tokens[p.last]!.end;
  // "Chủ tịch UBND tỉnh Long An cũ", "Bí thư Tỉnh ủy Tây Ninh trước sáp nhập": a post of a province before a merger is left
  if (FORMER_AFTER.test(s.canon.slice(end))) former = true;
  return { text: acting ? `${ACTING.word} ${text}` : text, term: p.term, former, concurrent: false, end, first: k };
}

const BARE_SECRETARY = /^(?:Phó )?Bí thư(?: [Tt]hường trực)?$/u;
const BARE_DEPUTY = /^Phó Chủ tịch(?: [Tt]hường trực)?$/u;
const BARE_BOARD = /^(?:Phó )?Trưởng Ban (?:Chỉ đạo|Chỉ huy)$/u;

/** How many sentences back a body's name still completes a bare title (a council's deputy, a board's head). */
const NAMED_REACH = 2;

/**
 * What `lastIn` finds named last in the sentence before `offset`, else in the NAMED_REACH sentences before it.
 * `lastIn(sentence, limit)`: the last such name in that sentence before `limit`, or null.
 */
function namedBefore(s: ReadSentence, offset: number, lastIn: (at: ReadSentence, limit: number) => string | null): string | null {
  let at: ReadSentence | null = s;
  for (let back = 0; at && back <= NAMED_REACH; back++, at = at.earlier) {
    const found = lastIn(at, at === s ? offset : at.canon.length);
    if (found) return found;
  }
  return null;
}

/** The board (Ban Chỉ đạo, Ban Chỉ huy) named last before `offset`. */
const boardBefore = (s: ReadSentence, offset: number) => namedBefore(s, offset, (at, limit) => {
  let found: string | null = null;
  for (let k = 0; k < at.tokens.length && at.tokens[k]!.start < limit; k++) {
    if (at.tokens[k]!.text !== 'Ban' || (k > 0 && titleAt(at.tokens, at.canon, k - 1))) continue;
    const head = bodyHeadAt(at.tokens, at.canon, k);
    const p = head === 3 ? phraseFrom(at.tokens, at.canon, k, head) : null;
    if (p && p.last > k + 2 && /^Ban (?:Chỉ đạo|Chỉ huy) /u.test(p.text)) found = p.text;
  }
  return found;
});

/** A people's council or committee, or the Front's committee, with its level and place if written. */
const COUNCIL = /(?<![\p{L}])(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Ủy ban MTTQ Việt Nam|Ủy ban Mặt trận Tổ quốc Việt Nam)(?: (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?: (?:\p{Lu}\p{L}*|\d+)(?: \p{Lu}\p{L}*)*)?)?(?![\p{L}])/gu;

/** The council named last before `offset`. */
const councilBefore = (s: ReadSentence, offset: number) => namedBefore(s, offset, (at, limit) => {
  const m = [...at.canon.slice(0, limit).matchAll(COUNCIL)].pop();
  return m ? withoutName(m[0]) : null;
});
/**
 * The body whose leadership a sentence lists before `offset`: "Lãnh đạo Bộ … gồm có: …", "HĐND thành phố Hồ Chí Minh
 * có Chủ tịch HĐND Võ Văn Minh và các Phó Chủ tịch, gồm …".
 */
const LEADERSHIP = /(?<![\p{L}])(?:(?:[Bb]an )?[Ll]ãnh đạo |[Tt]hường trực )?((?:Bộ|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Sở)(?: (?!(?:hiện|gồm|có)(?![\p{L}]))[^\s,;:.()]+){0,10}) (?:hiện nay |hiện )?(?:gồm có|gồm|có)(?=\s*:|\s+(?:\d+\s+)?\p{Lu}|\s+các\s)/gu;

/** The sentence's leadership phrases, read once per sentence (a sentence of a thousand bare titles stays linear). */
const leaderships = new WeakMap<ReadSentence, Array<{ end: number; body: string }>>();

function leadershipOf(s: ReadSentence, offset: number): string | null {
  let found = leaderships.get(s);
  if (!found) {
    found = [...s.canon.matchAll(LEADERSHIP)].map((m) => ({ end: m.index! + m[0].length, body: m[1]!.trim() }));
    leaderships.set(s, found);
  }
  const m = found.find((x) => x.end <= offset);
  return m ? m.body : null;
}
const COMMITTEE = /(?<![\p{L}])(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)(?! viên)(?: (?:\p{Lu}\p{L}*|\d+)(?: \p{Lu}\p{L}*)*)?/gu;

/**
 * The Party committee the text names last before `offset`: in the sentence, else earlier in the article ("… Ban
 * Thường vụ Tỉnh ủy Quảng Ngãi …" a paragraph before "Các Phó bí thư gồm: ông U Huấn (45 tuổi, Phó bí thư Thường
 * trực) …").
 */
function committeeBefore(s: ReadSentence, offset: number): string | null {
  const own = [...s.canon.slice(0, offset).matchAll(COMMITTEE)].pop();
  return own ? withoutName(own[0]) : s.earlier ? lastCommittee(s.earlier) : null;
}

/** The committee named last in a sentence or any before it, read once per sentence. */
const lastCommittees = new WeakMap<ReadSentence, string | null>();
function lastCommittee(s: ReadSentence): string | null {
  // the sentences not read yet, back to one that was (iterative: an article may have thousands of sentences)
  const unread: ReadSentence[] = [];
  let p: ReadSentence | null = s;
  while (p && !lastCommittees.has(p)) { unread.push(p); p = p.earlier; }
  let found = p ? lastCommittees.get(p)! : null;
  for (const x of unread.reverse()) {
    const m = [...x.canon.matchAll(COMMITTEE)].pop();
    if (m) found = withoutName(m[0]);
    lastCommittees.set(x, found);
  }
  return found;
}

/** "Tỉnh ủy Nguyễn Hồng Lĩnh" (a title before a name): the committee is "Tỉnh ủy". */
function withoutName(committee: string): string {
  const words = committee.split(' ');
  return words.length >= 5 && FAMILY_NAMES.has(words[2]!) ? words.slice(0, 2).join(' ') : committee;
}

const FORMER_AFTER = /^\s*\(?\s*(?:cũ|trước sáp nhập|trước hợp nhất|trước khi sáp nhập|trước khi hợp nhất)\s*\)?(?![\p{L}])/u;


/** A post of a unit inside a larger body: "Vụ trưởng Vụ …", "Cục trưởng Cục …", "Trưởng phòng …". */
const SUB_UNIT = /(?:^|\s)(?:Vụ|Cục|Phòng|Viện)\s\S/u;

/** A biography in brackets after the name: "(SN 1977, phường Long Mỹ, TP Cần Thơ)", "(sinh năm 1972, quê Hà Tĩnh)". */
const BIO_BRACKET = /^\s*\((?:SN|sinh năm|sinh ngày|sinh)\s[^()]*\)/u;
/** An academic degree or a profession before the posts: ", Tiến sĩ Báo chí học," (up to the next comma). */
const DEGREE = /^\s*,\s*(?:Tiến sĩ|Thạc sĩ|Cử nhân|Kỹ sư|Bác sĩ|Dược sĩ|Giáo sư|Phó Giáo sư|PGS\.?\s?TS\.?|TS\.|ThS\.)[^,;()]{0,60}(?=\s*,)/u;

/** What a biography says before the posts: "ông A, sinh năm 1968, dân tộc Dao, Ủy viên dự khuyết BCH TƯ Đảng, …". */
const BORN_AFTER_NAME = /^(?:\s*,\s*(?:sinh năm \d{4}|\d{2} tuổi|dân tộc \p{Lu}\p{L}*(?: \p{Lu}\p{L}*)?))+(?=\s*,)/u;

const AGE_BRACKET = /^\s*\(\s*\d{2}\s+tuổi\s*[,;]\s*/u;

const TERM_AFTER = /^\s*,?\s*(?:khóa|khoá)\s+[IVXLC]+|^\s*,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}/u;

/** Past a term written after a post ("Bí thư Tỉnh ủy khóa XVI", "…, nhiệm kỳ 2020 - 2025"), which the post keeps. */
export function afterTerm(s: ReadSentence, hit: PostHit): number {
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
export function appositivePosts(s: ReadSentence, from: number): { posts: PostHit[]; after: number } {
  const posts: PostHit[] = [];
  let at = from;
  let bracket = false, dashed = false;
  // "ông U Huấn (45 tuổi, Phó bí thư Thường trực)": posts in brackets after an age
  const aged = AGE_BRACKET.exec(s.canon.slice(at));
  if (aged) { at += aged[0].length; bracket = true; }
  // "ông Nguyễn Văn Quang, sinh năm 1959, Phó Bí thư Tỉnh ủy, …": a birth year or age before the posts; "bà A (SN 1977,
  // phường Long Mỹ, TP Cần Thơ), Tiến sĩ Báo chí học, Giám đốc Sở Ngoại vụ": a biography in brackets, a degree
  const bio = aged ? null : BIO_BRACKET.exec(s.canon.slice(at));
  if (bio) at += bio[0].length;
  const born = aged ? null : BORN_AFTER_NAME.exec(s.canon.slice(at));
  if (born) at += born[0].length;
  const degree = aged ? null : DEGREE.exec(s.canon.slice(at));
  if (degree) at += degree[0].length;
  for (;;) {
    const k = tokenAtOrAfter(s.tokens, at);
    const tok = s.tokens[k];
    if (!tok) break;
    const gap = s.canon.slice(at, tok.start);
    let hit: PostHit | null = null;
    const kiem = tok.text === 'kiêm';
    // (a dash glued to the name is one too: "ông Nguyễn Văn A- Phó Trưởng Ban Tổ chức Huyện ủy")
    const dash = /^\s*[-–—]\s+$/.test(gap);
    // "ông A – Ủy viên Trung ương Đảng – Bí thư Tỉnh ủy – Trưởng Đoàn ĐBQH tỉnh, bà B – …": a list the dash opened
    // goes on with dashes
    if (/^\s*,\s*$/.test(gap) || (posts.length === 0 && (dash || (aged && gap === ''))) || (dashed && dash)) hit = postAt(s, kiem ? k + 1 : k);
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
    if (posts.length === 0 && dash) dashed = true;
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

/** Between posts before a name: a comma, or a dash ("Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Đức Thọ"). */
const PREFIX_SEP = /^(?:\s*,\s*|\s+[-–]\s+)$/u;

/** Posts written right before the name: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn A". */
export function prefixPosts(s: ReadSentence, nameFirst: number): PostHit[] {
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
      if (out.length && !PREFIX_SEP.test(s.canon.slice(found.end, nextStart))) found = null;
    }
    if (!found) break;
    out.unshift(found);
    const prev = found.first - 1;
    if (prev < 0 || !PREFIX_SEP.test(s.canon.slice(s.tokens[prev]!.end, s.tokens[found.first]!.start))) break;
    endTok = prev;
  }
  return out;
}


/** "thôi tham gia Ban Thường vụ Tỉnh ủy": the membership of the body named. */
export function membershipAt(s: ReadSentence, k: number): PostHit | null {
  const head = bodyHeadAt(s.tokens, s.canon, k);
  if (!head) return null;
  const p = phraseFrom(s.tokens, s.canon, k, head);
  return { text: `Ủy viên ${p.text}`, term: p.term, former: false, concurrent: false, end: s.tokens[p.last]!.end, first: k };
}
