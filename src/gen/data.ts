// The generator's vocabulary: Vietnamese personal names with their frequencies, the districts and cities of
// each province, bylines, photo credits and page furniture. Data only; the world and the articles are built
// from it in world.ts and articles.ts.

/** Family names with a rough share of the population (Nguyễn ≈ 38%). */
export const FAMILY: ReadonlyArray<readonly [string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 1.5], ['Phan', 4.5], ['Vũ', 3.9],
  ['Võ', 1.5], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Lâm', 0.4], ['Đào', 0.5], ['Đinh', 0.5], ['Hà', 0.5], ['Mai', 0.3], ['Trịnh', 0.4], ['Trương', 0.4],
  ['Lương', 0.3], ['Triệu', 0.3], ['Nông', 0.3], ['Lò', 0.2], ['Chu', 0.2], ['Cao', 0.3], ['Đoàn', 0.3],
  ['Tạ', 0.2], ['Lục', 0.1], ['Hầu', 0.1], ['Giàng', 0.1], ['Y', 0.05], ['Ksor', 0.05], ['Vi', 0.1],
];

export const MIDDLE_MALE = ['Văn', 'Đức', 'Quốc', 'Minh', 'Hữu', 'Thanh', 'Xuân', 'Ngọc', 'Công', 'Tiến', 'Quang', 'Mạnh', 'Hồng', 'Trọng', 'Đình', 'Huy', 'Anh', 'Việt', 'Tuấn', 'Hoài'];
export const MIDDLE_FEMALE = ['Thị', 'Thị Thu', 'Thị Minh', 'Thị Thanh', 'Thị Hồng', 'Thị Phương', 'Thị Ngọc', 'Thị Hải', 'Thu', 'Ngọc'];
export const GIVEN_MALE = [
  'Hùng', 'Dũng', 'Tuấn', 'Hải', 'Sơn', 'Thắng', 'Cường', 'Long', 'Nam', 'Quân', 'Thành', 'Trung', 'Phong', 'Hiếu', 'Khánh',
  'Lâm', 'Bình', 'Hòa', 'Tùng', 'Kiên', 'Đoàn', 'Thưởng', 'Hưng', 'Tâm', 'Vinh', 'Quang', 'Lực', 'Toàn', 'Thịnh', 'Phúc',
  'Nghĩa', 'Định', 'Chiến', 'Đông', 'Tiến', 'Hoan', 'Thuận', 'Lợi', 'Chính', 'Trường', 'Tú', 'Bảo', 'Thái', 'Hiển', 'Duy',
];
export const GIVEN_FEMALE = ['Hương', 'Lan', 'Hạnh', 'Mai', 'Thanh', 'Hà', 'Hoa', 'Thủy', 'Nga', 'Hằng', 'Yến', 'Dung', 'Hậu', 'Hiền', 'Loan', 'Vân', 'Phượng', 'Huyền', 'Trang', 'Linh'];

/**
 * The province's seat (its city, whose Thành ủy is a district-level body) and districts, for local posts
 * and meetings. Names that several provinces share (Châu Thành, Tam Nông, Phước Long…) are left out: a
 * district named here tells the reader its province.
 */
