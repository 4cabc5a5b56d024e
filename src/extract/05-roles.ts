// Who chaired the meeting ("chủ trì", "đồng chủ trì") and who spoke ("phát biểu", "kết luận", "điều hành",
// "khẳng định" …): the people whose mention is the subject of the verb.
import { CHAIR_VERBS, SPEECH_VERBS, SPOKEN_IN_A_CHAIN } from '../lexicon/triggers';
import { meetingFor, provenance, type Extractor, type Mention } from './context';
import { UNDER_OF } from './people/lists';

const CHAIR_RE = new RegExp(`(?<![\\p{L}])(${CHAIR_VERBS.map((v) => v.text).join('|')})(?![\\p{L}])`, 'giu');
const SPEECH_ALT = SPEECH_VERBS.map((v) => v.text).join('|');
const SPEECH_AFTER_SUBJECT = new RegExp(`^\\s*,?\\s*(?:(?:đã|cũng|tiếp tục|trực tiếp|đồng thời|sau đó)\\s+)*(?:(?:tham\\s+)?dự\\s*(?:và|,)\\s+(?=phát biểu))?(${SPEECH_ALT})(?![\\p{L}])`, 'iu');
/** "… đồng chí A đã tiếp thu ý kiến. Đồng chí khẳng định …": a sentence whose subject is the person by a pronoun. */
const PRONOUN_SPEAKS = new RegExp(`^(?:Đồng chí|Ông|Bà)\\s+(?:(?:cũng|đã|tiếp tục|đồng thời)\\s+)*(${SPEECH_ALT})(?![\\p{L}])`, 'u');
const SPEECH_FIRST = new RegExp(`^(?:[^,]{0,40},\\s*)?(phát biểu(?: kết luận| chỉ đạo| bế mạc| khai mạc)?|kết luận|báo cáo|điều hành|trả lời chất vấn|trả lời ý kiến|giải trình|quán triệt|trình bày)(?![\\p{L}])`, 'iu');

/**
 * A speech verb that ends a chain of the subject's predicates: "ông A … đã trao Quyết định, tặng hoa chúc mừng và phát
 * biểu giao nhiệm vụ". Only verbs that are speech whatever precedes them ("dự và chỉ đạo" is no speech).
 */
const CHAINED = SPEECH_VERBS.filter((v) => SPOKEN_IN_A_CHAIN.includes(v.id)).map((v) => v.text).join('|');
const SPEECH_IN_CHAIN = new RegExp(`^\\s*,?\\s*[^;.:]{3,100}?(?:,|\\svà)\\s+(?:(?:đã|cũng|sau đó)\\s+)*(${CHAINED})(?![\\p{L}])`, 'iu');
/** "Người công bố các quyết định … là ông A": the one the cleft sentence names after "là". */
const CLEFT = new RegExp(`(?<![\\p{L}])Người\\s+(?:trực tiếp\\s+)?(${SPEECH_ALT})(?![\\p{L}])[^;.]{0,160}?\\slà\\s+(?:(?:đồng chí|ông|bà)\\s+)?$`, 'u');

const VERB_RES = new Map([...SPEECH_VERBS, ...CHAIR_VERBS].map((x) => [x.id, new RegExp(`^(?:${x.text})`, 'iu')]));
/** Between two people who share a verb: "A và B …", "A, B …" (a title before the second name allowed). */
const COORDINATED = /^\s*(?:,|và)\s*(?:(?:đồng chí|ông|bà)\s+)?(?:\p{Lu}[^,;.]*?[-–]\s*)?$/u;

function ruleOf(verb: string, list: typeof SPEECH_VERBS): string {
  return list.find((x) => VERB_RES.get(x.id)!.test(verb))?.id ?? list[0]!.id;
}

/**
 * Clause boundaries: ";" unless the sentence lists people after "Các đồng chí:", or the clauses before are a list of
 * people ("Đồng chí A - Bí thư Quận ủy; đồng chí B - Chủ tịch HĐND quận; đồng chí C - … chủ trì Hội nghị"), or the
 * verb opens the sentence and the people follow it ("Đồng chủ trì Hội nghị là đồng chí A, …; đồng chí B, …").
 */
function clauseOf(text: string, at: number, mentions: Mention[]): [number, number] {
  if (/các đồng chí\s*:/iu.test(text)) return [0, text.length];
  let start = text.lastIndexOf(';', at - 1) + 1;
  const opensWithPerson = (from: number) => mentions.some((m) => m.start >= from && /^[\s,]*(?:(?:đồng chí|ông|bà)\s+)?$/iu.test(text.slice(from, m.start)));
  while (start > 0 && opensWithPerson(start)) {
    // the ";" that ends the clause before, if any (a ";" opening the text has no clause before it)
    const prev = start >= 2 ? text.lastIndexOf(';', start - 2) + 1 : 0;
    if (prev >= start || !opensWithPerson(prev)) break;
    start = prev;
  }
  let end = text.indexOf(';', at);
  // "chủ trì Hội nghị là/gồm/có đồng chí A - …; đồng chí B - …": the people listed over the clauses after the verb
  if (/(?<![\p{L}])(?:là|gồm|có)\s*(?:các\s+)?(?:đồng chí|ông|bà)/iu.test(text.slice(at, at + 50))) {
    while (end >= 0 && opensWithPerson(end + 1)) end = text.indexOf(';', end + 1);
  }
  return [start, end < 0 ? text.length : end];
}

