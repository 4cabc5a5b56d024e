// Who chaired the meeting ("chủ trì", "đồng chủ trì") and who spoke ("phát biểu", "kết luận", "điều hành",
// "khẳng định" …): the people whose mention is the subject of the verb.
import { CHAIR_VERBS, SPEECH_VERBS } from '../lexicon/triggers';
import { meetingFor, provenance, type Extractor, type Mention } from './context';

const CHAIR_RE = new RegExp(`(?<![\\p{L}])(${CHAIR_VERBS.map((v) => v.text).join('|')})(?![\\p{L}])`, 'giu');
const SPEECH_ALT = SPEECH_VERBS.map((v) => v.text).join('|');
const SPEECH_AFTER_SUBJECT = new RegExp(`^\\s*(?:(?:đã|cũng|tiếp tục|trực tiếp|đồng thời|sau đó)\\s+)*(?:(?:tham\\s+)?dự\\s*(?:và|,)\\s+(?=phát biểu))?(${SPEECH_ALT})(?![\\p{L}])`, 'iu');
const SPEECH_FIRST = new RegExp(`^(?:[^,]{0,40},\\s*)?(phát biểu(?: kết luận| chỉ đạo| bế mạc| khai mạc)?|kết luận|báo cáo|điều hành)(?![\\p{L}])`, 'iu');

function ruleOf(verb: string, list: typeof SPEECH_VERBS): string {
  const v = verb.toLowerCase();
  return list.find((x) => v.startsWith(x.text))?.id ?? list[0]!.id;
}

/** Clause boundaries: ";" unless the sentence lists people after "Các đồng chí:". */
function clauseOf(text: string, at: number): [number, number] {
  if (/các đồng chí\s*:/iu.test(text)) return [0, text.length];
  const start = text.lastIndexOf(';', at - 1) + 1;
  const end = text.indexOf(';', at);
  return [start, end < 0 ? text.length : end];
}

export const extractRoles: Extractor = {
  id: 'roles',
  run(ctx) {
    if (ctx.meetings.length === 0) return;
    const add = (kind: 'chairs' | 'speakers', m: Mention, rule: string) => {
      const s = ctx.sentences[m.sentence]!;
      const meeting = meetingFor(ctx, s.index)!;
      if (!meeting[kind].includes(m.person)) meeting[kind].push(m.person);
      meeting.evidence[kind].push({ ...provenance(ctx, s, rule), person: m.person });
    };
    for (const s of ctx.sentences) {
      if (s.kind !== 'paragraph' && s.kind !== 'caption') continue;
      const mentions = ctx.mentions.filter((m) => m.sentence === s.index);
      if (mentions.length === 0) continue;
      const rel = (m: Mention) => ({ start: m.start, after: m.after });
      for (const v of s.canon.matchAll(CHAIR_RE)) {
        const at = v.index!;
        const [c0, c1] = clauseOf(s.canon, at);
        const inClause = mentions.filter((m) => rel(m).start >= c0 && rel(m).start < c1);
        const before = inClause.filter((m) => rel(m).after <= at);
        const chosen = before.length > 0 ? before : inClause.filter((m) => rel(m).start > at);
        for (const m of chosen) add('chairs', m, ruleOf(v[0], CHAIR_VERBS));
      }
      for (const m of mentions) {
        const v = SPEECH_AFTER_SUBJECT.exec(s.canon.slice(m.after));
        if (v) add('speakers', m, ruleOf(v[1]!, SPEECH_VERBS));
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
