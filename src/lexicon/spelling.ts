// Spelling variants that mean the same: old tone placement, typos seen in provincial papers, abbreviations.
// Each entry carries an example of the surface form it mends.
import { bodyName, CENTRAL_OFFICES, COMMUNE_OFFICES, DISTRICT_OFFICES, postOf, PROVINCIAL_OFFICES } from './offices';
import { BODY_HEADS, NAMED_BODIES, TITLES, TOPIC_HEADS } from './posts';
import { CaseVocabulary, isLetterAt, lowerAt, rewriteCase } from '../text/phrase-case';

/** Old-style tone placement on open syllables ("uỷ", "hoà") → the modern one ("ủy", "hòa"). */
export const OLD_TONE_PLACEMENT: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
  'Oà': 'Òa', 'Oá': 'Óa', 'Oả': 'Ỏa', 'Oã': 'Õa', 'Oạ': 'Ọa',
  'Uỳ': 'Ùy', 'Uý': 'Úy', 'Uỷ': 'Ủy', 'Uỹ': 'Ũy', 'Uỵ': 'Ụy',
};

export interface Typo { id: string; pattern: RegExp; replacement: string; example: string }

/** Typos that are never meant as written. */
export const TYPOS: Typo[] = [
  { id: 'typo.truong-doan', pattern: /(?<![\p{L}])Trường Đoàn(?= ĐBQH| đại biểu| Đại biểu)/gu, replacement: 'Trưởng Đoàn',
    example: 'Hoàng Trung Dũng, Bí thư Tỉnh ủy, Chủ tịch HĐND, Trường Đoàn ĐBQH tỉnh Hà Tĩnh' },
  { id: 'typo.tinh-uy', pattern: /(?<![\p{L}])Tình (ủy|uỷ)(?![\p{L}])/gu, replacement: 'Tỉnh $1',
    example: 'Đề án số 01 – ĐA/TU ngày 31/5/2021 của Ban Thường vụ Tình ủy' },
];

/**
 * `in`: where it is spelled out. "keys": in every matching key (canonKey, lookups typed by a user), display keeps
 * it; "reading": in the form extractors read a sentence in (READING_RULES), for the abbreviations the post grammar
 * does not read as they are. Abbreviations that only context tells apart (TP before a name, GĐ before Sở, CT before
 * UBND) are reading rules of their own below.
 */
export interface Abbreviation { short: string; long: string; example: string; in: Array<'keys' | 'reading'> }

