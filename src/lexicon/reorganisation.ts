// Changes of the map, as data with their legal source: a province's posts end on the day it ceased (or its
// level was abolished), and the new unit's begin (src/tenure/boundaries.ts). Posts keep the names the
// articles wrote: "Bí thư Tỉnh ủy Hà Giang" stays Hà Giang's post, and is never read as Tuyên Quang's.

export interface Merger {
  /** the province that goes on under this name (itself a new unit: its old posts end too) */
  into: string;
  /** every province merged into it, `into` included when it was one of them */
  from: string[];
}

export interface Reorganisation {
  id: string;
  /** the resolution, as its title reads */
  source: string;
  /** the day it was adopted: posts taken after it in a merged province are the new province's */
  adopted: string;
  /** the day it took effect: the old units' posts end */
  effective: string;
  mergers: Merger[];
  /** provinces renamed with no merger: the same unit (and, for telling who is who, the same place) */
  renames: Array<{ from: string; to: string }>;
  /** administrative levels abolished that day: their posts end */
  levelsAbolished: Array<'district'>;
  example: string;
}

export const REORGANISATIONS: Reorganisation[] = [
  {
    id: 'hue-2025',
    source: 'Nghị quyết số 175/2024/QH15 của Quốc hội về việc thành lập thành phố Huế trực thuộc trung ương',
    adopted: '2024-11-30',
    effective: '2025-01-01',
    mergers: [],
    renames: [{ from: 'Thừa Thiên Huế', to: 'Huế' }],
    levelsAbolished: [],
    example: 'ông Lê Trường Lưu, Bí thư Tỉnh ủy Thừa Thiên Huế (2020); Bí thư Thành ủy Huế (2025)',
  },
  {
    id: 'provinces-2025',
    source: 'Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh (63 tỉnh, thành phố thành 34)',
    adopted: '2025-06-12',
    effective: '2025-07-01',
    mergers: [
      { into: 'Tuyên Quang', from: ['Tuyên Quang', 'Hà Giang'] },
      { into: 'Lào Cai', from: ['Lào Cai', 'Yên Bái'] },
      { into: 'Thái Nguyên', from: ['Thái Nguyên', 'Bắc Kạn'] },
      { into: 'Phú Thọ', from: ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'] },
      { into: 'Bắc Ninh', from: ['Bắc Ninh', 'Bắc Giang'] },
      { into: 'Hưng Yên', from: ['Hưng Yên', 'Thái Bình'] },
      { into: 'Hải Phòng', from: ['Hải Phòng', 'Hải Dương'] },
      { into: 'Ninh Bình', from: ['Ninh Bình', 'Hà Nam', 'Nam Định'] },
      { into: 'Quảng Trị', from: ['Quảng Trị', 'Quảng Bình'] },
      { into: 'Đà Nẵng', from: ['Đà Nẵng', 'Quảng Nam'] },
      { into: 'Quảng Ngãi', from: ['Quảng Ngãi', 'Kon Tum'] },
      { into: 'Gia Lai', from: ['Gia Lai', 'Bình Định'] },
      { into: 'Khánh Hòa', from: ['Khánh Hòa', 'Ninh Thuận'] },
      { into: 'Lâm Đồng', from: ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'] },
      { into: 'Đắk Lắk', from: ['Đắk Lắk', 'Phú Yên'] },
      { into: 'Hồ Chí Minh', from: ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'] },
      { into: 'Đồng Nai', from: ['Đồng Nai', 'Bình Phước'] },
      { into: 'Tây Ninh', from: ['Tây Ninh', 'Long An'] },
      { into: 'Cần Thơ', from: ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'] },
      { into: 'Vĩnh Long', from: ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'] },
      { into: 'Đồng Tháp', from: ['Đồng Tháp', 'Tiền Giang'] },
      { into: 'Cà Mau', from: ['Cà Mau', 'Bạc Liêu'] },
      { into: 'An Giang', from: ['An Giang', 'Kiên Giang'] },
    ],
    renames: [],
    levelsAbolished: ['district'],
    example: 'ông Nguyễn Văn Út, Chủ tịch UBND tỉnh Long An cũ, giữ chức Chủ tịch UBND tỉnh Tây Ninh sau hợp nhất',
  },
];
