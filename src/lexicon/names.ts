// Vietnamese personal names: family names that open a name without a "đồng chí"/"ông"/"bà" before it.
// Includes family names common among the Tày, Nùng, Thái, Mường and other peoples of the provinces.
export const FAMILY_NAMES = new Set(
  ('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lâm Đào Đinh Hà Mai Trịnh ' +
   'Trương Lương Lưu Tô Triệu Vi Nông Lò Chu Tạ Quách Cao Đoàn Thái Kiều Lục Mạc Khổng Từ Lã Lữ Phùng ' +
   'Hứa Vy Bế Hầu Giàng Sùng Châu Tăng Tống Văn La Ma Mã Lăng Sầm Đàm Diệp Âu Kim Thân Thạch Lô ' +
   'Lường Cầm Quàng Điêu Vàng Thào Mùa Lầu Ksor Rơ Siu Nay Y H Đậu Nghiêm Tôn Doãn Lại Khúc Giáp Đồng ' +
   'Ninh Viên Phí Cù Bạch Khuất Mông Lèo Chẩu Nịnh Lộc Vương Phương Trình Tiêu Đầu Quản Thiều Ung Đới Kha ' +
   'Chế Bành Nhâm Đường Hán Mạch Nhữ Biện Hàn Cấn Tiết Kpă').split(' '),
);

/** Words before a name that mark it as a person even without a known family name. */
/** ("đ/c Nguyễn Văn A" is read in the people extractor: the slash splits it into two tokens.) */
export const PERSON_TRIGGERS = ['đồng chí', 'Đồng chí', 'ông', 'Ông', 'bà', 'Bà'];
