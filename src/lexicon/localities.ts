// Districts, towns and cities of each province (before the 2025 reorganisation, when the district level was
// abolished; articles of all years name them), matched only after their level word ("huyện Phú Lương",
// "quận Cầu Giấy", "thị xã Bỉm Sơn", "TP Thủ Đức", "Huyện ủy Mỹ Hào"). A name that two provinces share names
// neither (see LOCALITIES below). General vocabulary, not tied to any article.

/** province → its districts, towns and provincial cities, comma-separated. */
const BY_PROVINCE: Record<string, string> = {
  'Hà Nội': 'Ba Đình, Hoàn Kiếm, Đống Đa, Hai Bà Trưng, Cầu Giấy, Thanh Xuân, Hoàng Mai, Long Biên, Tây Hồ, Hà Đông, ' +
    'Bắc Từ Liêm, Nam Từ Liêm, Sơn Tây, Ba Vì, Chương Mỹ, Đan Phượng, Đông Anh, Gia Lâm, Hoài Đức, Mê Linh, Mỹ Đức, ' +
    'Phú Xuyên, Phúc Thọ, Quốc Oai, Sóc Sơn, Thạch Thất, Thanh Oai, Thanh Trì, Thường Tín, Ứng Hòa',
  'Hồ Chí Minh': 'Thủ Đức, Bình Thạnh, Gò Vấp, Phú Nhuận, Tân Bình, Tân Phú, Bình Tân, Bình Chánh, Cần Giờ, Củ Chi, Hóc Môn, Nhà Bè',
  'Hải Phòng': 'Hồng Bàng, Ngô Quyền, Lê Chân, Hải An, Kiến An, Đồ Sơn, Dương Kinh, An Dương, An Lão, Bạch Long Vĩ, Cát Hải, ' +
    'Kiến Thụy, Thủy Nguyên, Tiên Lãng, Vĩnh Bảo',
  'Đà Nẵng': 'Hải Châu, Thanh Khê, Sơn Trà, Ngũ Hành Sơn, Liên Chiểu, Cẩm Lệ, Hòa Vang, Hoàng Sa',
  'Cần Thơ': 'Ninh Kiều, Bình Thủy, Cái Răng, Ô Môn, Thốt Nốt, Cờ Đỏ, Phong Điền, Thới Lai, Vĩnh Thạnh',
  'Huế': 'Thuận Hóa, Phú Xuân',
  'Thừa Thiên Huế': 'Hương Thủy, Hương Trà, Phong Điền, Quảng Điền, Phú Vang, Phú Lộc, Nam Đông, A Lưới',
  'Hà Giang': 'Bắc Mê, Bắc Quang, Đồng Văn, Hoàng Su Phì, Mèo Vạc, Quản Bạ, Quang Bình, Vị Xuyên, Xín Mần, Yên Minh',
  'Cao Bằng': 'Bảo Lạc, Bảo Lâm, Hạ Lang, Hà Quảng, Hòa An, Nguyên Bình, Quảng Hòa, Thạch An, Trùng Khánh',
  'Bắc Kạn': 'Ba Bể, Bạch Thông, Chợ Đồn, Chợ Mới, Na Rì, Ngân Sơn, Pác Nặm',
  'Tuyên Quang': 'Chiêm Hóa, Hàm Yên, Lâm Bình, Na Hang, Sơn Dương, Yên Sơn',
  'Lào Cai': 'Sa Pa, Bát Xát, Bảo Thắng, Bảo Yên, Bắc Hà, Mường Khương, Si Ma Cai, Văn Bàn',
  'Điện Biên': 'Mường Lay, Điện Biên Đông, Mường Ảng, Mường Chà, Mường Nhé, Nậm Pồ, Tủa Chùa, Tuần Giáo',
  'Lai Châu': 'Mường Tè, Nậm Nhùn, Phong Thổ, Sìn Hồ, Tam Đường, Tân Uyên, Than Uyên',
  'Sơn La': 'Bắc Yên, Mai Sơn, Mộc Châu, Mường La, Phù Yên, Quỳnh Nhai, Sông Mã, Sốp Cộp, Thuận Châu, Vân Hồ, Yên Châu',
  'Yên Bái': 'Nghĩa Lộ, Lục Yên, Mù Cang Chải, Trạm Tấu, Trấn Yên, Văn Chấn, Văn Yên',
  'Hòa Bình': 'Cao Phong, Đà Bắc, Kim Bôi, Lạc Sơn, Lạc Thủy, Lương Sơn, Mai Châu, Tân Lạc, Yên Thủy',
  'Thái Nguyên': 'Sông Công, Phổ Yên, Đại Từ, Định Hóa, Đồng Hỷ, Phú Bình, Phú Lương, Võ Nhai',
  'Lạng Sơn': 'Cao Lộc, Lộc Bình, Đình Lập, Hữu Lũng, Chi Lăng, Văn Quan, Văn Lãng, Tràng Định, Bình Gia, Bắc Sơn',
  'Quảng Ninh': 'Hạ Long, Cẩm Phả, Uông Bí, Móng Cái, Đông Triều, Quảng Yên, Ba Chẽ, Bình Liêu, Cô Tô, Đầm Hà, Hải Hà, ' +
    'Tiên Yên, Vân Đồn',
  'Bắc Giang': 'Hiệp Hòa, Lạng Giang, Lục Nam, Lục Ngạn, Sơn Động, Tân Yên, Việt Yên, Yên Dũng, Yên Thế',
  'Phú Thọ': 'Việt Trì, Cẩm Khê, Đoan Hùng, Hạ Hòa, Lâm Thao, Phù Ninh, Tam Nông, Tân Sơn, Thanh Ba, Thanh Sơn, Thanh Thủy, Yên Lập',
  'Vĩnh Phúc': 'Vĩnh Yên, Phúc Yên, Bình Xuyên, Lập Thạch, Sông Lô, Tam Dương, Tam Đảo, Vĩnh Tường, Yên Lạc',
  'Bắc Ninh': 'Từ Sơn, Gia Bình, Lương Tài, Quế Võ, Thuận Thành, Tiên Du, Yên Phong',
  'Hải Dương': 'Chí Linh, Kinh Môn, Bình Giang, Cẩm Giàng, Gia Lộc, Kim Thành, Nam Sách, Ninh Giang, Thanh Hà, Thanh Miện, Tứ Kỳ',
  'Hưng Yên': 'Mỹ Hào, Ân Thi, Khoái Châu, Kim Động, Phù Cừ, Tiên Lữ, Văn Giang, Văn Lâm, Yên Mỹ',
  'Thái Bình': 'Đông Hưng, Hưng Hà, Kiến Xương, Quỳnh Phụ, Thái Thụy, Tiền Hải, Vũ Thư',
  'Hà Nam': 'Phủ Lý, Duy Tiên, Kim Bảng, Lý Nhân, Thanh Liêm, Bình Lục',
  'Nam Định': 'Giao Thủy, Hải Hậu, Mỹ Lộc, Nam Trực, Nghĩa Hưng, Trực Ninh, Vụ Bản, Xuân Trường, Ý Yên',
  'Ninh Bình': 'Tam Điệp, Gia Viễn, Hoa Lư, Kim Sơn, Nho Quan, Yên Khánh, Yên Mô',
  'Thanh Hóa': 'Sầm Sơn, Bỉm Sơn, Nghi Sơn, Bá Thước, Cẩm Thủy, Đông Sơn, Hà Trung, Hậu Lộc, Hoằng Hóa, Lang Chánh, Mường Lát, ' +
    'Nga Sơn, Ngọc Lặc, Như Thanh, Như Xuân, Nông Cống, Quan Hóa, Quan Sơn, Quảng Xương, Thạch Thành, Thiệu Hóa, Thọ Xuân, ' +
    'Thường Xuân, Triệu Sơn, Vĩnh Lộc, Yên Định',
  'Nghệ An': 'Vinh, Cửa Lò, Hoàng Mai, Thái Hòa, Anh Sơn, Con Cuông, Diễn Châu, Đô Lương, Hưng Nguyên, Kỳ Sơn, Nam Đàn, Nghi Lộc, ' +
    'Nghĩa Đàn, Quế Phong, Quỳ Châu, Quỳ Hợp, Quỳnh Lưu, Tân Kỳ, Thanh Chương, Tương Dương, Yên Thành',
  'Hà Tĩnh': 'Hồng Lĩnh, Kỳ Anh, Cẩm Xuyên, Can Lộc, Đức Thọ, Hương Khê, Hương Sơn, Lộc Hà, Nghi Xuân, Thạch Hà, Vũ Quang',
  'Quảng Bình': 'Đồng Hới, Ba Đồn, Bố Trạch, Lệ Thủy, Minh Hóa, Quảng Ninh, Quảng Trạch, Tuyên Hóa',
  'Quảng Trị': 'Đông Hà, Cam Lộ, Cồn Cỏ, Đa Krông, Gio Linh, Hải Lăng, Hướng Hóa, Triệu Phong, Vĩnh Linh',
  'Quảng Nam': 'Tam Kỳ, Hội An, Điện Bàn, Bắc Trà My, Đại Lộc, Đông Giang, Duy Xuyên, Hiệp Đức, Nam Giang, Nam Trà My, Nông Sơn, ' +
    'Núi Thành, Phú Ninh, Phước Sơn, Quế Sơn, Tây Giang, Thăng Bình, Tiên Phước',
  'Quảng Ngãi': 'Đức Phổ, Ba Tơ, Bình Sơn, Lý Sơn, Minh Long, Mộ Đức, Nghĩa Hành, Sơn Hà, Sơn Tây, Sơn Tịnh, Trà Bồng, Tư Nghĩa',
  'Bình Định': 'Quy Nhơn, An Nhơn, Hoài Nhơn, An Lão, Hoài Ân, Phù Cát, Phù Mỹ, Tây Sơn, Tuy Phước, Vân Canh, Vĩnh Thạnh',
  'Phú Yên': 'Tuy Hòa, Sông Cầu, Đông Hòa, Đồng Xuân, Phú Hòa, Sơn Hòa, Sông Hinh, Tây Hòa, Tuy An',
  'Khánh Hòa': 'Nha Trang, Cam Ranh, Ninh Hòa, Cam Lâm, Diên Khánh, Khánh Sơn, Khánh Vĩnh, Trường Sa, Vạn Ninh',
  'Ninh Thuận': 'Phan Rang - Tháp Chàm, Bác Ái, Ninh Hải, Ninh Phước, Ninh Sơn, Thuận Bắc, Thuận Nam',
  'Bình Thuận': 'Phan Thiết, La Gi, Bắc Bình, Đức Linh, Hàm Tân, Hàm Thuận Bắc, Hàm Thuận Nam, Phú Quý, Tánh Linh, Tuy Phong',
  'Kon Tum': 'Đăk Glei, Đăk Hà, Đăk Tô, Ia H\'Drai, Kon Plông, Kon Rẫy, Ngọc Hồi, Sa Thầy, Tu Mơ Rông',
  'Gia Lai': 'Pleiku, An Khê, Ayun Pa, Chư Păh, Chư Prông, Chư Pưh, Chư Sê, Đak Đoa, Đak Pơ, Đức Cơ, Ia Grai, Ia Pa, KBang, ' +
    'Kông Chro, Krông Pa, Mang Yang, Phú Thiện',
  'Đắk Lắk': 'Buôn Ma Thuột, Buôn Hồ, Buôn Đôn, Cư Kuin, Cư M\'gar, Ea H\'leo, Ea Kar, Ea Súp, Krông Ana, Krông Bông, Krông Búk, ' +
    'Krông Năng, Krông Pắc, Lắk, M\'Đrắk',
  'Đắk Nông': 'Gia Nghĩa, Cư Jút, Đắk Glong, Đắk Mil, Đắk R\'lấp, Đắk Song, Krông Nô, Tuy Đức',
  'Lâm Đồng': 'Đà Lạt, Bảo Lộc, Bảo Lâm, Cát Tiên, Đạ Huoai, Đạ Tẻh, Đam Rông, Di Linh, Đơn Dương, Đức Trọng, Lạc Dương, Lâm Hà',
  'Bình Phước': 'Đồng Xoài, Bình Long, Phước Long, Chơn Thành, Bù Đăng, Bù Đốp, Bù Gia Mập, Đồng Phú, Hớn Quản, Lộc Ninh, Phú Riềng',
  'Tây Ninh': 'Hòa Thành, Trảng Bàng, Bến Cầu, Dương Minh Châu, Gò Dầu, Tân Biên, Tân Châu',
  'Bình Dương': 'Thủ Dầu Một, Dĩ An, Thuận An, Tân Uyên, Bến Cát, Bàu Bàng, Bắc Tân Uyên, Dầu Tiếng, Phú Giáo',
  'Đồng Nai': 'Biên Hòa, Long Khánh, Cẩm Mỹ, Định Quán, Long Thành, Nhơn Trạch, Tân Phú, Thống Nhất, Trảng Bom, Vĩnh Cửu, Xuân Lộc',
  'Bà Rịa - Vũng Tàu': 'Vũng Tàu, Bà Rịa, Phú Mỹ, Châu Đức, Côn Đảo, Đất Đỏ, Long Điền, Xuyên Mộc',
  'Long An': 'Tân An, Kiến Tường, Bến Lức, Cần Đước, Cần Giuộc, Đức Hòa, Đức Huệ, Mộc Hóa, Tân Hưng, Tân Thạnh, Tân Trụ, ' +
    'Thạnh Hóa, Thủ Thừa, Vĩnh Hưng',
  'Tiền Giang': 'Mỹ Tho, Gò Công, Cai Lậy, Cái Bè, Chợ Gạo, Gò Công Đông, Gò Công Tây, Tân Phú Đông, Tân Phước',
  'Bến Tre': 'Ba Tri, Bình Đại, Chợ Lách, Giồng Trôm, Mỏ Cày Bắc, Mỏ Cày Nam, Thạnh Phú',
  'Trà Vinh': 'Duyên Hải, Càng Long, Cầu Kè, Cầu Ngang, Tiểu Cần, Trà Cú',
  'Vĩnh Long': 'Bình Minh, Bình Tân, Long Hồ, Mang Thít, Tam Bình, Trà Ôn, Vũng Liêm',
  'Đồng Tháp': 'Cao Lãnh, Sa Đéc, Hồng Ngự, Lai Vung, Lấp Vò, Tam Nông, Tân Hồng, Thanh Bình, Tháp Mười',
  'An Giang': 'Long Xuyên, Châu Đốc, Tân Châu, Tịnh Biên, An Phú, Chợ Mới, Phú Tân, Thoại Sơn, Tri Tôn',
  'Kiên Giang': 'Rạch Giá, Hà Tiên, Phú Quốc, An Biên, An Minh, Giang Thành, Giồng Riềng, Gò Quao, Hòn Đất, Kiên Hải, Kiên Lương, ' +
    'U Minh Thượng, Vĩnh Thuận',
  'Hậu Giang': 'Vị Thanh, Ngã Bảy, Long Mỹ, Châu Thành A, Phụng Hiệp, Vị Thủy',
  'Sóc Trăng': 'Vĩnh Châu, Ngã Năm, Cù Lao Dung, Kế Sách, Long Phú, Mỹ Tú, Mỹ Xuyên, Thạnh Trị, Trần Đề',
  'Bạc Liêu': 'Giá Rai, Đông Hải, Hòa Bình, Hồng Dân, Phước Long, Vĩnh Lợi',
  'Cà Mau': 'Cái Nước, Đầm Dơi, Năm Căn, Ngọc Hiển, Phú Tân, Thới Bình, Trần Văn Thời, U Minh',
};