/** The abbreviations of titles, bodies and places, one table. */
export const ABBREVIATIONS: Abbreviation[] = [
  { short: 'UBND', long: 'Ủy ban nhân dân', example: 'Chủ tịch UBND tỉnh', in: ['keys'] },
  { short: 'HĐND', long: 'Hội đồng nhân dân', example: 'Chủ tịch HĐND tỉnh', in: ['keys'] },
  { short: 'MTTQ', long: 'Mặt trận Tổ quốc', example: 'Ủy ban MTTQ Việt Nam tỉnh', in: ['keys'] },
  { short: 'BCH', long: 'Ban Chấp hành', example: 'BCH Đảng bộ tỉnh', in: ['keys'] },
  { short: 'BTV', long: 'Ban Thường vụ', example: 'BTV Tỉnh ủy', in: ['keys'] },
  { short: 'ĐBQH', long: 'Đại biểu Quốc hội', example: 'Đoàn ĐBQH tỉnh', in: ['keys'] },
  { short: 'TƯ', long: 'Trung ương', example: 'Ủy viên TƯ Đảng', in: ['keys'] },
  { short: 'TW', long: 'Trung ương', example: 'Ủy viên BCH TW Đảng', in: ['keys'] },
  { short: 'T.Ư', long: 'Trung ương', example: 'Ủy viên T.Ư Đảng', in: ['keys'] },
  { short: 'UBKT', long: 'Ủy ban Kiểm tra', example: 'Chủ nhiệm UBKT Tỉnh ủy', in: ['keys', 'reading'] },
  { short: 'UVBTV', long: 'Ủy viên Ban Thường vụ', example: 'ông Nguyễn Văn A, UVBTV Tỉnh ủy, Trưởng Ban Tuyên giáo', in: ['reading'] },
  { short: 'UV BTV', long: 'Ủy viên Ban Thường vụ', example: 'UV BTV Tỉnh ủy', in: ['reading'] },
  { short: 'UV.BTV', long: 'Ủy viên Ban Thường vụ', example: 'UV.BTV Tỉnh ủy', in: ['reading'] },
  { short: 'TTTU', long: 'Thường trực Tỉnh ủy', example: 'TTTU làm việc với Ban Thường vụ Huyện ủy', in: ['reading'] },
  { short: 'PCT TT', long: 'Phó Chủ tịch Thường trực', example: 'PCT TT UBND tỉnh Nguyễn Chí Hiến chủ trì hội nghị', in: ['reading'] },
  { short: 'PCT', long: 'Phó Chủ tịch', example: 'Phan Đình Phùng, PCT UBND tỉnh', in: ['reading'] },
  { short: 'PBT', long: 'Phó Bí thư', example: 'Phạm Đại Dương, PBT Tỉnh ủy, Chủ tịch UBND tỉnh', in: ['reading'] },
  { short: 'UBMTTQ', long: 'Ủy ban MTTQ', example: 'Chủ tịch UBMTTQ Việt Nam tỉnh', in: ['reading'] },
  { short: 'TT&TT', long: 'Thông tin và Truyền thông', example: 'giữ chức Giám đốc Sở TT&TT', in: ['reading'] },
  { short: 'NN&PTNT', long: 'Nông nghiệp và Phát triển nông thôn', example: 'Giám đốc Sở NN&PTNT', in: ['reading'] },
  { short: 'KH&ĐT', long: 'Kế hoạch và Đầu tư', example: 'Giám đốc Sở KH&ĐT', in: ['reading'] },
  { short: 'TN&MT', long: 'Tài nguyên và Môi trường', example: 'Giám đốc Sở TN&MT', in: ['reading'] },
  { short: 'GD&ĐT', long: 'Giáo dục và Đào tạo', example: 'Giám đốc Sở GD&ĐT', in: ['reading'] },
  { short: 'KH&CN', long: 'Khoa học và Công nghệ', example: 'Giám đốc Sở KH&CN', in: ['reading'] },
  { short: 'LĐ-TB&XH', long: 'Lao động - Thương binh và Xã hội', example: 'Giám đốc Sở LĐ-TB&XH', in: ['reading'] },
  { short: 'LĐTB&XH', long: 'Lao động - Thương binh và Xã hội', example: 'Sở LĐTB&XH', in: ['reading'] },
  { short: 'LĐTBXH', long: 'Lao động - Thương binh và Xã hội', example: 'Sở LĐTBXH', in: ['reading'] },
  { short: 'VH,TT&DL', long: 'Văn hóa, Thể thao và Du lịch', example: 'Giám đốc Sở VH,TT&DL', in: ['reading'] },
  { short: 'VH, TT&DL', long: 'Văn hóa, Thể thao và Du lịch', example: 'Sở VH, TT&DL', in: ['reading'] },
  { short: 'VHTT&DL', long: 'Văn hóa, Thể thao và Du lịch', example: 'Sở VHTT&DL', in: ['reading'] },
  { short: 'VHTTDL', long: 'Văn hóa, Thể thao và Du lịch', example: 'Sở VHTTDL', in: ['reading'] },
  { short: 'VH-TT-DL', long: 'Văn hóa, Thể thao và Du lịch', example: 'thôi giữ chức Ủy viên Ban cán sự Đảng Bộ VH-TT-DL', in: ['reading'] },
  { short: 'VH-TT&DL', long: 'Văn hóa, Thể thao và Du lịch', example: 'Giám đốc Sở VH-TT&DL', in: ['reading'] },
  { short: 'GTVT', long: 'Giao thông vận tải', example: 'Giám đốc Sở GTVT', in: ['reading'] },
  { short: 'NDVN', long: 'Nông dân Việt Nam', example: 'Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN', in: ['reading'] },
  { short: 'LHPN', long: 'Liên hiệp Phụ nữ', example: 'Chủ tịch Hội LHPN huyện', in: ['reading'] },
  { short: 'CCB', long: 'Cựu chiến binh', example: 'Chủ tịch Hội CCB tỉnh', in: ['reading'] },
  { short: 'TNCS', long: 'Thanh niên Cộng sản', example: 'Bí thư Tỉnh đoàn TNCS Hồ Chí Minh', in: ['reading'] },
  { short: 'BCHQS', long: 'Bộ Chỉ huy Quân sự', example: 'Chỉ huy trưởng BCHQS tỉnh', in: ['reading'] },
  { short: 'VKSND', long: 'Viện Kiểm sát nhân dân', example: 'Viện trưởng VKSND tỉnh', in: ['reading'] },
  { short: 'BĐBP', long: 'Bộ đội Biên phòng', example: 'Chính ủy BĐBP tỉnh', in: ['reading'] },
  { short: 'TAND', long: 'Tòa án nhân dân', example: 'Chánh án TAND tỉnh', in: ['reading'] },
  { short: 'TU', long: 'Tỉnh ủy', example: 'Phó Bí thư TU, Chủ tịch UBND tỉnh', in: ['reading'] },
  { short: 'TP.', long: 'thành phố', example: 'TP. Lạng Sơn', in: ['keys'] },
  { short: 'TP', long: 'thành phố', example: 'TP Lạng Sơn', in: ['keys'] },
];

