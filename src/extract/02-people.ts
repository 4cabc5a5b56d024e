// People and their posts: names after "đồng chí"/"ông"/"bà" or opening with a family name, appositive post
// lists after the name ("…, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"), posts written before the name
// ("Chủ tịch UBND tỉnh Nguyễn Văn A"), and later mentions by post alone ("đồng chí Bí thư Tỉnh ủy").
import { PERSON_TRIGGERS } from '../lexicon/names';
import { canonKey, tidy } from '../text/canon';
import { canonicalPhrase } from './canonical-names';
import { diagnose, provenance, type ExtractContext, type Extractor, type ReadSentence } from './context';
import { joined, nameAt, phraseFrom, titleAt, tokenAtOrAfter, type Token } from './tokens';

const TRIGGERS = PERSON_TRIGGERS.map((t) => t.split(' '));

function triggerBefore(tokens: Token[], s: string, i: number): number {
  for (const t of TRIGGERS) {
    const k = i - t.length;
    if (k < 0) continue;
    let ok = true;
    for (let x = 0; x < t.length && ok; x++) ok = tokens[k + x]!.text === t[x] && (x === 0 || joined(s, tokens[k + x - 1]!, tokens[k + x]!));
    if (ok && joined(s, tokens[i - 1]!, tokens[i]!)) return t.length;
  }
  return 0;
}

interface PostHit { text: string; term: string | null; former: boolean; end: number; first: number }

/** A post phrase opening at token k ("nguyên" before it marks a former post). */
function postAt(s: ReadSentence, k: number): PostHit | null {
  let former = false;
  let i = k;
  if (s.tokens[i]?.text === 'nguyên' && s.tokens[i + 1]) { former = true; i++; }
  const len = titleAt(s.tokens, s.canon, i);
  if (!len) return null;
  const p = phraseFrom(s.tokens, s.canon, i, len);
  // A bare local title ("Bí thư", "Chủ tịch") names no post; national titles stand alone.
  if (p.last === i + len - 1 && !/Trung ương|Bộ Chính trị|Quốc hội|Tổng Bí thư|Thủ tướng|Tỉnh ủy viên/u.test(p.text)) return null;
  return { text: p.text, term: p.term, former, end: s.tokens[p.last]!.end, first: k };
}

/** Posts after the name: ", post, post kiêm post" up to the predicate. */
function appositivePosts(s: ReadSentence, from: number): { posts: PostHit[]; after: number } {
  const posts: PostHit[] = [];
  let at = from;
  for (;;) {
    const k = tokenAtOrAfter(s.tokens, at);
    const tok = s.tokens[k];
    if (!tok) break;
    const gap = s.canon.slice(at, tok.start);
    let hit: PostHit | null = null;
    if (/^\s*,\s*$/.test(gap)) hit = postAt(s, tok.text === 'kiêm' ? k + 1 : k);
    else if (posts.length > 0 && gap === ' ' && tok.text === 'kiêm') hit = postAt(s, k + 1);
    if (!hit) break;
    posts.push(hit);
    at = hit.end;
    // skip a term written after the post ("Bí thư Tỉnh ủy khóa XVI")
    const m = /^\s*(khóa|khoá)\s+[IVXLC]+|^\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}/u.exec(s.canon.slice(at));
    if (m) at += m[0].length;
  }
  return { posts, after: at };
}

/** Posts written right before the name: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn A". */
function prefixPosts(s: ReadSentence, nameFirst: number): PostHit[] {
  const out: PostHit[] = [];
  let endTok = nameFirst - 1;
  while (endTok >= 0) {
    let found: PostHit | null = null;
    for (let k = endTok; k >= Math.max(0, endTok - 14); k--) {
      const hit = postAt(s, k);
      if (hit && hit.end === s.tokens[endTok]!.end) { found = hit; break; }
    }
    // the post must run straight into the name (or into the previous post after a comma)
    if (found && out.length === 0 && s.canon.slice(found.end, s.tokens[nameFirst]!.start) !== ' ') found = null;
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

function addPerson(ctx: ExtractContext, name: string, s: ReadSentence, posts: PostHit[], rule: string): string {
  const display = tidy(name);
  const key = canonKey(display);
  let rec = ctx.people.get(key);
  if (!rec) {
    rec = { name: display, posts: [], formerPosts: [], evidence: [] };
    ctx.people.set(key, rec);
  }
  rec.evidence.push(provenance(ctx, s, rule));
  for (const p of posts) {
    const post = canonicalPhrase(p.text, ctx.province).name;
    const list = p.former ? rec.formerPosts : rec.posts;
    if (!list.some((x) => canonKey(x) === canonKey(post))) list.push(post);
  }
  return rec.name;
}

export const extractPeople: Extractor = {
  id: 'people',
  run(ctx) {
    const postMentions: Array<{ s: ReadSentence; start: number; end: number; after: number; post: string }> = [];
    for (const s of ctx.sentences) {
      const { tokens, canon } = s;
      let listMode = false;
      for (let i = 0; i < tokens.length; i++) {
        const trig = i > 0 ? triggerBefore(tokens, canon, i) : 0;
        if (tokens[i]!.text === 'chí' && /các đồng chí\s*:?$/iu.test(canon.slice(0, tokens[i]!.end + 1).trimEnd())) listMode = true;
        const afterListSep = listMode && i > 0 && /[;:]\s*$/.test(canon.slice(tokens[i - 1]!.end, tokens[i]!.start));
        const name = nameAt(tokens, canon, i, trig > 0 || afterListSep);
        if (name) {
          const { posts, after } = appositivePosts(s, name.end);
          const before = prefixPosts(s, trig > 0 ? i - trig : i);
          const person = addPerson(ctx, name.text, s, [...before, ...posts], trig ? 'people.triggered' : 'people.family-name');
          ctx.mentions.push({ person, sentence: s.index, start: name.start, end: name.end, after, byPost: false });
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
    }
    for (const m of postMentions) {
      const holders = [...ctx.people.values()].filter((p) => p.posts.some((x) => canonKey(x) === canonKey(m.post)));
      if (holders.length === 1) {
        ctx.mentions.push({ person: holders[0]!.name, sentence: m.s.index, start: m.start, end: m.end, after: m.after, byPost: true });
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
