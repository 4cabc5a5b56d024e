// Authors from the byline at the end ("MAI CHI – PHƯƠNG VY", "Đào Quyên"); photo credits are not authors.
import { BYLINE_LEAD } from '../parse/02-blocks';
import { titleCase, tidy } from '../text/canon';
import type { Extractor } from './context';

/** Bylines that name no one: "NHÓM PV", "PV", "Nhóm phóng viên". */
const NO_ONE = /^(nhóm\s+)?(pv|phóng viên|ptv|ctv|btv)$/iu;

/** "Theo Minh Anh/VietnamPlus": "Theo" before the byline, and the outlet after a slash, name no author (FORMAT.md). */
const THEO = /^\(?\s*Theo\s+/u;
const OUTLET_AFTER_SLASH = /\s*\/\s*\S.*?(?=\s+[-–—]\s+|\s*[,;]|\)|$)/gu;
/**
 * A part that is an outlet, not a person: the news agencies and papers a byline credits ("Theo VOV", "TTXVN/Vietnam+"),
 * or a word with a sign or an outlet's ending ("VnExpress", "Zing.vn"); initials ("PC", "N.A") are a person's.
 */
const OUTLETS = ['TTXVN', 'VOV', 'VTV', 'VNA', 'TNO', 'TTO', 'VNN', 'SGGP', 'QĐND', 'CAND', 'ANTV', 'VTC', 'VTCNews', 'Vietnam+', 'VietnamPlus', 'VnExpress', 'Dân trí', 'Tuổi trẻ', 'Thanh niên', 'Nhân dân', 'Tiền phong', 'Lao động', 'Vietnamnet', 'Zing'];
/** A paper, station or portal named by its kind: "Báo Kon Tum", "Đài PT-TH Kon Tum", "Cổng Thông tin điện tử tỉnh". */
const OUTLET_KINDS = ['Báo', 'Tạp chí', 'Đài', 'Cổng thông tin', 'Cổng Thông tin', 'Trang thông tin', 'Thông tấn xã', 'Truyền hình', 'Phát thanh'];
const OUTLET = new RegExp(`^(?:${OUTLETS.map((o) => o.replace(/[+.]/g, '\\$&')).join('|')}|\\S*[+]\\S*|\\S+\\.vn|\\p{L}+(?:Plus|Express|Net|Online|News)|(?:${OUTLET_KINDS.join('|')})\\s.+)$`, 'iu');

const PHOTO_CREDIT_AFTER = /[.,;]?\s+(?:ảnh|Ảnh|ẢNH)\s*:.*$/u;

export function splitByline(byline: string): string[] {
  // "TIN: TT. ẢNH: ĐH": the photographs' credit after the text's is no author
  const credited = byline.replace(BYLINE_LEAD, '').replace(THEO, '').replace(PHOTO_CREDIT_AFTER, '').trim();
  // "Theo Đài PT-TH Kon Tum": an outlet whose name has a dash is still one outlet
  if (new RegExp(`^(?:${OUTLET_KINDS.join('|')})\\s`, 'iu').test(credited)) return [];
  return credited
    .replace(OUTLET_AFTER_SLASH, '')
    .replace(/\((TTXVN|[^)]*)\)/gu, ' ')
    .split(/\s*[–—,;-]\s*|\s+và\s+/u)
    .map((x) => tidy(x))
    .filter((x) => x.length > 1 && !NO_ONE.test(x) && !OUTLET.test(x))
        // a name in capitals is written as a name; initials ("PC", "N.A") stay as they are
    .map((x) => (x === x.toUpperCase() && !/^[\p{Lu}.]{1,4}$/u.test(x) ? titleCase(x) : x));
}

export const extractAuthors: Extractor = {
  id: 'authors',
  run(ctx) {
    if (ctx.article.byline) ctx.authors = splitByline(ctx.article.byline);
  },
};