export const DISTRICTS: Record<string, { city: string; districts: string[] }> = {
  'Hà Nội': { city: '', districts: ['Đông Anh', 'Sóc Sơn', 'Ba Vì', 'Mê Linh'] },
  'Hồ Chí Minh': { city: '', districts: ['Củ Chi', 'Bình Chánh', 'Cần Giờ', 'Hóc Môn'] },
  'Hải Phòng': { city: '', districts: ['Thủy Nguyên', 'An Dương', 'Kiến Thụy', 'Tiên Lãng'] },
  'Đà Nẵng': { city: '', districts: ['Hòa Vang', 'Sơn Trà', 'Hải Châu', 'Liên Chiểu'] },
  'Cần Thơ': { city: '', districts: ['Ninh Kiều', 'Phong Điền', 'Cờ Đỏ', 'Thới Lai'] },
  'Huế': { city: '', districts: ['Phú Vang', 'Quảng Điền', 'Nam Đông', 'A Lưới'] },
  'Hà Giang': { city: 'Hà Giang', districts: ['Đồng Văn', 'Mèo Vạc', 'Bắc Quang', 'Yên Minh'] },
  'Cao Bằng': { city: 'Cao Bằng', districts: ['Trùng Khánh', 'Hòa An', 'Bảo Lâm', 'Hà Quảng'] },
  'Bắc Kạn': { city: 'Bắc Kạn', districts: ['Ba Bể', 'Chợ Đồn', 'Na Rì', 'Pác Nặm'] },
  'Tuyên Quang': { city: 'Tuyên Quang', districts: ['Sơn Dương', 'Yên Sơn', 'Na Hang', 'Chiêm Hóa'] },
  'Lào Cai': { city: 'Lào Cai', districts: ['Bát Xát', 'Bảo Thắng', 'Bắc Hà', 'Mường Khương'] },
  'Điện Biên': { city: 'Điện Biên Phủ', districts: ['Mường Chà', 'Tuần Giáo', 'Điện Biên Đông', 'Mường Nhé'] },
  'Lai Châu': { city: 'Lai Châu', districts: ['Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Than Uyên'] },
  'Sơn La': { city: 'Sơn La', districts: ['Mộc Châu', 'Mai Sơn', 'Thuận Châu', 'Sông Mã'] },
  'Yên Bái': { city: 'Yên Bái', districts: ['Văn Chấn', 'Lục Yên', 'Trấn Yên', 'Mù Cang Chải'] },
  'Hòa Bình': { city: 'Hòa Bình', districts: ['Mai Châu', 'Lạc Sơn', 'Kim Bôi', 'Lương Sơn'] },
  'Thái Nguyên': { city: 'Thái Nguyên', districts: ['Đại Từ', 'Phú Lương', 'Định Hóa', 'Võ Nhai'] },
  'Lạng Sơn': { city: 'Lạng Sơn', districts: ['Cao Lộc', 'Lộc Bình', 'Hữu Lũng', 'Đình Lập'] },
  'Quảng Ninh': { city: 'Hạ Long', districts: ['Vân Đồn', 'Tiên Yên', 'Hải Hà', 'Ba Chẽ'] },
  'Bắc Giang': { city: 'Bắc Giang', districts: ['Lục Nam', 'Yên Thế', 'Hiệp Hòa', 'Sơn Động'] },
  'Phú Thọ': { city: 'Việt Trì', districts: ['Lâm Thao', 'Thanh Sơn', 'Đoan Hùng', 'Cẩm Khê'] },
  'Vĩnh Phúc': { city: 'Vĩnh Yên', districts: ['Tam Đảo', 'Lập Thạch', 'Yên Lạc', 'Sông Lô'] },
  'Bắc Ninh': { city: 'Bắc Ninh', districts: ['Tiên Du', 'Gia Bình', 'Lương Tài', 'Quế Võ'] },
  'Hải Dương': { city: 'Hải Dương', districts: ['Thanh Hà', 'Nam Sách', 'Ninh Giang', 'Tứ Kỳ'] },
  'Hưng Yên': { city: 'Hưng Yên', districts: ['Văn Lâm', 'Khoái Châu', 'Kim Động', 'Ân Thi'] },
  'Thái Bình': { city: 'Thái Bình', districts: ['Tiền Hải', 'Hưng Hà', 'Quỳnh Phụ', 'Thái Thụy'] },
  'Hà Nam': { city: 'Phủ Lý', districts: ['Kim Bảng', 'Thanh Liêm', 'Lý Nhân', 'Bình Lục'] },
  'Nam Định': { city: 'Nam Định', districts: ['Hải Hậu', 'Giao Thủy', 'Ý Yên', 'Nghĩa Hưng'] },
  'Ninh Bình': { city: 'Ninh Bình', districts: ['Hoa Lư', 'Kim Sơn', 'Nho Quan', 'Gia Viễn'] },
  'Thanh Hóa': { city: 'Thanh Hóa', districts: ['Hoằng Hóa', 'Quảng Xương', 'Ngọc Lặc', 'Thọ Xuân'] },
  'Nghệ An': { city: 'Vinh', districts: ['Nam Đàn', 'Diễn Châu', 'Quỳnh Lưu', 'Đô Lương'] },
  'Hà Tĩnh': { city: 'Hà Tĩnh', districts: ['Cẩm Xuyên', 'Hương Sơn', 'Đức Thọ', 'Can Lộc'] },
  'Quảng Bình': { city: 'Đồng Hới', districts: ['Bố Trạch', 'Lệ Thủy', 'Tuyên Hóa', 'Minh Hóa'] },
  'Quảng Trị': { city: 'Đông Hà', districts: ['Vĩnh Linh', 'Gio Linh', 'Hải Lăng', 'Cam Lộ'] },
  'Quảng Nam': { city: 'Tam Kỳ', districts: ['Duy Xuyên', 'Núi Thành', 'Thăng Bình', 'Đại Lộc'] },
  'Quảng Ngãi': { city: 'Quảng Ngãi', districts: ['Bình Sơn', 'Sơn Tịnh', 'Mộ Đức', 'Nghĩa Hành'] },
  'Bình Định': { city: 'Quy Nhơn', districts: ['Tuy Phước', 'Phù Cát', 'Phù Mỹ', 'Tây Sơn'] },
  'Phú Yên': { city: 'Tuy Hòa', districts: ['Tuy An', 'Đồng Xuân', 'Sơn Hòa', 'Phú Hòa'] },
  'Khánh Hòa': { city: 'Nha Trang', districts: ['Cam Lâm', 'Vạn Ninh', 'Diên Khánh', 'Khánh Vĩnh'] },
  'Ninh Thuận': { city: 'Phan Rang - Tháp Chàm', districts: ['Ninh Hải', 'Ninh Phước', 'Thuận Bắc', 'Bác Ái'] },
  'Bình Thuận': { city: 'Phan Thiết', districts: ['Hàm Thuận Bắc', 'Tuy Phong', 'Đức Linh', 'Tánh Linh'] },
  'Kon Tum': { city: 'Kon Tum', districts: ['Đắk Hà', 'Ngọc Hồi', 'Sa Thầy', 'Kon Plông'] },
  'Gia Lai': { city: 'Pleiku', districts: ['Chư Sê', 'Đức Cơ', 'Ia Grai', 'Chư Păh'] },
  'Đắk Lắk': { city: 'Buôn Ma Thuột', districts: ['Krông Pắc', 'Ea Kar', 'Krông Bông', 'Lắk'] },
  'Đắk Nông': { city: 'Gia Nghĩa', districts: ['Đắk Mil', 'Cư Jút', 'Krông Nô', 'Đắk Song'] },
  'Lâm Đồng': { city: 'Đà Lạt', districts: ['Đức Trọng', 'Di Linh', 'Lâm Hà', 'Đơn Dương'] },
  'Bình Phước': { city: 'Đồng Xoài', districts: ['Bù Đăng', 'Lộc Ninh', 'Bù Đốp', 'Hớn Quản'] },
  'Tây Ninh': { city: 'Tây Ninh', districts: ['Gò Dầu', 'Tân Biên', 'Dương Minh Châu', 'Bến Cầu'] },
  'Bình Dương': { city: 'Thủ Dầu Một', districts: ['Bàu Bàng', 'Phú Giáo', 'Dầu Tiếng', 'Bắc Tân Uyên'] },
  'Đồng Nai': { city: 'Biên Hòa', districts: ['Long Thành', 'Nhơn Trạch', 'Trảng Bom', 'Định Quán'] },
  'Bà Rịa - Vũng Tàu': { city: 'Vũng Tàu', districts: ['Châu Đức', 'Xuyên Mộc', 'Đất Đỏ', 'Côn Đảo'] },
  'Long An': { city: 'Tân An', districts: ['Bến Lức', 'Đức Hòa', 'Cần Giuộc', 'Mộc Hóa'] },
  'Tiền Giang': { city: 'Mỹ Tho', districts: ['Cái Bè', 'Gò Công Đông', 'Chợ Gạo', 'Cai Lậy'] },
  'Bến Tre': { city: 'Bến Tre', districts: ['Ba Tri', 'Mỏ Cày Nam', 'Giồng Trôm', 'Bình Đại'] },
  'Trà Vinh': { city: 'Trà Vinh', districts: ['Cầu Kè', 'Tiểu Cần', 'Cầu Ngang', 'Trà Cú'] },
  'Vĩnh Long': { city: 'Vĩnh Long', districts: ['Long Hồ', 'Tam Bình', 'Trà Ôn', 'Vũng Liêm'] },
  'Đồng Tháp': { city: 'Cao Lãnh', districts: ['Tháp Mười', 'Lấp Vò', 'Lai Vung', 'Hồng Ngự'] },
  'An Giang': { city: 'Long Xuyên', districts: ['Chợ Mới', 'Tịnh Biên', 'Thoại Sơn', 'An Phú'] },
  'Kiên Giang': { city: 'Rạch Giá', districts: ['Hòn Đất', 'Tân Hiệp', 'Kiên Lương', 'Giồng Riềng'] },
  'Hậu Giang': { city: 'Vị Thanh', districts: ['Phụng Hiệp', 'Long Mỹ', 'Vị Thủy', 'Châu Thành A'] },
  'Sóc Trăng': { city: 'Sóc Trăng', districts: ['Mỹ Xuyên', 'Trần Đề', 'Kế Sách', 'Mỹ Tú'] },
  'Bạc Liêu': { city: 'Bạc Liêu', districts: ['Hồng Dân', 'Đông Hải', 'Vĩnh Lợi', 'Giá Rai'] },
  'Cà Mau': { city: 'Cà Mau', districts: ['Năm Căn', 'Trần Văn Thời', 'U Minh', 'Đầm Dơi'] },
};

