// Normalised text → blocks: date line, title, paragraphs, captions, byline, photo credits, page furniture.
import type { Block, BlockKind, PageDate } from '../schema/article';

/**
 * "Thứ tư,  25/05/2022", "Thứ 4, 01/05/2024, 07:29[GMT+7]", "Thứ 5, 20/01/2022 | 19:35:08", "25/05/2022 08:15",
 * "Cập nhật: 10:20 15/07/2023", "Thứ Bảy, ngày 14/10/2023", "10:20 | 15/07/2023", "13:16, 04/10/2018 [GMT+7]".
 */
const TIME = String.raw`\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s*(?:\[?GMT\s*[+-]\s*\d+\]?|\(GMT\s*[+-]\s*\d+\)|SA|CH|AM|PM))?`;
const DATE_LINE = new RegExp(
  String.raw`^\s*(?:(?:Cập nhật|Ngày đăng|Đăng ngày|Đăng lúc|Ngày cập nhật|Xuất bản|Thời gian)(?:\s+lúc)?\s*:?\s*)?` +
  String.raw`(?:${TIME}\s*(?:[,|-]\s*)?)?` +
  String.raw`(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật|CN)\s*,?\s*)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})` +
  String.raw`(?:\s*(?:[,|-]\s*)?${TIME})?(?:\s*[[(]GMT\s*[+-]\s*\d+[\])])?\s*$`,
  'iu',
);

const FURNITURE: Array<{ re: RegExp; example: string }> = [
  { re: /^[\d.,]+\s+lượt\s+(xem|đọc)$/iu, example: '3,824 lượt xem' },
  { re: /^Video\s*:/iu, example: 'Video: 20122-hội_nghị_ban_chấp_hành_đảng_bộ_tỉnh.mp4' },
  { re: /^(Tin cùng chuyên mục|Xem tin theo ngày|Tin liên quan|Tin khác|Bài liên quan|Xem thêm|Chia sẻ|In bài|Gửi bình luận|Bình luận|Về đầu trang|Quay lại)\s*:?$/iu, example: 'Tin cùng chuyên mục' },
  { re: /^(Tags?|Từ khóa|Từ khoá)\s*:/iu, example: 'Từ khóa: hội nghị' },
  { re: /^(Trang chủ|Trang nhất|Home)\s*[|»>›/]/iu, example: 'Trang chủ | Thời sự | Chính trị' },
  { re: /^(In bài|Gửi bài|Lưu bài|Chia sẻ|Gửi email)(\s*[|·]\s*(In bài|Gửi bài|Lưu bài|Chia sẻ|Gửi email))+$/iu, example: 'In bài | Gửi bài' },
  { re: /^Cỡ chữ(?![\p{L}])/iu, example: 'Cỡ chữ: A- A A+' },
  { re: /^(Bản quyền|©|Copyright)(?![\p{L}])/iu, example: 'Bản quyền thuộc về Báo Lạng Sơn' },
  { re: /^Bình luận\s*\(\d+\)$/iu, example: 'Bình luận (0)' },
  // a section label alone on its line: "Chính trị - Xây dựng Đảng"
  { re: /^(?:(?:Chính trị|Xây dựng Đảng|Thời sự|Kinh tế|Xã hội|Trong tỉnh|Tin tức|Quốc phòng - An ninh|Văn hóa|Pháp luật)\s*(?:[-–|/»>›]\s*)?)+$/iu, example: 'Chính trị - Xây dựng Đảng' },
];
const CREDIT = /^\(?\s*(Ảnh|Ảnh minh họa|Ảnh minh hoạ|Video|Clip)\s*:/iu;

export function parsePageDate(line: string, offset: number): PageDate | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) return null;
  const start = offset + (line.length - line.trimStart().length);
  return { iso: isoDate(y, mo, d), span: [start, offset + line.trimEnd().length], raw: line.trim() };
}

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

interface RawBlock { lines: Array<{ text: string; start: number }>; blankBefore: number }

function rawBlocks(text: string): RawBlock[] {
  const out: RawBlock[] = [];
  let blank = 0;
  let current: RawBlock | null = null;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    if (line.trim() === '') {
      if (current) { out.push(current); current = null; }
      blank++;
      continue;
    }
    if (!current) { current = { lines: [], blankBefore: blank }; blank = 0; }
    current.lines.push({ text: line, start });
  }
  if (current) out.push(current);
  return out;
}