interface RuleBase {
  id: string;
  /**
   * literal strings one of which every match contains: a text without any of them is left alone, unsearched; null for a
   * rule that runs on every text
   */
  needles: string[] | null;
  example: string;
}
/** A rule as a pattern and its replacement, or as a rewrite of the whole text (a vocabulary read by lookup). */
export type ReadingRule =
  | RuleBase & { pattern: RegExp; replacement: string | ((m: string, ...groups: string[]) => string) }
  | RuleBase & { rewrite: (text: string) => string };

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The councils' and committees' long forms, beside the abbreviations the inventory writes. */
const LONG_FORMS: Array<[RegExp, string]> = [
  [/HĐND/gu, 'Hội đồng nhân dân'], [/UBND/gu, 'Ủy ban nhân dân'], [/MTTQ Việt Nam/gu, 'Mặt trận Tổ quốc Việt Nam'], [/Đoàn ĐBQH/gu, 'Đoàn đại biểu Quốc hội'],
];

/**
 * Every post of the inventory of offices (src/lexicon/offices.ts), whatever capitals a paper gives it ("chủ nhiệm ủy
 * ban kiểm tra tỉnh ủy", "Trưởng ban tổ chức Tỉnh ủy", "Phó chủ tịch Hội đồng nhân dân tỉnh"): read as the inventory
 * writes it.
 */
const INVENTORY = [...PROVINCIAL_OFFICES, ...DISTRICT_OFFICES, ...COMMUNE_OFFICES, ...CENTRAL_OFFICES];
const OFFICE_FORMS = INVENTORY
  .flatMap((o) => o.titles.map((t) => postOf(t, o.body)))
  .flatMap((x) => [x, ...LONG_FORMS.filter(([re]) => x.match(re)).map(([re, long]) => x.replace(re, long))]);

const OFFICES = new CaseVocabulary(OFFICE_FORMS);

