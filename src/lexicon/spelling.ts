// Spelling variants that mean the same: old tone placement, typos seen in provincial papers, abbreviations.
// Each entry carries an example of the surface form it mends.

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
  { id: 'typo.tinh-uy', pattern: /(?<![\p{L}])Tình (ủy|uỷ)(?![\p{L}])/gu, replacement: 'Tỉnh $1',
    example: 'Đề án số 01 – ĐA/TU ngày 31/5/2021 của Ban Thường vụ Tình ủy' },
];

export interface Abbreviation { short: string; long: string; example: string }

/** Abbreviations used in posts and bodies; matching expands them, display keeps them. */
export const ABBREVIATIONS: Abbreviation[] = [
  { short: 'UBND', long: 'Ủy ban nhân dân', example: 'Chủ tịch UBND tỉnh' },
  { short: 'HĐND', long: 'Hội đồng nhân dân', example: 'Chủ tịch HĐND tỉnh' },
  { short: 'MTTQ', long: 'Mặt trận Tổ quốc', example: 'Ủy ban MTTQ Việt Nam tỉnh' },
  { short: 'BCH', long: 'Ban Chấp hành', example: 'BCH Đảng bộ tỉnh' },
  { short: 'BTV', long: 'Ban Thường vụ', example: 'BTV Tỉnh ủy' },
  { short: 'ĐBQH', long: 'Đại biểu Quốc hội', example: 'Đoàn ĐBQH tỉnh' },
  { short: 'TƯ', long: 'Trung ương', example: 'Ủy viên TƯ Đảng' },
  { short: 'TW', long: 'Trung ương', example: 'Ủy viên BCH TW Đảng' },
  { short: 'T.Ư', long: 'Trung ương', example: 'Ủy viên T.Ư Đảng' },
  { short: 'UBKT', long: 'Ủy ban Kiểm tra', example: 'Chủ nhiệm UBKT Tỉnh ủy' },
  { short: 'TP.', long: 'thành phố', example: 'TP. Lạng Sơn' },
  { short: 'TP', long: 'thành phố', example: 'TP Lạng Sơn' },
];
