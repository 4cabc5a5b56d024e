// What the meeting adopted ("thông qua", "biểu quyết nhất trí thông qua"), split into documents; drafts only
// discussed ("cho ý kiến", "thảo luận") are not approved, and "thông qua đó" (through it) is no approval.
import { APPROVAL_VERBS, DOCUMENT_TYPES } from '../lexicon/triggers';
import { diagnose, meetingFor, provenance, type Extractor } from './context';

const VERB_RE = new RegExp(`(?<![\\p{L}])(${APPROVAL_VERBS.map((v) => v.text).join('|')})(?![\\p{L}])`, 'iu');
/** Each approval verb's whole-match pattern with its rule id: the rule a matched verb fired. */
const VERB_RULES = APPROVAL_VERBS.map((x) => [new RegExp(`^(?:${x.text})$`, 'iu'), x.id] as const);
const DOC_START = new RegExp(`^(${DOCUMENT_TYPES.join('|')})(?![\\p{L}])`, 'iu');
/** An item written as a document of its own, capitalised ("Nghị quyết số …"), not a topic ("chương trình giám sát"). */
const DOC_NAMED = new RegExp(`^(${DOCUMENT_TYPES.join('|')})(?![\\p{L}])`, 'u');
/** Where an item's title ends and the sentence goes on about it (or about the person it names: ", người đã được …"). */
const ITEM_TAIL = /\s+(với (mục tiêu|\d+|các|những)|gồm|trong đó|để (?=trình|báo cáo|xin))\s*.*$|,\s*(?:đồng thời|sau đó|rồi)\s.*$|,\s*(?:người|là người|do|vì|bởi)\s.*$/u;
/** Another document after "và" starts a new item, unless the item already cites one ("thực hiện Nghị quyết … và Nghị quyết …"). */
const AND_DOC = new RegExp(`\\s+và\\s+(?=(?:${DOCUMENT_TYPES.join('|')})(?![\\p{L}]))`, 'u');
const DOC_INSIDE = new RegExp(`.(?<![\\p{L}])(?:${DOCUMENT_TYPES.join('|')})(?![\\p{L}])`, 'u');

function splitOnAnd(item: string): string[] {
  const m = AND_DOC.exec(item);
  if (!m) return [item];
  const left = item.slice(0, m.index).trim();
  if (DOC_INSIDE.test(left)) return [item];
  return [left, ...splitOnAnd(item.slice(m.index + m[0].length))];
}

/**
 * What may open an item before its document: a number "(1)", a joiner ("và", "cùng với": "…; cùng với nghị quyết điều
 * chỉnh …"), "thông qua" again, "các" ("các Nghị quyết xác nhận …").
 */
const ITEM_OPENING = new RegExp(`^\\s*(?:\\(\\d+\\)|\\d+[.)]|[-–+•])?\\s*(?:(?:và|cùng với|cùng|đồng thời)\\s+)?(?:(?:${APPROVAL_VERBS.map((v) => v.text).join('|')})\\s+)?(?:[Cc]ác\\s+(?=\\p{Lu}|(?:${DOCUMENT_TYPES.map((d) => d.toLowerCase()).join('|')})\\s+(?:về|số|quy định|điều chỉnh|sửa đổi)(?![\\p{L}])))?` +
  // "các báo cáo, tờ trình và nghị quyết về …": the kinds listed before the one the title belongs to
  `(?:các\\s+(?:(?:báo cáo|tờ trình|dự thảo)(?:\\s*,\\s*|\\s+và\\s+))+(?=nghị quyết|quyết định|đề án))?`, 'u');

/** "các nghị quyết về:", "03 nghị quyết:", "các tờ trình gồm:", "5 Nghị quyết quan trọng, gồm:": the kind the items after the colon share. */
const KIND_LIST = /^\s*(?:các|những|\d+)\s+(nghị quyết|quyết định|tờ trình|đề án)(?:\s+(?:quan trọng|chuyên đề|mới))?\s*(về việc|về)?\s*,?\s*(?:như|gồm(?: có)?|bao gồm|sau)?\s*:/iu;

/** "tờ trình và nghị quyết về việc X": one submission and one resolution, each on X. */
const TWO_ON_ONE = /^(\s*(?:(?:và|cùng|đồng thời)\s+)?)(tờ trình|báo cáo|đề án|dự thảo)\s+và\s+(nghị quyết|quyết định)\s+(về|về việc|điều chỉnh|sửa đổi|thông qua)(?![\p{L}])(.*)$/iu;

function eachOnItsOwn(item: string): string[] {
  const m = TWO_ON_ONE.exec(item);
  return m ? [`${m[1]}${m[2]} ${m[4]}${m[5]}`, `${m[3]} ${m[4]}${m[5]}`] : [item];
}