/**
 * Titles whatever their capitals, when a body of the grammar, a level or a capitalised word follows: "phó chủ tịch
 * UBND tỉnh", "giám đốc sở Y tế", "bí thư Nguyễn Văn A"; the body is read as the grammar writes it too. A title of
 * two syllables or more opening with a capital is one wherever it stands ("Các Phó bí thư gồm: …"). Each title has one
 * written form (the grammar's first; "Trưởng Ban" over "Trưởng ban").
 */
const TITLE_VOCABULARY = new CaseVocabulary([...TITLES.map((t) => t.text).filter((t) => /^(?:Phó )?Trưởng Ban$/u.test(t)), ...TITLES.map((t) => t.text)]);
const BODY_VOCABULARY = new CaseVocabulary([...INVENTORY.map(bodyName), ...NAMED_BODIES, ...BODY_HEADS.map((b) => b.text),
  'Văn phòng', 'Công an', 'Vụ', 'Cục', 'Phòng', 'Mặt trận', 'MTTQ', 'Tòa án', 'Viện Kiểm sát', 'Trung ương', 'Bộ',
  // (a board after "Trưởng Ban": "Trưởng Ban chỉ đạo")
  ...TOPIC_HEADS.filter((h) => h.startsWith('Ban ')).map((h) => h.slice(4))]);