export const extractRoles: Extractor = {
  id: 'roles',
  run(ctx) {
    if (ctx.meetings.length === 0) return;
    const add = (kind: 'chairs' | 'speakers', m: Mention, rule: string) => {
      const s = ctx.sentences[m.sentence]!;
      const meeting = meetingFor(ctx, s.index);
      if (!meeting) return;
      if (!meeting[kind].includes(m.person)) meeting[kind].push(m.person);
      meeting.evidence[kind].push({ ...provenance(ctx, s, rule), person: m.person });
    };
    for (const s of ctx.sentences) {
      if (s.kind !== 'paragraph' && s.kind !== 'caption') continue;
      const mentions = ctx.mentions.filter((m) => m.sentence === s.index);
      // the person by a pronoun: the one person the sentence before named
      // (whoever the sentence names after the verb is spoken of, not speaking: "… của đồng chí Võ Kim Cự")
      const pronoun = s.prev ? PRONOUN_SPEAKS.exec(s.canon.trimStart()) : null;
      if (pronoun && !mentions.some((m) => m.start < pronoun[0].length + (s.canon.length - s.canon.trimStart().length))) {
        const before = ctx.mentions.filter((m) => m.sentence === s.prev!.index && !m.byPost);
        if (new Set(before.map((m) => m.person)).size === 1) add('speakers', { ...before[0]!, sentence: s.index }, `${ruleOf(pronoun[1]!, SPEECH_VERBS)}+pronoun`);
      }
      if (mentions.length === 0) continue;
      const rel = (m: Mention) => ({ start: m.start, after: m.after });
      for (const v of s.canon.matchAll(CHAIR_RE)) {
        const at = v.index!;
        const [c0, c1] = clauseOf(s.canon, at, mentions);
        const inClause = mentions.filter((m) => rel(m).start >= c0 && rel(m).start < c1);
        const before = inClause.filter((m) => rel(m).after <= at);
        const chosen = before.length > 0 ? before : inClause.filter((m) => rel(m).start > at);
        for (const m of chosen) add('chairs', m, ruleOf(v[0], CHAIR_VERBS));
      }
      // "dưới sự chủ tọa, điều hành của A và B": chairs, and speakers when they led the debate
      const under = UNDER_OF.exec(s.canon);
      if (under) {
        const end = s.canon.indexOf(',', under.index + under[0].length) < 0 ? s.canon.length : clauseOf(s.canon, under.index + under[0].length, mentions)[1];
        for (const m of mentions.filter((x) => x.start >= under.index + under[0].length && x.start < end)) {
          if (/chủ trì|chủ tọa/u.test(under[0])) add('chairs', m, 'chair.duoi-su-chu-tri');
          if (/điều hành/u.test(under[0])) add('speakers', m, 'speak.dieu-hanh');
        }
      }
      // "A và B điều hành phiên chất vấn": people coordinated before the verb share it
      const ordered = [...mentions].sort((a, b) => a.start - b.start);
      for (let j = ordered.length - 1; j >= 0; j--) {
        const m = ordered[j]!;
        let v = SPEECH_AFTER_SUBJECT.exec(s.canon.slice(m.after));
        for (let k = j; !v && k + 1 < ordered.length && COORDINATED.test(s.canon.slice(ordered[k]!.after, ordered[k + 1]!.start)); k++) {
          v = SPEECH_AFTER_SUBJECT.exec(s.canon.slice(ordered[k + 1]!.after));
        }
        if (v) { add('speakers', m, ruleOf(v[1]!, SPEECH_VERBS)); continue; }
        // a chain of the subject's own predicates, with nobody else named in it
        const chain = SPEECH_IN_CHAIN.exec(s.canon.slice(m.after));
        if (chain && !mentions.some((x) => x.start >= m.after && x.start < m.after + chain[0].length)) { add('speakers', m, ruleOf(chain[1]!, SPEECH_VERBS)); continue; }
        const cleft = CLEFT.exec(s.canon.slice(0, m.start));
        if (cleft) add('speakers', m, ruleOf(cleft[1]!, SPEECH_VERBS));
      }
      const first = SPEECH_FIRST.exec(s.canon);
      if (first) {
        const comma = s.canon.indexOf(',', first.index + first[0].length);
        const subject = mentions.find((m) => comma >= 0 && m.start > comma);
        if (subject && !/[;.]/.test(s.canon.slice(comma, subject.start))) add('speakers', subject, ruleOf(first[1]!, SPEECH_VERBS));
      }
    }
  },
};