/**
 * Items in a parallel list separated by commas, each opening with the first one's kind: "nghị quyết về A, nghị quyết
 * về B và nghị quyết về C" (a comma inside one title, "Nghị quyết về giá đất, thuế" stays).
 */
function splitOnCommas(item: string): string[] {
  const kind = DOC_START.exec(item.replace(ITEM_OPENING, '').trim())?.[1];
  if (!kind) return [item];
  const parts = item.split(new RegExp(`\\s*,\\s*(?=(?:${kind})(?![\\p{L}]))`, 'iu'));
  // … and the last joined by "và" with the same kind
  if (parts.length > 1) parts.push(...parts.pop()!.split(new RegExp(`\\s+và\\s+(?=(?:${kind})(?![\\p{L}]))`, 'iu')));
  return parts;
}

export function splitApprovedItems(list: string): string[] {
  return list
    .split(/;|\s(?=\(\d+\)\s)/)
    .flatMap(splitOnCommas)
    .flatMap(eachOnItsOwn)
    .flatMap(splitOnAnd)
    .map((x) => x.replace(ITEM_OPENING, '').replace(ITEM_TAIL, '').replace(/(\s*(…|\.\.\.|\.))+\s*$/u, '').replace(/^\s*(và|cùng)\s+/u, '').trim())
    .filter((x) => DOC_START.test(x))
    .map((x) => x.charAt(0).toUpperCase() + x.slice(1));
}

/** The clause before "(đã) được … thông qua": its subject, a document's title ("Tại kỳ họp, Nghị quyết về … đã được"). */
const PASSIVE_BEFORE = new RegExp(`(?:^|[,:;]\\s*)((?:${DOCUMENT_TYPES.join('|')})(?![\\p{L}])[^;:]{3,240}?)\\s+(?:đều\\s+|cũng\\s+)?(?:đã\\s+)?được\\s+(?:[^,;.]{0,40}?\\s)?$`, 'u');

/** "thống nhất phương án này", "thông qua các nghị quyết nói trên": an adoption naming its document by reference. */
const BACK_REFERENCE = new RegExp(`(?<![\\p{L}])(?:thông qua|thống nhất|nhất trí|tán thành)\\s+(?:các\\s+)?(${DOCUMENT_TYPES.map((d) => d.toLowerCase()).join('|')})\\s+(?:này|nói trên|trên)(?![\\p{L}])`, 'iu');