const LEVELS_AFTER = new CaseVocabulary(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thị xã', 'thị trấn', 'thành phố']);
/** Boards named by their topic, whose head means the board in any capitals: "Ban chỉ đạo Công tác …". */
const BOARDS = new CaseVocabulary(TOPIC_HEADS.filter((h) => h.startsWith('Ban ')));
const POST_OPENINGS = CaseVocabulary.openingsOf([TITLE_VOCABULARY, BOARDS]);
const isUpperAt = (s: string, i: number) => isLetterAt(s, i) && lowerAt(s, i) !== s.charCodeAt(i);
/** A capital or a level word at offset i: what may follow a title whose body is not written. */
const placeOrCapitalAt = (s: string, i: number) => isUpperAt(s, i) || LEVELS_AFTER.at(s, i) !== null;

/** Posts of the inventory first, whole; else a title and what follows it; else a board. One pass over the text. */
const postsInAnyCase = (t: string) => rewriteCase(t, POST_OPENINGS, (text, i) => {
  const title = TITLE_VOCABULARY.at(text, i);
  if (!title) {
    const board = BOARDS.at(text, i);
    return board ? { rewrites: [{ at: i, form: board.form }], next: board.end } : null;
  }
  const office = OFFICES.at(text, i);
  if (office) return { rewrites: [{ at: i, form: office.form }], next: office.end };
  const after = title.end + 1;
  if (text[title.end] === ' ') {
    const body = BODY_VOCABULARY.at(text, after);
    // (a one-word body written in another case is a body only before a capital or a level: "Thứ trưởng ban hành …" is
    // no post, "giám đốc sở Y tế" is)
    if (body && (body.form.includes(' ') || text.startsWith(body.form, after) || (text[body.end] === ' ' && placeOrCapitalAt(text, body.end + 1)))) {
      return { rewrites: [{ at: i, form: title.form }, { at: after, form: body.form }], next: body.end };
    }
    if (placeOrCapitalAt(text, after)) return { rewrites: [{ at: i, form: title.form }], next: title.end };
  }
  return isUpperAt(text, i) && title.form.includes(' ') ? { rewrites: [{ at: i, form: title.form }], next: title.end } : null;
});

const W = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}/&.-])${s}(?![\\p{L}\\p{N}&])`, 'gu');

/** An abbreviation of the table spelled out in the reading form, as a word of its own ("TU" but not "NQ/TU"). */
function readingRuleOf(a: Abbreviation): ReadingRule {
  return { id: `abbr.${a.short}`, needles: [a.short], pattern: W(literal(a.short).replace(/ /g, '\\s+')), replacement: a.long, example: a.example };
}

/**
 * How a sentence is read (not how it is shown): abbreviations of titles, bodies and places that newspapers
 * write in running text, spelled out so that one post grammar reads them all, and capitals that papers put
 * inside a body's fixed name. The reading form may be longer than the text; provenance keeps the sentence as
 * written. Abbreviations the grammar reads as they are (UBND, HĐND, BCH, BTV, TƯ) are not here.
 */
export const READING_RULES: ReadingRule[] = [
  { id: 'abbr.in-brackets', needles: ['('], pattern: / \((?:\p{Lu}[\p{Lu}Đ&.,-]*\p{Lu}|TT&TT|UBKT|HĐND|UBND)\)(?=[\s,.;:])/gu, replacement: '', example: 'Phó Giám đốc Sở Thông tin và Truyền thông (TT&TT) giữ chức Giám đốc Sở TT&TT; Ủy ban Kiểm tra (UBKT) Tỉnh ủy' },
  { id: 'abbr.t-u', needles: ['T.Ư'], pattern: /(?<![\p{L}])T\.Ư(?![\p{L}])/gu, replacement: 'TƯ', example: 'đồng chí Đặng Quốc Khánh, Ủy viên Dự khuyết BCH T.Ư Đảng, Bí thư Tỉnh ủy' },
  { id: 'abbr.tphcm', needles: ['HCM', 'Hồ Chí Minh'], pattern: W('(?:TP\\.?\\s?HCM|TPHCM|Tp\\.?\\s?HCM|TP\\.?\\s?Hồ Chí Minh)'), replacement: 'thành phố Hồ Chí Minh', example: 'Phó Chủ tịch HĐND TPHCM Nguyễn Văn Thọ' },
  { id: 'abbr.tp', needles: ['TP', 'Tp'], pattern: W('(?:TP\\.|Tp\\.|TP)(?=\\s*\\p{Lu})'), replacement: 'thành phố', example: 'HĐND TP. Đồng Hới khóa XXI' },
  { id: 'abbr.pgd', needles: ['PGĐ', 'GĐ'], pattern: /(?<![\p{L}\p{N}])(P?)GĐ(?= (?:Sở|Công an|Bệnh viện|Kho bạc|Ngân hàng|Đài|Trung tâm|Ban quản lý)(?![\p{L}]))/gu,
    replacement: (_m, p: string) => (p ? 'Phó Giám đốc' : 'Giám đốc'), example: 'ông Trần Văn B, PGĐ Sở Tài chính' },
  { id: 'abbr.ct', needles: ['CT '], pattern: /(?<![\p{L}\p{N}])CT(?= (?:UBND|HĐND|UBMTTQ|Ủy ban|Hội đồng)(?![\p{L}]))/gu, replacement: 'Chủ tịch', example: 'ông Lê Văn C, CT UBND huyện' },
  { id: 'abbr.tx', needles: ['TX.', 'TX '], pattern: /(?<![\p{L}\p{N}])TX\.?(?= \p{Lu})/gu, replacement: 'thị xã', example: 'Bí thư Thị ủy TX. Hồng Lĩnh' },
  { id: 'abbr.q', needles: ['Q.'], pattern: /(?<![\p{L}\p{N}])Q\.\s?(?=\d{1,2}(?!\d))/gu, replacement: 'quận ', example: 'Bí thư Quận ủy Q.1' },
  // the abbreviations of the table above that are spelled out for reading, longest first where one contains another
  ...ABBREVIATIONS.filter((a) => a.in.includes('reading')).map(readingRuleOf),
  { id: 'abbr.pho-ban', needles: ['Phó ban'], pattern: /(?<![\p{L}])Phó ban(?= (?:Thường trực |thường trực )?\p{Lu})/gu, replacement: 'Phó Trưởng Ban', example: 'được điều động, thôi giữ chức Phó ban Thường trực Ban Dân vận Trung ương' },
  { id: 'abbr.chqs', needles: ['CHQS'], pattern: /(?<![\p{L}\p{N}])(?:Bộ\s)?CHQS(?![\p{L}\p{N}])/gu, replacement: 'Bộ Chỉ huy Quân sự', example: 'Chỉ huy trưởng Bộ CHQS tỉnh' },
  { id: 'abbr.bdbp', needles: ['BĐBP'], pattern: /(?<![\p{L}\p{N}])(?:Bộ\s)?(?:Chỉ huy\s)?BĐBP(?![\p{L}\p{N}])/gu, replacement: 'Bộ Chỉ huy Bộ đội Biên phòng', example: 'Chỉ huy trưởng BĐBP tỉnh' },
  { id: 'case.nhan-dan', needles: ['Nhân dân'], pattern: /(?<=(?:Hội đồng|Ủy ban|Uỷ ban|Tòa án|Viện Kiểm sát|Viện kiểm sát) )Nhân dân(?![\p{L}])/gu, replacement: 'nhân dân', example: 'Phó Chủ tịch Hội đồng Nhân dân thành phố' },
  { id: 'case.posts', needles: null, rewrite: postsInAnyCase,
    example: 'chủ nhiệm ủy ban kiểm tra tỉnh ủy; Trưởng ban tổ chức Tỉnh ủy; phó bí thư Tỉnh ủy; giám đốc sở Y tế; Các Phó bí thư gồm: ông U Huấn' },
  { id: 'case.pho-truong', needles: ['Phó trưởng'], pattern: /(?<![\p{L}])Phó trưởng (?=Ban|Đoàn|Phòng|ban (?:Thường trực|thường trực|\p{Lu}))/gu, replacement: 'Phó Trưởng ', example: 'Phó trưởng Ban Thường trực Ban Kinh tế T.Ư, Chủ tịch HĐND tỉnh' },
  { id: 'phrase.truong-ban-ban', needles: ['rưởng ban Ban', 'rưởng Ban Ban'], pattern: /(?<![\p{L}])(Phó )?Trưởng [Bb]an (?=Ban \p{Lu})/gu, replacement: (_m, pho: string | undefined) => `${pho ?? ''}Trưởng `,
    example: 'Trưởng ban Ban Tổ chức Trung ương Trương Thị Mai trao Quyết định; Thượng tướng Nguyễn Trọng Nghĩa, Trưởng ban Ban Tuyên giáo Trung ương' },
  { id: 'case.truong-ban', needles: ['rưởng ban', 'trưởng ban'], pattern: /(?<![\p{L}])(Phó |phó )?(?<!Thứ |Bộ )[Tt]rưởng ban (?=\p{Lu})(?!Ban\s)/gu, replacement: (_m, pho: string | undefined) => `${pho ? 'Phó ' : ''}Trưởng Ban `,
    example: 'ông Lê Văn Sáu, trưởng ban Tuyên giáo Tỉnh ủy phát biểu' },
  { id: 'phrase.truong-doan-doan', needles: ['rưởng đoàn Đoàn', 'rưởng Đoàn Đoàn'], pattern: /(?<![\p{L}])(Phó )?Trưởng [Đđ]oàn (?=Đoàn \p{Lu})/gu, replacement: (_m, pho: string | undefined) => `${pho ?? ''}Trưởng `,
    example: 'đại biểu Tạ Minh Tâm, Phó Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh Tiền Giang' },
  { id: 'name.gtvt', needles: ['Vận tải'], pattern: /(?<![\p{L}])Giao thông\s*[-–]\s*Vận tải(?![\p{L}])/gu, replacement: 'Giao thông vận tải', example: 'ông Nguyễn Văn Thắng, Bộ trưởng Bộ Giao thông - Vận tải trao quyết định' },
  { id: 'name.vh-tt-dl', needles: ['Văn hóa, Thể thao'], pattern: /(?<![\p{L}])Văn hóa, Thể thao và Du lịch(?![\p{L}])/gu, replacement: 'Văn hóa - Thể thao và Du lịch', example: 'Lê Văn Trung, Giám đốc Sở Văn hóa, Thể thao và Du lịch' },
  { id: 'name.ld-tb-xh', needles: ['Lao động, Thương'], pattern: /(?<![\p{L}])Lao động, Thương binh và Xã hội(?![\p{L}])/gu, replacement: 'Lao động - Thương binh và Xã hội', example: 'bầu cử bổ sung Ủy viên Ủy ban nhân dân tỉnh đối với ông …, Giám đốc Sở Lao động, Thương binh và Xã hội' },
  { id: 'phrase.ban-cua-hdnd', needles: ['của HĐND', 'của Hội đồng nhân dân'], pattern: /(?<![\p{L}])(Ban(?: (?!của )[^\s,;.()]+){1,6}) của (?=(?:HĐND|Hội đồng nhân dân)(?![\p{L}]))/gu, replacement: '$1 ',
    example: 'HĐND tỉnh bầu chức danh Phó Trưởng Ban Văn hoá - Xã hội của HĐND tỉnh khoá XVII đối với bà …' },
  { id: 'phrase.thanh-vien-ubnd', needles: ['thành viên'], pattern: /(?<![\p{L}])[Tt]hành viên (?=(?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}]))/gu, replacement: 'Ủy viên ',
    example: 'bầu bổ sung thành viên UBND tỉnh đối với ông …, Chánh văn phòng UBND tỉnh (FORMAT.md: "thành viên UBND tỉnh X" is "Ủy viên UBND tỉnh X")' },
  { id: 'case.uy-vien', needles: ['ủy viên', 'uỷ viên'], pattern: /(?<![\p{L}])(?:([Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị) )?(?<!(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) )[uủ][ỷy] viên(?= (?:Ban|Bộ|Ủy ban|Uỷ ban|Trung ương|TƯ|BCH|BTV|UBND|Hội đồng|dự khuyết)(?![\p{L}])|(?=\s*[,;)]))/gu,
    replacement: (m: string, level: string | undefined) => (level ? `${capital(level)} ủy viên` : 'Ủy viên'), example: 'ông Đào Công Thiên, tỉnh ủy viên, ủy viên Ban cán sự đảng, Phó chủ tịch UBND tỉnh' },
  { id: 'case.party-committee', needles: ['tỉnh ủy', 'thành ủy', 'huyện ủy', 'thị ủy', 'quận ủy', 'đảng ủy'], pattern: /(?<=(?:Bí thư|Phó Bí thư|Ủy viên|Thường vụ|Thường trực|Ban Chấp hành) )(tỉnh ủy|thành ủy|huyện ủy|thị ủy|quận ủy|đảng ủy)(?![\p{L}])/gu,
    replacement: (m) => capital(m), example: 'Đồng chí Nguyễn Tiến Thuận tái đắc cử Bí thư thị ủy Bỉm Sơn' },
  { id: 'phrase.truong-doan-cua-tinh', needles: ['đoàn đại biểu Quốc hội'], pattern: /(?<![\p{L}])[Tt]rưởng đoàn đại biểu Quốc hội(?: của)? (?=tỉnh|thành phố)/gu, replacement: 'Trưởng Đoàn ĐBQH ', example: 'ông Nguyễn Ngọc Thiện, bí thư Tỉnh ủy kiêm trưởng đoàn đại biểu Quốc hội của tỉnh' },
  { id: 'case.truong-doan', needles: ['đoàn'], pattern: /(?<![\p{L}])(Trưởng|Phó Trưởng) đoàn (?=ĐBQH|Đại biểu|đại biểu)/gu, replacement: '$1 Đoàn ', example: 'Thái Thanh Quý, Bí thư Tỉnh ủy, Chủ tịch HĐND, Trưởng đoàn ĐBQH tỉnh Nghệ An' },
  { id: 'case.quoc-hoi', needles: ['Quốc Hội'], pattern: /(?<![\p{L}])Quốc Hội(?![\p{L}])/gu, replacement: 'Quốc hội', example: 'Phó Chủ tịch Thường trực Quốc Hội' },
  { id: 'abbr.doan-dbqh', needles: ['biểu Quốc hội'], pattern: /(?<![\p{L}])Đoàn [đĐ]ại biểu Quốc hội(?![\p{L}])/gu, replacement: 'Đoàn ĐBQH', example: 'Trưởng Đoàn đại biểu Quốc hội tỉnh Thái Nguyên' },
  { id: 'phrase.doan-dbqh-don-vi', needles: ['đơn vị'], pattern: /(?<![\p{L}])Đoàn ĐBQH(?: (?:khóa|khoá) [IVXLC]+)?,? đơn vị (?=tỉnh|thành phố)/gu, replacement: 'Đoàn ĐBQH ', example: 'Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH khóa XIV đơn vị tỉnh Hà Giang' },
  { id: 'case.quan-su', needles: ['quân sự'], pattern: /(?<![\p{L}])Bộ Chỉ huy quân sự(?![\p{L}])/gu, replacement: 'Bộ Chỉ huy Quân sự', example: 'Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh' },
  { id: 'case.du-khuyet', needles: ['Dự khuyết'], pattern: /(?<=Ủy viên )Dự khuyết(?![\p{L}])/gu, replacement: 'dự khuyết', example: 'Đồng chí Đào Hồng Lan, Ủy viên Dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy' },
  { id: 'case.ban-can-su', needles: ['án sự', 'án Sự'], pattern: /(?<![\p{L}])Ban [Cc]án [Ss]ự [Đđ]ảng(?![\p{L}])/gu, replacement: 'Ban cán sự đảng', example: 'Phó Bí thư Ban cán sự Đảng, Phó Chủ tịch UBND tỉnh' },
  { id: 'case.bo-chinh-tri', needles: ['Bộ chính trị'], pattern: /(?<![\p{L}])Bộ chính trị(?![\p{L}])/gu, replacement: 'Bộ Chính trị', example: 'Đại tướng Phan Văn Giang, Ủy viên Bộ chính trị, Bộ trưởng Bộ Quốc phòng' },
  { id: 'case.ban-thuong-vu', needles: ['Ban thường vụ'], pattern: /(?<![\p{L}])Ban thường vụ(?= Tỉnh ủy| Thành ủy| Huyện ủy| Quận ủy| Thị ủy| Đảng ủy)/gu, replacement: 'Ban Thường vụ', example: 'cùng các Ủy viên Ban thường vụ Tỉnh ủy: ông Đặng Minh Ngọc' },
  { id: 'case.ban-chap-hanh', needles: ['Ban chấp hành'], pattern: /(?<![\p{L}])Ban chấp hành(?![\p{L}])/gu, replacement: 'Ban Chấp hành', example: 'chiều 27/12, Ban chấp hành Đảng bộ tỉnh Hà Giang tổ chức Hội nghị lần thứ 29' },
  { id: 'case.hoi-dong', needles: ['Hội Đồng Nhân Dân'], pattern: /(?<![\p{L}])Hội Đồng Nhân Dân(?![\p{L}])/gu, replacement: 'Hội đồng nhân dân', example: 'HỘI ĐỒNG NHÂN DÂN written in title case' },
  { id: 'ellipsis.chu-tich-tinh', needles: ['Chủ tịch'], pattern: /(?<![\p{L}])(Phó Chủ tịch Thường trực|Phó Chủ tịch thường trực|Phó Chủ tịch|Chủ tịch) (?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?: \p{Lu}|\s*[;,.)]|$))/gu, replacement: '$1 UBND ',
    example: 'miễn nhiệm chức Chủ tịch tỉnh Bắc Giang nhiệm kỳ 2021-2026 với ông Lê Ánh Dương; ông Lê Ô Pích, Phó chủ tịch tỉnh' },
];
