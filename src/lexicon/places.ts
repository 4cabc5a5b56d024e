// Provinces (the 63 before the 2025 merger; the 34 after it all carry one of these names), their seats,
// and the paper datelines that name a province. General vocabulary, not tied to any article.

export interface Province {
  name: string;
  /** centrally governed cities have a Thành ủy and "thành phố" bodies instead of Tỉnh ủy and "tỉnh" */
  city?: boolean;
  /** other ways the text names it */
  aliases?: string[];
  /** cities and towns of the province whose name differs from the province's */
  seats?: string[];
  /** districts, cities and towns that name the province unambiguously */
  districts?: string[];
  /**
   * The bare name mostly names something else, so only "thành phố X", "TP X" (or an alias) names the place:
   * "tư tưởng, đạo đức, phong cách Hồ Chí Minh" is the President's, "TP Hồ Chí Minh" the city.
   */
  qualifiedOnly?: boolean;
}

export const PROVINCES: Province[] = [
  { name: 'Hà Nội', city: true },
  { name: 'Hồ Chí Minh', city: true, qualifiedOnly: true, aliases: ['TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'TP.HCM', 'TPHCM'] },
  { name: 'Hải Phòng', city: true },
  { name: 'Đà Nẵng', city: true },
  { name: 'Cần Thơ', city: true },
  // a centrally run city from 2025; before, the province of Thừa Thiên Huế (FORMAT.md), named as the text names it
  { name: 'Huế', city: true },
  { name: 'Thừa Thiên Huế', aliases: ['Thừa Thiên - Huế', 'Thừa Thiên-Huế'] },
  { name: 'Hà Giang' }, { name: 'Cao Bằng' }, { name: 'Bắc Kạn', aliases: ['Bắc Cạn'] }, { name: 'Tuyên Quang' },
  { name: 'Lào Cai' }, { name: 'Điện Biên', seats: ['Điện Biên Phủ'] }, { name: 'Lai Châu' },
  { name: 'Sơn La' }, { name: 'Yên Bái' }, { name: 'Hòa Bình' },
  { name: 'Thái Nguyên' },
  { name: 'Lạng Sơn', districts: ['Cao Lộc', 'Lộc Bình', 'Đình Lập', 'Hữu Lũng', 'Chi Lăng', 'Văn Quan', 'Văn Lãng', 'Tràng Định', 'Bình Gia', 'Bắc Sơn', 'Đồng Đăng', 'Na Sầm'] },
  { name: 'Quảng Ninh', seats: ['Hạ Long', 'Cẩm Phả', 'Uông Bí', 'Móng Cái'] },
  { name: 'Bắc Giang' }, { name: 'Phú Thọ', seats: ['Việt Trì'] },
  { name: 'Vĩnh Phúc', seats: ['Vĩnh Yên', 'Phúc Yên'] }, { name: 'Bắc Ninh', seats: ['Từ Sơn'] },
  { name: 'Hải Dương', seats: ['Chí Linh'] }, { name: 'Hưng Yên' }, { name: 'Thái Bình' },
  { name: 'Hà Nam', seats: ['Phủ Lý'] }, { name: 'Nam Định' }, { name: 'Ninh Bình', seats: ['Tam Điệp'] },
  { name: 'Thanh Hóa', seats: ['Sầm Sơn', 'Bỉm Sơn'] }, { name: 'Nghệ An', seats: ['Vinh', 'Cửa Lò'] },
  { name: 'Hà Tĩnh', seats: ['Hồng Lĩnh'] }, { name: 'Quảng Bình', seats: ['Đồng Hới'] },
  { name: 'Quảng Trị', seats: ['Đông Hà'] },
  { name: 'Quảng Nam', seats: ['Tam Kỳ', 'Hội An'] }, { name: 'Quảng Ngãi' },
  { name: 'Bình Định', seats: ['Quy Nhơn'] }, { name: 'Phú Yên', seats: ['Tuy Hòa'] },
  { name: 'Khánh Hòa', seats: ['Nha Trang', 'Cam Ranh'] }, { name: 'Ninh Thuận', seats: ['Phan Rang - Tháp Chàm'] },
  { name: 'Bình Thuận', seats: ['Phan Thiết'] }, { name: 'Kon Tum' }, { name: 'Gia Lai', seats: ['Pleiku'] },
  { name: 'Đắk Lắk', aliases: ['Đăk Lăk', 'Đắc Lắc'], seats: ['Buôn Ma Thuột'] },
  { name: 'Đắk Nông', aliases: ['Đăk Nông'], seats: ['Gia Nghĩa'] }, { name: 'Lâm Đồng', seats: ['Đà Lạt', 'Bảo Lộc'] },
  { name: 'Bình Phước', seats: ['Đồng Xoài'] }, { name: 'Tây Ninh' }, { name: 'Bình Dương', seats: ['Thủ Dầu Một'] },
  { name: 'Đồng Nai', seats: ['Biên Hòa'] }, { name: 'Bà Rịa - Vũng Tàu', aliases: ['Bà Rịa – Vũng Tàu', 'Bà Rịa-Vũng Tàu'], seats: ['Vũng Tàu', 'Bà Rịa'] },
  { name: 'Long An', seats: ['Tân An'] }, { name: 'Tiền Giang', seats: ['Mỹ Tho'] }, { name: 'Bến Tre' },
  { name: 'Trà Vinh' }, { name: 'Vĩnh Long' }, { name: 'Đồng Tháp', seats: ['Cao Lãnh', 'Sa Đéc'] },
  { name: 'An Giang', seats: ['Long Xuyên', 'Châu Đốc'] }, { name: 'Kiên Giang', seats: ['Rạch Giá', 'Phú Quốc'] },
  { name: 'Hậu Giang', seats: ['Vị Thanh'] }, { name: 'Sóc Trăng' }, { name: 'Bạc Liêu' }, { name: 'Cà Mau' },
];

export interface DatelineCode { code: string; province: string; example: string }

/** Dateline prefixes of provincial papers ("LSO-Sáng nay (27/9), …" is Báo Lạng Sơn). */
export const DATELINE_CODES: DatelineCode[] = [
  { code: 'LSO', province: 'Lạng Sơn', example: 'LSO-Ngày 23/12/2020, đồng chí … chủ trì hội nghị' },
  { code: 'BGĐT', province: 'Bắc Giang', example: 'BGĐT - Sáng 5/1, …' },
  { code: 'YBĐT', province: 'Yên Bái', example: 'YBĐT - Sáng nay, …' },
  { code: 'HBĐT', province: 'Hòa Bình', example: 'HBĐT - Chiều 3/3, …' },
  { code: 'CBĐT', province: 'Cao Bằng', example: 'CBĐT - Sáng 12/4, …' },
  { code: 'GLO', province: 'Gia Lai', example: '(GLO)- Sáng 7/6, …' },
  { code: 'QNO', province: 'Quảng Nam', example: '(QNO) - Sáng nay 9/12, …' },
  { code: 'TBO', province: 'Thái Bình', example: '(TBO) - Sáng 20/7, …' },
  { code: 'NTO', province: 'Ninh Thuận', example: '(NTO) - Sáng 15/3, …' },
  { code: 'BHG', province: 'Hà Giang', example: 'BHG - Sáng 11/5, …' },
  { code: 'QTO', province: 'Quảng Trị', example: 'QTO - Sáng 14/3, …' },
  { code: 'QBĐT', province: 'Quảng Bình', example: '(QBĐT) - Sáng 3/4, …' },
  { code: 'BPO', province: 'Bình Phước', example: 'BPO - Sáng 10/5, …' },
  { code: 'CMO', province: 'Cà Mau', example: '(CMO) - Chiều 2/6, …' },
  { code: 'BTNO', province: 'Tây Ninh', example: '(BTNO) - Sáng 8/8, …' },
  { code: 'ĐBP', province: 'Điện Biên', example: '(ĐBP) - Sáng 4/9, …' },
  { code: 'TQĐT', province: 'Tuyên Quang', example: 'TQĐT - Sáng 6/1, …' },
  { code: 'BNTV', province: 'Bắc Ninh', example: 'BNTV - Chiều 12/5, …' },
  { code: 'HNM', province: 'Hà Nội', example: '(HNM) - Sáng 20/6, …' },
];
