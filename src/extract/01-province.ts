// The article's province: the paper's dateline code, else the province the text names most ("tỉnh X",
// "Tỉnh ủy X", a city or district of it); null when the text does not let a reader tell.
import { FAMILY_NAMES } from '../lexicon/names';
import { DATELINE_CODES, PROVINCES } from '../lexicon/places';
import { fold } from '../text/canon';
import { provenance, type Extractor } from './context';
import { placeAt } from './tokens';

const FOLDED_PROVINCES = PROVINCES.map((p) => ({ name: p.name, key: fold(p.name).replace(/[^a-z]/g, '') }));

/** "LSO" → Lạng Sơn; "Baohatinh.vn" → Hà Tĩnh. */
export function provinceOfDateline(code: string): string | null {
  const byCode = DATELINE_CODES.find((d) => d.code === code.toUpperCase());
  if (byCode) return byCode.province;
  const k = fold(code).replace(/[^a-z]/g, '').replace(/^bao/, '').replace(/vn$/, '');
  return FOLDED_PROVINCES.find((p) => p.key === k)?.name ?? null;
}

const QUALIFIERS = new Set(['tỉnh', 'Tỉnh', 'ủy', 'uỷ', 'phố']);

const capitalised = (t: string | undefined) => !!t && /^\p{Lu}/u.test(t);
/**
 * A place name that ends a personal name is no place: "Nguyễn Thanh Vinh" (Vinh, Nghệ An), "Lê Hồng Hà Giang".
 * The capitalised words right before it run back to a family name.
 */
export function insideName(tokens: ReadonlyArray<{ text: string; start: number; end: number }>, i: number): boolean {
  // a name's syllables are joined by one space: "Thái Bình – Trà Vinh" is two places, not a name
  const joined = (k: number) => tokens[k + 1]!.start - tokens[k]!.end === 1;
  let k = i - 1;
  while (k >= 0 && joined(k) && capitalised(tokens[k]?.text) && !FAMILY_NAMES.has(tokens[k]!.text)) k--;
  return k >= 0 && joined(k) && FAMILY_NAMES.has(tokens[k]!.text);
}

/**
 * A hometown or a birthplace is no place of the article's posts: "Bí thư Thành ủy Lê Tiến Châu 56 tuổi, quê tỉnh
 * Tây Ninh"; "quê quán xã Vượng Lộc, huyện Can Lộc, tỉnh Hà Tĩnh".
 */
const HOMETOWN_BEFORE = /(?<![\p{L}])(?:quê|quê quán|quê hương|sinh ra tại|sinh ra ở|sinh tại|sinh ở)(?![\p{L}])[^.;:]{0,60}$/u;
export function isHometown(canon: string, at: number): boolean {
  return HOMETOWN_BEFORE.test(canon.slice(Math.max(0, at - 70), at));
}

/** The provinces a sentence names, in order, from character `from` on. */
export function namedIn(s: { tokens: Array<{ text: string; start: number; end: number }>; canon: string }, from = 0): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.tokens[i]!.start < from) continue;
    const place = placeAt(s.tokens, s.canon, i);
    if (!place || insideName(s.tokens, i) || isHometown(s.canon, s.tokens[i]!.start)) continue;
    out.push(place.province);
    i += place.len - 1;
  }
  return out;
}

/** A headline that moves someone to a post: "Chủ tịch tỉnh Đắk Nông được điều động giữ chức vụ Bí thư Tỉnh uỷ Đắk Lắk". */
const MOVED_TO = /(?<![\p{L}])(?:giữ chức(?: vụ| danh)?|về làm|làm|được bầu làm|được bầu|nhận chức)\s+/u;

export const extractProvince: Extractor = {
  id: 'province',
  run(ctx) {
    const first = ctx.sentences.find((s) => s.kind === 'paragraph');
    if (ctx.article.dateline) {
      const p = provinceOfDateline(ctx.article.dateline);
      if (p && first) {
        ctx.province = p;
        ctx.provinceEvidence = provenance(ctx, first, 'province.dateline');
        return;
      }
    }
    // a digest of several provinces, whose title names them all, is the first one's:
    // "Đoàn đại biểu 3 tỉnh Thanh Hóa - Nghệ An - Hà Tĩnh dâng hương …", "Bầu … tỉnh Hòa Bình và Vĩnh Long"
    const title = ctx.sentences.find((s) => s.kind === 'title');
    const inTitle = title ? namedIn(title) : [];
    if (new Set(inTitle).size >= 2) {
      // a headline that moves someone from one province to a post in another is about the post's province
      const moved = MOVED_TO.exec(title!.canon);
      const there = moved ? namedIn(title!, moved.index + moved[0].length) : [];
      if (there.length > 0) {
        ctx.province = there[0]!;
        ctx.provinceEvidence = provenance(ctx, title!, 'province.moved-to');
        return;
      }
      ctx.province = inTitle[0]!;
      ctx.provinceEvidence = provenance(ctx, title!, 'province.digest-title');
      return;
    }
    const score = new Map<string, { n: number; first: number; sentence: number }>();
    for (const s of ctx.sentences) {
      for (let i = 0; i < s.tokens.length; i++) {
        const place = placeAt(s.tokens, s.canon, i);
        if (!place || insideName(s.tokens, i) || isHometown(s.canon, s.tokens[i]!.start)) continue;
        const before = s.tokens[i - 1]?.text ?? '';
        const weight = QUALIFIERS.has(before) ? 2 : 1;
        const cur = score.get(place.province) ?? { n: 0, first: s.span[0] + i, sentence: s.index };
        cur.n += weight;
        score.set(place.province, cur);
        i += place.len - 1;
      }
    }
    const best = [...score.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
    if (best) {
      ctx.province = best[0];
      ctx.provinceEvidence = provenance(ctx, ctx.sentences[best[1].sentence]!, 'province.named');
    }
  },
};
