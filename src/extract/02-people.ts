// People and their posts: names after "đồng chí"/"ông"/"bà" or opening with a family name, appositive post
// lists after the name ("…, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"), posts written before the name
// ("Chủ tịch UBND tỉnh Nguyễn Văn A"), a post shared by a list ("các đồng chí Phó Chủ tịch UBND tỉnh: A, B"),
// posts taken or left ("được bầu giữ chức …", "thôi giữ chức …", "miễn nhiệm … đối với ông …"), and later
// mentions by post alone ("đồng chí Bí thư Tỉnh ủy"). The grammar is in people/: post phrases, posts taken and
// left, lists of people.
import { FAMILY_NAMES, PERSON_TRIGGERS } from '../lexicon/names';
import { RANKS } from '../lexicon/posts';
import { ENDING_EVENTS, type Holding, type PersonRecord, type PostEvent } from '../schema/records';
import { canonKey, tidy } from '../text/canon';
import { canonicalPhrase, canonicalPostList, scopeOf, trailingProvince } from './canonical-names';
import { diagnose, provenance, type ExtractContext, type Extractor, type ReadSentence } from './context';
import { isUpper, joined, nameAt, titleAt, tokenAtOrAfter, type NameMatch, type Token } from './tokens';
import { namedIn } from './01-province';
import { afterTerm, appositivePosts, postAt, prefixPosts, type PostHit } from './people/post-phrases';
import { DECISIONS_BEFORE, MEMBERSHIP, movedAway, postsTakenOrLeft, type Entry } from './people/post-events';
import {
  COORDINATION, countedPostBefore, LIST_BEFORE, LISTED, listOpening, shortReference, UNDER_OF,
} from './people/lists';


// a military or police rank stands before a name as "ông" does ("Đại tướng Lương Cường, Chủ tịch nước"); it is
// neither part of the name nor a post (FORMAT.md)
const TRIGGERS = [...PERSON_TRIGGERS, ...RANKS].map((t) => t.split(' '));
const TRIGGER_LAST_WORDS = new Set(TRIGGERS.map((t) => t[t.length - 1]!));

/** "đường Trần Hưng Đạo", "trường Cao đẳng Sư phạm Ngô Gia Tự", "Giải thưởng Phan Châu Trinh": named after a person. */
const NAMED_AFTER_SOMEONE = /(?<![\p{L}])(?:đường|(?<!thành )phố|kênh|cầu|quảng trường|tượng đài|nhà lưu niệm|khu lưu niệm|khu di tích|giải thưởng|[Gg]iải|(?<!(?:[Mm]ôi|[Tt]hị|[Cc]hiến|[Qq]uảng) )[Tt]rường(?:\s+(?:Tiểu học|THCS|THPT|Trung học cơ sở|Trung học phổ thông|Trung học|Cao đẳng|Đại học|Sư phạm|Chính trị|Chuyên|Phổ thông|Dân tộc nội trú|PTDTNT))*)\s+$/u;

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

interface PersonHit { name: NameMatch; s: ReadSentence; rule: string; posts: PostHit[]; shared: PostHit | null; byShortName?: boolean }

/**
 * The Đảng bộ a sentence names, whose committee ("Đảng ủy") a bare post of the sentence belongs to: "Đảng bộ các cơ
 * quan Đảng tỉnh Đồng Tháp ra đời …; bà X … được chỉ định giữ chức Bí thư Đảng ủy" → "Bí thư Đảng ủy các cơ quan Đảng
 * tỉnh Đồng Tháp"; "Đảng bộ Công an tỉnh …", "Đảng bộ xã …" alike.
 */
const PARTY_ORGANISATION = /(?<![\p{L}])Đảng bộ ((?:(?!Đảng bộ)[^,;.()])*?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) \p{Lu}\p{L}*(?: \p{Lu}\p{L}*)*)/u;
const BARE_PARTY_COMMITTEE = /(?:^| )Đảng ủy$/u;
const organisations = new WeakMap<ReadSentence, RegExpExecArray | null>();

/**
 * A bare post completed by the body its sentence names: a bare "Đảng ủy" by the Đảng bộ of the sentence, a Party
 * unit by the committee the sentence (or the one before it) names it with.
 */