/**
 * Each locality with the one province it names. Names two provinces share ("Phú Tân", "Tân Phú", "Phước Long",
 * "Quảng Ninh" the district, "Hòa Bình" the district) name neither, and nor does a name that is a province's.
 */
export const LOCALITIES: Array<{ name: string; province: string }> = (() => {
  const seen = new Map<string, Set<string>>();
  for (const [province, list] of Object.entries(BY_PROVINCE)) {
    for (const raw of list.split(',')) {
      const name = raw.trim();
      if (!name) continue;
      for (const variant of spellings(name)) {
        const set = seen.get(variant) ?? new Set<string>();
        set.add(province);
        seen.set(variant, set);
      }
    }
  }
  const provinces = new Set(Object.keys(BY_PROVINCE));
  return [...seen.entries()].filter(([name, ps]) => ps.size === 1 && !provinces.has(name)).map(([name, ps]) => ({ name, province: [...ps][0]! }));
})();

/** The spellings papers use for the Central Highlands' "Đắk": "Đắk Hà", "Đăk Hà", "Đak Hà". */
function spellings(name: string): string[] {
  if (!/^Đ[ắăa]k /u.test(name)) return [name];
  return ['Đắk', 'Đăk', 'Đak'].map((d) => name.replace(/^Đ[ắăa]k/u, d));
}

/** The words a locality's name must follow to be read as one: its level, or its Party committee. */
export const LOCALITY_LEVELS = ['huyện', 'quận', 'xã', 'phố', 'TP', 'ủy', 'Huyện', 'Quận', 'Thị', 'Thành'];