/** Bylines: reporters' pen names, written in title case or capitals, one or two. */
export const REPORTERS = [
  'Mai Chi', 'Phương Vy', 'Thu Hà', 'Thanh Ba', 'Khánh Linh', 'Trí Dũng', 'Phương Dung', 'Đào Quyên', 'Phùng Khiêm', 'Minh Tâm',
  'Hoàng Anh', 'Quang Huy', 'Ngọc Lan', 'Hải Yến', 'Tuấn Minh', 'Thảo Nguyên', 'Bảo Châu', 'Hồng Nhung', 'Việt Hà', 'Lan Anh',
];
export const PHOTOGRAPHERS = ['Thành Tâm', 'Quốc Tuấn', 'Hữu Việt', 'Minh Đức', 'Văn Thanh'];

/** Lines of page chrome that scraped articles carry before and after the text. */
export const FURNITURE_BEFORE = ['Trang chủ | Thời sự | Chính trị', 'Chính trị - Xây dựng Đảng', 'Cỡ chữ: A- A A+', 'In bài | Gửi bài'];
export const FURNITURE_AFTER = ['Chia sẻ', 'Tin cùng chuyên mục', 'Xem tin theo ngày', 'Bình luận (0)', 'Gửi bình luận', 'Bản quyền thuộc về báo điện tử tỉnh.'];