function withOwner(post: string, s: ReadSentence): string {
  if (BARE_PARTY_COMMITTEE.test(post)) {
    let org = organisations.get(s);
    if (org === undefined) { org = PARTY_ORGANISATION.exec(s.canon); organisations.set(s, org); }
    return org ? `${post} ${org[1]!.replace(/\s*\((?:cũ)\)\s*$/u, '')}` : post;
  }
  const unit = UNOWNED_UNIT.exec(post);
  if (!unit) return post;
  for (const x of [s, s.prev]) {
    const owner = x ? unitsOf(x).get(unit[1]!) : undefined;
    if (owner) return `${post} ${owner}`;
  }
  return post;
}

/** Party units that belong to a committee ("Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Trung ương"). */
const PARTY_UNITS = 'Ủy ban Kiểm tra|Ban Tổ chức|Ban Tuyên giáo và Dân vận|Ban Tuyên giáo|Ban Dân vận|Ban Nội chính|Ban Kinh tế';
/** A Party unit written without the committee it belongs to. */
const UNOWNED_UNIT = new RegExp(`(?:^| )(${PARTY_UNITS})$`, 'u');
/**
 * A unit with its committee, as the sentence, or the one before it, names it: "Ủy ban Kiểm tra TƯ họp kỳ 39 dưới sự
 * chủ trì của Chủ nhiệm UBKT Trần Cẩm Tú" → "Chủ nhiệm Ủy ban Kiểm tra TƯ".
 */
const UNIT_WITH_OWNER = new RegExp(`(?<![\\p{L}])(${PARTY_UNITS}) (Trung ương|TƯ|(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy(?: \\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)*)?)`, 'gu');
/** The units a sentence names with their committee, read once per sentence. */
const ownedUnits = new WeakMap<ReadSentence, Map<string, string>>();
function unitsOf(s: ReadSentence): Map<string, string> {
  let m = ownedUnits.get(s);
  if (!m) {
    m = new Map();
    for (const x of s.canon.matchAll(UNIT_WITH_OWNER)) if (!m.has(x[1]!)) m.set(x[1]!, x[2]!);
    ownedUnits.set(s, m);
  }
  return m;
}

function addPerson(ctx: ExtractContext, hit: PersonHit, entries: Entry[]): string {
  const display = tidy(hit.name.text);
  // the posts the mention gives and the posts the sentence has them take or leave are two lists: a bare post of the
  // one takes its place from its own list ("Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Gia Lai … giữ
  // chức Bí thư Tỉnh ủy Kon Tum": the first is Gia Lai's)
  const province = localProvince(hit.s) ?? ctx.province;
  const names: string[] = new Array(entries.length);
  const indexed = entries.map((e, i) => [e, i] as const);
  for (const group of [indexed.filter(([e]) => !e.event), indexed.filter(([e]) => e.event)]) {
    const read = canonicalPostList(group.map(([e]) => withOwner(e.post.text, hit.s)), province, ctx.places);
    group.forEach(([, i], k) => { names[i] = read[k]!; });
  }
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
    // a post the sentence has them take or leave is held (or left) on the day the sentence states for it: "… giữ chức
    // Bí thư Huyện ủy Ân Thi … từ ngày 5/10/2023" is not held from the decision's day before it
    ctx.toDate.push({ item: holding, sentence: hit.s.index, stated: e.event !== null });
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
  let p = SENTENCE_PROVINCE.get(s);
  if (p === undefined) {
    const named = new Set(namedIn(s));
    SENTENCE_PROVINCE.set(s, p = named.size === 1 ? [...named][0]! : null);
  }
  return p;
}
/** Each sentence is asked once, however many people and paragraphs ask. */
const SENTENCE_PROVINCE = new WeakMap<ReadSentence, string | null>();

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
  // the standing deputy's post is the deputy's post: "Phó Chủ tịch Thường trực UBND tỉnh" ends with "thôi giữ chức Phó Chủ tịch UBND tỉnh"
  const isLeft = (x: string) => left.has(canonKey(x)) || left.has(canonKey(x).replace(/ thường trực(?= )/u, ''));
  rec.posts = unique(rec.holdings.filter((h) => !h.former).map((h) => h.post)).filter((x) => !isLeft(x) && !superseded(x));
  // one post, one form: "Phó Bí thư Tỉnh ủy X" shortens "Phó Bí thư thường trực Tỉnh ủy X" the article also gives
  const full = new Set(rec.posts.map(canonKey).filter((k) => k.includes(' thường trực ')).map((k) => k.replace(' thường trực ', ' ')));
  rec.posts = rec.posts.filter((x) => !full.has(canonKey(x)));
  if (leftAll) {
    rec.formerPosts = unique([...rec.formerPosts, ...rec.posts.filter((x) => !taken.has(canonKey(x)))]);
    rec.posts = rec.posts.filter((x) => taken.has(canonKey(x)));
  }
}