/** The document of that kind the text names last before the reference, up to where its clause ends. */
function antecedentOf(head: string, kind: string): string | null {
  const re = new RegExp(`(?<![\\p{L}])${kind}(?![\\p{L}])`, 'giu');
  const all = [...head.matchAll(re)];
  const last = all[all.length - 1];
  if (!last) return null;
  const title = head.slice(last.index).split(/[;:]|\.\s/u)[0]!.replace(ITEM_TAIL, '').trim();
  if (title.split(/\s+/).length < 3) return null;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

const MARGIN_FIRST = /^\s*với\s+(?:\d+(?:[.,]\d+)?\s*%|tỷ lệ[^,;]{0,20}?|\d+\/\d+)[^,;:]{0,60}?(?:tán thành|nhất trí|đồng ý|có mặt)\s+(?=\p{Lu})/u;

/** The object of an adoption is a count of documents: "thông qua 10 nghị quyết", "thông qua các nghị quyết quan trọng". */
const COUNTED = /^\s*(?:\d+|các|những|nhiều)\s+(?:nghị quyết|quyết định|tờ trình|đề án|văn bản)(?![\p{L}])/iu;
/** After the count, in its sentence: ", trong đó có …", "… cụ thể là …". */
const NAMED_AFTER_COUNT = /(?:,\s*|\s+)(?:trong đó(?:\s+có)?|cụ thể(?:\s+là)?|bao gồm|gồm(?:\s+có)?|đó là|như)\s*:?\s*(.+)$/iu;
/** The sentence after the count, opening with what names them: "Trong đó có …", "Cụ thể: …", "Đó là …". */
const NAMES_COUNTED = /^\s*(?:Trong đó(?:,)?(?:\s+có)?|Cụ thể(?:\s+là)?|Đó là|Bao gồm|Gồm)\s*:?\s*/u;

export const extractApprovals: Extractor = {
  id: 'approvals',
  run(ctx) {
    for (const s of ctx.sentences) {
      if (s.kind !== 'paragraph') continue;
      // "… là phương án tổ chức bộ máy …; UBKT Tỉnh ủy đã xem xét, thảo luận và thống nhất phương án này": the document
      // the sentence named before its "này"
      const back = BACK_REFERENCE.exec(s.canon);
      if (back) {
        const antecedent = antecedentOf(s.canon.slice(0, back.index), back[1]!);
        const meeting = antecedent ? meetingFor(ctx, s.index) : null;
        if (antecedent && meeting && !meeting.approved.includes(antecedent)) {
          meeting.approved.push(antecedent);
          meeting.evidence.approved.push({ ...provenance(ctx, s, 'approve.back-reference'), document: antecedent });
        }
      }
      const v = VERB_RE.exec(s.canon);
      if (!v) continue;
      if (/(chưa|không|sẽ|dự kiến|trình)\s+(\S+\s+)?$/iu.test(s.canon.slice(Math.max(0, v.index - 20), v.index))) continue;
      // a purpose ("Kỳ họp nhằm báo cáo …; thông qua …") is no adoption
      if (/(?<![\p{L}])(?:nhằm|để)(?![\p{L}])[^.]*$/iu.test(s.canon.slice(0, v.index))) continue;
      // a person who "thông qua tờ trình" presents it to the meeting; the vote comes later
      if (ctx.mentions.some((m) => m.sentence === s.index && m.after <= v.index && /^[\s,]*(?:(?:đã|cũng)\s+)*$/u.test(s.canon.slice(m.after, v.index)))) continue;
      // (the vote's margin may stand between the verb and what it adopts: "thông qua với 100% đại biểu tán thành Nghị quyết …")
      let list = s.canon.slice(v.index + v[0].length).replace(MARGIN_FIRST, ' ');
      // "thông qua các nghị quyết về: a; b; c": each item is a resolution of its own, named by the kind and "về"
      const kinds = KIND_LIST.exec(list);
      if (kinds) {
        const kind = kinds[1]!.charAt(0).toUpperCase() + kinds[1]!.slice(1).toLowerCase();
        list = list.slice(kinds[0].length).split(';').map((x) => {
          const item = x.replace(/^\s*(?:\(\d+\)|\d+[.)]|[-–+•])?\s*(?:và\s+)?/u, '');
          // an item written as a document of its own ("Nghị quyết số …") stays; a topic ("chương trình giám sát …") is the kind's
          return DOC_NAMED.test(item) || item.toLowerCase().startsWith(kinds[1]!.toLowerCase()) ? item : `${kind}${kinds[2] ? ` ${kinds[2]}` : ''} ${item}`;
        }).join(';');
      }
      const colon = list.indexOf(':');
      if (!kinds && colon >= 0 && colon < 120 && !list.slice(0, colon).includes(';')) list = list.slice(colon + 1);
      let items = splitApprovedItems(list);
      // "Nghị quyết về … đã được các đại biểu biểu quyết thông qua với tỷ lệ 100%": the documents before a passive verb
      if (items.length === 0) {
        const passive = PASSIVE_BEFORE.exec(s.canon.slice(0, v.index));
        if (passive) items = splitApprovedItems(passive[1]!);
      }
      // "thông qua 10 nghị quyết quan trọng, trong đó có Nghị quyết về A và Nghị quyết về B", or the sentence after it
      // opening "Trong đó có …", "Cụ thể: …": the documents a count of them goes on to name
      let namedIn = s;
      if (items.length === 0 && COUNTED.test(list)) {
        const own = NAMED_AFTER_COUNT.exec(list.split(/[.](?:\s|$)/u)[0]!);
        const next = ctx.sentences[s.index + 1];
        const after = !own && next && next.block === s.block ? NAMES_COUNTED.exec(next.canon) : null;
        if (own) items = splitApprovedItems(own[1]!);
        else if (after) { items = splitApprovedItems(next!.canon.slice(after[0].length)); namedIn = next!; }
      }
      if (items.length === 0) {
        if (/^\s*\d+\s+(nghị quyết|văn bản|tờ trình)/iu.test(list)) diagnose(ctx, 'approval.uncounted', `"${v[0]}${list.slice(0, 40)}": documents not named`, s.span);
        continue;
      }
      const meeting = meetingFor(ctx, s.index);
      if (!meeting) {
        diagnose(ctx, 'approval.no-meeting', 'an approval with no reported meeting', s.span);
        continue;
      }
      const rule = VERB_RULES.find(([re]) => re.test(v[1]!))?.[1] ?? 'approve.thong-qua';
      for (const doc of items) {
        if (meeting.approved.includes(doc)) continue;
        meeting.approved.push(doc);
        meeting.evidence.approved.push({ ...provenance(ctx, namedIn, namedIn === s ? rule : `${rule}+named-after-count`), document: doc });
      }
    }
  },
};