export const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

/** Subjects of resolutions and plans, completed with the province and a period. */
export const SUBJECTS = [
  'phát triển kinh tế - xã hội', 'xây dựng nông thôn mới', 'phát triển du lịch', 'cải cách hành chính',
  'chuyển đổi số', 'phát triển hạ tầng giao thông', 'bảo vệ môi trường', 'phát triển nguồn nhân lực',
  'thu hút đầu tư', 'giảm nghèo bền vững', 'phòng, chống tham nhũng, lãng phí', 'công tác cán bộ',
];

/** Sentences of the body of an article that name nobody and no meeting: what reports are mostly made of. */
export const FILLER = [
  'Dưới sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp, tình hình kinh tế – xã hội trên địa bàn tiếp tục phát triển ổn định.',
  'Công tác cải cách hành chính, cải thiện môi trường đầu tư kinh doanh được quan tâm chỉ đạo quyết liệt, chỉ số năng lực cạnh tranh cấp tỉnh được cải thiện.',
  'Các chương trình mục tiêu quốc gia được triển khai đồng bộ, đời sống vật chất và tinh thần của Nhân dân từng bước được nâng lên.',
  'Công tác xây dựng Đảng, xây dựng hệ thống chính trị có nhiều chuyển biến tích cực; công tác kiểm tra, giám sát được tăng cường.',
  'Quốc phòng, an ninh được giữ vững; trật tự, an toàn xã hội được bảo đảm; công tác đối ngoại được mở rộng.',
  'Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, một số chỉ tiêu chưa đạt kế hoạch.',
  'Nguyên nhân của những hạn chế là do tác động của tình hình thế giới, giá cả nguyên vật liệu tăng cao và một số cơ chế, chính sách chưa phù hợp.',
  'Thời gian tới, các cấp, các ngành cần tập trung tháo gỡ khó khăn, vướng mắc, tạo điều kiện thuận lợi cho doanh nghiệp phát triển sản xuất, kinh doanh.',
  'Cần tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất lượng nguồn nhân lực, phát huy tiềm năng, lợi thế của địa phương.',
  'Các đại biểu tập trung phân tích, làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất nhiều giải pháp thiết thực, khả thi.',
  'Công tác phòng, chống tham nhũng, tiêu cực được chỉ đạo quyết liệt; nhiều vụ việc phức tạp được giải quyết dứt điểm.',
  'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tiếp tục được triển khai sâu rộng trong cán bộ, đảng viên.',
  'Phong trào thi đua yêu nước được phát động rộng khắp, tạo khí thế phấn khởi trong cán bộ, đảng viên và các tầng lớp Nhân dân.',
  'Công tác an sinh xã hội được bảo đảm, các chính sách đối với người có công, hộ nghèo và đối tượng bảo trợ xã hội được thực hiện đầy đủ, kịp thời.',
  'Hạ tầng giao thông, đô thị được đầu tư nâng cấp, nhiều công trình trọng điểm hoàn thành đưa vào sử dụng, phát huy hiệu quả.',
  'Sản xuất nông nghiệp cơ bản ổn định, nhiều mô hình sản xuất ứng dụng công nghệ cao được nhân rộng, giá trị sản phẩm trên một héc-ta canh tác tăng.',
  'Hoạt động du lịch từng bước phục hồi, lượng khách tham quan tăng khá so với cùng kỳ, doanh thu từ du lịch đạt khá.',
  'Giáo dục và đào tạo có nhiều tiến bộ, tỷ lệ trường đạt chuẩn quốc gia tăng; công tác chăm sóc sức khỏe Nhân dân được quan tâm.',
];