function trimmedSpan(line: { text: string; start: number }): [number, number] {
  const lead = line.text.length - line.text.trimStart().length;
  return [line.start + lead, line.start + line.text.trimEnd().length];
}

/** "Bài, ảnh: Thu Hằng", "Bài và ảnh: …", "Tin: …": the byline's lead-in, not a name. */
export const BYLINE_LEAD = /^(?:Bài|Tin|Nội dung)(?:\s*(?:,|và|\/|\+)\s*(?:ảnh|video|clip))?\s*:\s*/iu;

const looksLikeByline = (s: string): boolean => {
  const t = s.trim().replace(BYLINE_LEAD, '');
  if (t.length > 80 || /[.:;!?]$/.test(t) || /\d/.test(t)) return false;
  const words = t.replace(/\([^)]*\)/g, ' ').split(/\s+|[–—,-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || w === 'và');
};

/** Two sentences or more, the last ending with a full stop: a paragraph, not a headline. */
const PARAGRAPH_LIKE = /[.!?]["”]?\s+\p{Lu}.*[.!?]["”]?$/su;

export interface Blocks { blocks: Block[]; pageDate: PageDate | null; publishedDate: PageDate | null }

export function splitBlocks(text: string): Blocks {
  const raw = rawBlocks(text);
  const blocks: Block[] = [];
  let pageDate: PageDate | null = null;
  let publishedDate: PageDate | null = null;
  let seenTitle = false;
  let seenParagraph = false;
  const push = (kind: BlockKind, span: [number, number]) => blocks.push({ kind, span, text: text.slice(span[0], span[1]) });

  raw.forEach((b, bi) => {
    const first = b.lines[0]!;
    const firstDate = parsePageDate(first.text, first.start);
    if (bi === 0 && firstDate) {
      pageDate = firstDate;
      push('dateline', firstDate.span);
      b.lines.shift();
      if (b.lines.length === 0) return;
    }
    const joined = b.lines.map((l) => l.text.trim()).join(' ');
    const furniture = (t: string) => FURNITURE.some((f) => f.re.test(t));
    if (!seenTitle) {
      // page chrome above the title ("Trang chủ | Thời sự", "In bài | Gửi bài") is not the title
      if (b.lines.every((l) => furniture(l.text.trim()))) {
        for (const l of b.lines) push('furniture', trimmedSpan(l));
        return;
      }
      seenTitle = true;
      // a page whose only heading is its section's name ("Thời sự - Chính trị") opens with a paragraph: two sentences
      // or more, ending with a full stop. The section's name is then its title, and the paragraph one of its paragraphs
      const section = blocks[blocks.length - 1];
      if (!(section?.kind === 'furniture' && PARAGRAPH_LIKE.test(joined))) {
        push('title', [trimmedSpan(b.lines[0]!)[0], trimmedSpan(b.lines[b.lines.length - 1]!)[1]]);
        return;
      }
      section.kind = 'title';
    }
    const isCaption = !seenParagraph || b.lines.some((l) => furniture(l.text.trim()) || CREDIT.test(l.text.trim()))
      ? false
      : b.blankBefore >= 2 && joined.length < 300 && (b.lines.length > 1 || !/[.!?]$/.test(joined));
    if (isCaption) {
      push('caption', [trimmedSpan(b.lines[0]!)[0], trimmedSpan(b.lines[b.lines.length - 1]!)[1]]);
      return;
    }
    for (const line of b.lines) {
      const t = line.text.trim();
      const span = trimmedSpan(line);
      const date = !seenParagraph ? parsePageDate(line.text, line.start) : null;
      if (date) {
        publishedDate ??= date;
        push('dateline', date.span);
      } else if (furniture(t)) {
        push('furniture', span);
      } else if (CREDIT.test(t)) {
        push('credit', span);
      } else {
        push('paragraph', span);
        seenParagraph = true;
      }
    }
  });

  // The byline is the last paragraph when it reads as names only ("MAI CHI – PHƯƠNG VY", "Đào Quyên").
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.kind === 'furniture' || b.kind === 'credit') continue;
    if ((b.kind === 'paragraph' || b.kind === 'caption') && looksLikeByline(b.text)) b.kind = 'byline';
    break;
  }
  return { blocks, pageDate, publishedDate };
}