/**
 * A photo credit inside a sentence names no person of the article: "Các đại biểu dự đại hội (Ảnh: Đỗ Gia
 * Tuấn).", "(Ảnh: Phạm Minh Tuấn/TTXVN)", a caption ending "… phát biểu. Ảnh: Minh Anh".
 */
const CREDIT_IN_SENTENCE = /\(\s*(?:Ảnh|Ảnh minh họa|Video|Clip)\s*:[^)]*\)|(?<![\p{L}])(?:Ảnh|Video)\s*:\s*[^.;()]*$/giu;

function creditSpans(canon: string): Array<[number, number]> {
  return [...canon.matchAll(CREDIT_IN_SENTENCE)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * A biography: the posts a person "từng giữ" (has held) are former posts of theirs, whoever the sentence names
 * them by: "Trong quá trình công tác, đồng chí từng giữ các chức vụ: Thứ trưởng Bộ Tư pháp, Chủ tịch UBND tỉnh
 * Hậu Giang, Bí thư Tỉnh ủy Hậu Giang"; "ông cũng từng là Bí thư Tỉnh ủy Hậu Giang"; "Ông Sơn từng giữ chức Bí
 * thư Đảng ủy xã Trần Đề". A pronoun is the person the paragraph is about: the last one named before it.
 */
const BIOGRAPHY = /(?<![\p{L}])(?:(đồng chí|ông|bà)\s+)?(?:(?:đã|cũng|còn)\s+)*(?:từng|lần lượt)\s+(?:giữ|đảm nhiệm|kinh qua|làm|là)(?:\s+(?:các|nhiều))?(?:\s+(?:chức vụ|chức danh|chức|cương vị|vị trí))?(?:\s+(?:như|quan trọng))?\s*:?\s*/iu;
const BIOGRAPHY_SEP = /^\s*(?:[,;]|và|,\s*và)\s*/u;

/** The replaced person's mention follows "thay", "thay cho" (and "ông", "bà", "đồng chí"). */
const REPLACED_BEFORE = /(?<![\p{L}])thay(?: cho)?\s+(?:(?:đồng chí|ông|bà)\s+)?$/u;
/** A post's title and body without its place and term, to tell the post filled: "Bí thư Tỉnh ủy". */
const titleKey = (post: string) => canonKey(post).replace(/\s+(?:khóa|khoá|nhiệm kỳ)\b.*$/u, '').split(' ').slice(0, 4).join(' ');

function readBiography(ctx: ExtractContext, s: ReadSentence, hits: Array<{ name: NameMatch; after: number }>): void {
  if (!s.canon.includes('từng') && !s.canon.includes('lần lượt')) return;
  const bio = BIOGRAPHY.exec(s.canon);
  if (!bio) return;
  const named = hits.filter((h) => h.name.end <= bio.index).pop();
  let who: NameMatch | null = named?.name ?? null;
  if (!who && bio[1]) {
    // the pronoun's person: the last one named earlier in the paragraph
    const earlier = ctx.mentions.filter((m) => ctx.sentences[m.sentence]!.block === s.block && m.sentence < s.index && !m.byPost).pop();
    if (earlier) who = { start: bio.index, end: bio.index + bio[1].length, first: 0, last: 0, text: earlier.person };
  }
  if (!who) return;
  const posts: PostHit[] = [];
  let at = bio.index + bio[0].length;
  for (;;) {
    const k = tokenAtOrAfter(s.tokens, at);
    const hit = s.tokens[k] && s.tokens[k]!.start - at <= 1 ? postAt(s, k) : null;
    if (!hit) break;
    posts.push(hit);
    const sep = BIOGRAPHY_SEP.exec(s.canon.slice(afterTerm(s, hit)));
    if (!sep) break;
    at = afterTerm(s, hit) + sep[0].length;
  }
  if (posts.length === 0) return;
  addPerson(ctx, { name: who, s, rule: 'people.biography', posts, shared: null, byShortName: true }, posts.map((post) => ({ post, former: true, event: null })));
}

/**
 * A name of two syllables right after a post, which names its holder as "ông" would: "Tổng Bí thư Tô Lâm", "Bí thư
 * Tỉnh ủy Y Mửi". Its first syllable must be a family name.
 */
/** A person named after a link of a decision: "đối với ông", "của đồng chí", "cho bà", "đối với Đại tá". */
const LINKED_WHO = new RegExp(`(?<![\\p{L}])(?:đối với|của|với|cho)\\s+(?:đồng chí|ông|bà|${RANKS.join('|')})\\s*$`, 'u');

/** "ông A (SN 1970) hiện là Giám đốc Sở Tài chính": the posts said to be held now, after the person. */
const HELD_NOW = /^\s*,?\s*(?:hiện nay\s+|hiện\s+|hiện đang\s+|đang\s+)(?:là|giữ chức(?: vụ)?|đảm nhiệm(?: chức(?: vụ)?)?)\s+(?=\p{Lu})/u;
function currentPosts(s: ReadSentence, read: { posts: PostHit[]; after: number }): { posts: PostHit[]; after: number } {
  const held = HELD_NOW.exec(s.canon.slice(read.after));
  if (!held) return read;
  const first = postAt(s, tokenAtOrAfter(s.tokens, read.after + held[0].length));
  if (!first) return read;
  const more = appositivePosts(s, afterTerm(s, first));
  return { posts: [...read.posts, first, ...more.posts], after: more.after };
}

const POST_LAST_WORDS = new Set(['ủy', 'thư', 'tịch', 'trưởng', 'nhiệm', 'lệnh', 'đốc', 'tướng', 'viên', 'phủ', 'hội', 'ương', 'án', 'tập', 'nước']);
function titledShortName(s: ReadSentence, i: number): NameMatch | null {
  const t = s.tokens[i];
  if (!t || i === 0 || !isUpper(t.text) || !FAMILY_NAMES.has(t.text) || !joined(s.canon, s.tokens[i - 1]!, t)) return null;
  // (a post ends with a capitalised word or with one of the few lower-case words that end titles and committees)
  const before = s.tokens[i - 1]!.text;
  if (!isUpper(before) && !POST_LAST_WORDS.has(before)) return null;
  const name = nameAt(s.tokens, s.canon, i, true);
  return name && name.last === i + 1 && prefixPosts(s, i).length > 0 ? name : null;
}

export const extractPeople: Extractor = {
  id: 'people',
  run(ctx) {
    const leavesAll = new Set<string>();
    const replacements: Array<{ by: string; replaced: string }> = [];
    const postMentions: Array<{ s: ReadSentence; start: number; end: number; after: number; post: string; many?: boolean }> = [];
    for (const s of ctx.sentences) {
      const { tokens, canon } = s;
      let list: { shared: PostHit | null } | null = null;
      const hits: Array<PersonHit & { trigStart: number; after: number }> = [];
      const credits = creditSpans(canon);
      for (let i = 0; i < tokens.length; i++) {
        if (credits.some(([a, b]) => tokens[i]!.start >= a && tokens[i]!.start < b)) continue;
        const opening = listOpening(s, i);
        if (opening) { list = opening; i = opening.end; continue; }
        const trig = i > 0 ? triggerBefore(tokens, canon, i) : 0;
        const afterListSep = list !== null && i > 0 &&
          (/^\s*[;:,]\s*$/u.test(canon.slice(tokens[i - 1]!.end, tokens[i]!.start)) || tokens[i - 1]!.text === 'và');
        const name = nameAt(tokens, canon, i, trig > 0 || afterListSep) ?? (trig > 0 ? shortReference(ctx, s, i, hits.map((h) => tidy(h.name.text))) : null) ??
          titledShortName(s, i);
        // a street, a school or a prize named after a person names no one of the article
        if (name && !trig && NAMED_AFTER_SOMEONE.test(canon.slice(Math.max(0, name.start - 60), name.start))) { i = name.last; continue; }
        if (name) {
          const { posts, after } = currentPosts(s, appositivePosts(s, name.end));
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
          // (or two or more joined by "và" before the verb: "ông A (Chánh Văn phòng UBND tỉnh) và ông B (Giám đốc Sở Xây
          // dựng) được bầu bổ sung chức danh Ủy viên UBND tỉnh")
          if (k > j && (LIST_BEFORE.test(canon.slice(0, hits[b]!.trigStart).slice(-60)) || /(?<![\p{L}])và\s/u.test(canon.slice(hits[k - 1]!.after, hits[k]!.trigStart)))) taken = readings[k]!.taken;
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
        // "… được bầu làm Bí thư Tỉnh ủy …, thay cho ông Y, Bí thư Tỉnh ủy khoá XV"; "Ông Z về Quảng Trị thay ông Y, Ủy viên
        // Trung ương Đảng, Bí thư Tỉnh ủy Quảng Trị": the one replaced leaves the post filled (the posts taken in the
        // sentence, or, when it names none, the posts the mention gives but memberships, which go with the person)
        if (REPLACED_BEFORE.test(canon.slice(Math.max(0, h.trigStart - 12), h.trigStart))) {
          const filled = new Set(readings.flatMap((r, i) => (i === j ? [] : r.taken.filter((t) => !ENDING_EVENTS.includes(t.kind)).map((t) => titleKey(t.post.text)))));
          for (const e of entries) {
            if (e.event || MEMBERSHIP.test(e.post.text)) continue;
            if (filled.size === 0 || filled.has(titleKey(e.post.text))) e.former = true;
          }
          // the one named before "thay" is the successor: the post they take in the article is taken from Y
          const by = hits[j - 1];
          if (by && !/[.;]/u.test(canon.slice(by.after, h.trigStart))) replacements.push({ by: canonKey(tidy(by.name.text)), replaced: tidy(h.name.text) });
        }
        // a decision that names the post before the person (DECISIONS_BEFORE); every one needs the person after "đối
        // với/của/với/cho ông …", so a glance at the words before the name comes first
        if (LINKED_WHO.test(canon.slice(Math.max(0, h.name.start - 40), h.name.start))) {
          for (const d of DECISIONS_BEFORE) {
            if (d.needs && !canon.includes(d.needs)) continue;
            const m = d.pattern.exec(canon.slice(0, h.name.start));
            const post = m ? postAt(s, tokenAtOrAfter(tokens, m.indices!.groups!.post![0])) : null;
            if (!post) continue;
            if (post.end <= h.name.start && !(d.once && entries.some((e) => e.post.text === post.text))) {
              entries.push({ post, former: d.former, event: { kind: d.kind(m!.groups!.verb), replaces: null, rule: d.rule } });
            }
            break;
          }
        }
        // the posts this mention lists end, as every post of the person the article gives them (but a post the
        // same sentence has them take, and memberships of the Central Committee, which go with them)
        if (leftAll) {
          for (const e of entries) if (!e.event && !MEMBERSHIP.test(e.post.text)) e.former = true;
          if (leftAll === 'every') leavesAll.add(canonKey(tidy(h.name.text)));
        }
        const person = addPerson(ctx, h, entries);
        ctx.mentions.push({ person, sentence: s.index, start: h.name.start, end: h.name.end, after: h.after, byPost: false });
      });
      readBiography(ctx, s, hits);
    }
    for (const p of ctx.people.values()) derivePosts(p, leavesAll.has(canonKey(p.name)));
    // "Ông Z về Quảng Trị thay ông Y, …, Bí thư Tỉnh ủy Quảng Trị" after a sentence that gave Z that post: Z took it
    // from Y (the taking names whom it replaced, which ends Y's tenure there: src/tenure)
    for (const r of replacements) {
      const by = ctx.people.get(r.by), y = ctx.people.get(canonKey(r.replaced));
      if (!by || !y) continue;
      const ys = new Set(y.holdings.map((x) => canonKey(x.post)));
      for (const e of by.events) if (!e.replaces && !ENDING_EVENTS.includes(e.kind) && ys.has(canonKey(e.post))) e.replaces = y.name;
    }
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
