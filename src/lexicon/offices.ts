// The offices of the political system at the provincial and district levels, as data: each body with the
// titles held in it, and how the body takes its place ("Tỉnh ủy" + the province's name, a state body + "tỉnh"
// + the name). From ../shared/reference/political-system.md §2.4–2.5, §3.5–3.7, §4.1–4.2 and §5. It is the
// inventory the post grammar is tested on (test/extract/post-grammar.test.ts): every title of every body, at
// the province and at a district, written in full and with the papers' abbreviations, must read as one post.

/**
 * How a body names its place: a Party committee by the place's name alone ("Tỉnh ủy Kon Tum"), a body written
 * with its level by the name after it ("HĐND tỉnh" + "Kon Tum"), a department by its level and the name ("Sở Y
 * tế" + "tỉnh Kon Tum").
 */
export type PlaceForm = 'committee' | 'level' | 'department' | 'national';

export interface Office {
  /** the body as written in full */
  body: string;
  /** the same body as papers abbreviate it, if they do */
  short?: string;
  /** the titles held in the body, written before it: "Phó Trưởng" + "Ban Tổ chức Tỉnh ủy" */
  titles: string[];
  place: PlaceForm;
  /** where the inventory has it from, or a phrase as papers write it */
  example: string;
}

/**
 * A title and its body written as one post: a title that ends as its body begins is written once ("Chánh Văn phòng" +
 * "Văn phòng Tỉnh ủy" → "Chánh Văn phòng Tỉnh ủy"; "Phó Chánh Thanh tra" + "Thanh tra tỉnh"; "Trưởng phòng" + "Phòng
 * Nội vụ huyện" → "Trưởng phòng Nội vụ huyện").
 */
export function postOf(title: string, body: string): string {
  const words = title.split(' ');
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (body.toLowerCase().startsWith(`${tail.toLowerCase()} `)) return `${title} ${body.slice(tail.length + 1)}`;
  }
  return `${title} ${body}`;
}

/** The body's name without the level its place is written after: "Sở Y tế", "Ban Pháp chế HĐND", "Tỉnh ủy". */
export const bodyName = (o: Office): string => o.body.replace(/ (?:tỉnh|huyện|xã)$/u, '');

/** A province's offices: "Bí thư Tỉnh ủy Kon Tum", "Giám đốc Sở Y tế tỉnh Kon Tum". */
export const PROVINCIAL_OFFICES: Office[] = [
  { body: 'Tỉnh ủy', titles: ['Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực'], place: 'committee', example: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh' },
  { body: 'Ban Thường vụ Tỉnh ủy', short: 'BTV Tỉnh ủy', titles: ['Ủy viên'], place: 'committee', example: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy' },
  { body: 'Ủy ban Kiểm tra Tỉnh ủy', short: 'UBKT Tỉnh ủy', titles: ['Chủ nhiệm', 'Phó Chủ nhiệm'], place: 'committee', example: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' },
  { body: 'Văn phòng Tỉnh ủy', titles: ['Chánh Văn phòng', 'Phó Chánh Văn phòng'], place: 'committee', example: 'Chánh Văn phòng Tỉnh ủy' },
  { body: 'Ban Tổ chức Tỉnh ủy', titles: ['Trưởng', 'Phó Trưởng'], place: 'committee', example: 'Trưởng Ban Tổ chức Tỉnh ủy' },
  { body: 'Ban Tuyên giáo Tỉnh ủy', titles: ['Trưởng', 'Phó Trưởng'], place: 'committee', example: 'Phó Trưởng Ban Tuyên giáo Tỉnh ủy' },
  { body: 'Ban Dân vận Tỉnh ủy', titles: ['Trưởng', 'Phó Trưởng'], place: 'committee', example: 'Trưởng Ban Dân vận Tỉnh ủy' },
  { body: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', titles: ['Trưởng', 'Phó Trưởng'], place: 'committee', example: 'Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy (from 2025)' },
  { body: 'Ban Nội chính Tỉnh ủy', titles: ['Trưởng', 'Phó Trưởng'], place: 'committee', example: 'Trưởng Ban Nội chính Tỉnh ủy' },
  { body: 'HĐND tỉnh', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch HĐND tỉnh' },
  { body: 'Ban Pháp chế HĐND tỉnh', titles: ['Trưởng', 'Phó Trưởng'], place: 'level', example: 'Trưởng Ban Pháp chế HĐND tỉnh' },
  { body: 'Ban Kinh tế - Ngân sách HĐND tỉnh', titles: ['Trưởng', 'Phó Trưởng'], place: 'level', example: 'Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh' },
  { body: 'Ban Văn hóa - Xã hội HĐND tỉnh', titles: ['Trưởng', 'Phó Trưởng'], place: 'level', example: 'Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh' },
  { body: 'Ban Dân tộc HĐND tỉnh', titles: ['Trưởng', 'Phó Trưởng'], place: 'level', example: 'Trưởng Ban Dân tộc HĐND tỉnh' },
  { body: 'UBND tỉnh', titles: ['Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực', 'Ủy viên'], place: 'level', example: 'Phó Chủ tịch Thường trực UBND tỉnh' },
  { body: 'Văn phòng UBND tỉnh', titles: ['Chánh Văn phòng', 'Phó Chánh Văn phòng'], place: 'level', example: 'Chánh Văn phòng UBND tỉnh' },
  { body: 'Sở Nội vụ', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Nội vụ' },
  { body: 'Sở Tài chính', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Tài chính' },
  { body: 'Sở Kế hoạch và Đầu tư', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Kế hoạch và Đầu tư' },
  { body: 'Sở Công Thương', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Công Thương' },
  { body: 'Sở Nông nghiệp và Phát triển nông thôn', short: 'Sở NN&PTNT', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở NN&PTNT' },
  { body: 'Sở Nông nghiệp và Môi trường', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Nông nghiệp và Môi trường (from 2025)' },
  { body: 'Sở Tài nguyên và Môi trường', short: 'Sở TN&MT', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Tài nguyên và Môi trường' },
  { body: 'Sở Xây dựng', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Xây dựng' },
  { body: 'Sở Giao thông vận tải', short: 'Sở GTVT', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Giao thông vận tải' },
  { body: 'Sở Thông tin và Truyền thông', short: 'Sở TT&TT', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở TT&TT' },
  { body: 'Sở Khoa học và Công nghệ', short: 'Sở KH&CN', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Khoa học và Công nghệ' },
  { body: 'Sở Giáo dục và Đào tạo', short: 'Sở GD&ĐT', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở GD&ĐT' },
  { body: 'Sở Y tế', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Y tế' },
  { body: 'Sở Tư pháp', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Tư pháp' },
  { body: 'Sở Lao động - Thương binh và Xã hội', short: 'Sở LĐ-TB&XH', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Lao động - Thương binh và Xã hội' },
  { body: 'Sở Ngoại vụ', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Ngoại vụ' },
  { body: 'Sở Dân tộc và Tôn giáo', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Dân tộc và Tôn giáo (from 2025)' },
  { body: 'Thanh tra tỉnh', titles: ['Chánh Thanh tra'], place: 'level', example: 'Chánh Thanh tra tỉnh' },
  { body: 'Công an tỉnh', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'level', example: 'Giám đốc Công an tỉnh' },
  { body: 'Bộ Chỉ huy Quân sự tỉnh', short: 'Bộ CHQS tỉnh', titles: ['Chỉ huy trưởng', 'Chính ủy'], place: 'level', example: 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
  { body: 'Tòa án nhân dân tỉnh', titles: ['Chánh án', 'Phó Chánh án'], place: 'level', example: 'Chánh án Tòa án nhân dân tỉnh' },
  { body: 'Viện Kiểm sát nhân dân tỉnh', titles: ['Viện trưởng', 'Phó Viện trưởng'], place: 'level', example: 'Viện trưởng Viện Kiểm sát nhân dân tỉnh' },
  { body: 'Ủy ban MTTQ Việt Nam tỉnh', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' },
  { body: 'Hội Nông dân tỉnh', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch Hội Nông dân tỉnh' },
  { body: 'Hội Liên hiệp Phụ nữ tỉnh', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh' },
  { body: 'Hội Cựu chiến binh tỉnh', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch Hội Cựu chiến binh tỉnh' },
  { body: 'Liên đoàn Lao động tỉnh', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch Liên đoàn Lao động tỉnh' },
  { body: 'Đoàn ĐBQH tỉnh', titles: ['Trưởng', 'Phó Trưởng'], place: 'level', example: 'Trưởng Đoàn ĐBQH tỉnh' },
  // §2.4: the committees of 2025, the party groups before them, the armed forces' committee, the Party school
  { body: 'Đảng ủy các cơ quan Đảng tỉnh', titles: ['Bí thư', 'Phó Bí thư'], place: 'level', example: 'Bí thư Đảng ủy các cơ quan Đảng tỉnh (from 2025)' },
  { body: 'Đảng ủy UBND tỉnh', titles: ['Bí thư', 'Phó Bí thư'], place: 'level', example: 'Bí thư Đảng ủy UBND tỉnh (from 2025)' },
  { body: 'Ban cán sự đảng UBND tỉnh', titles: ['Bí thư', 'Phó Bí thư'], place: 'level', example: 'Phó Bí thư Ban cán sự đảng UBND tỉnh (until 2025)' },
  { body: 'Đảng đoàn HĐND tỉnh', titles: ['Bí thư', 'Phó Bí thư'], place: 'level', example: 'Bí thư Đảng đoàn HĐND tỉnh (until 2025)' },
  { body: 'Đảng ủy Khối các cơ quan tỉnh', titles: ['Bí thư', 'Phó Bí thư'], place: 'level', example: 'Bí thư Đảng ủy Khối các cơ quan tỉnh (until 2025)' },
  { body: 'Đảng ủy Khối Doanh nghiệp tỉnh', titles: ['Bí thư'], place: 'level', example: 'Bí thư Đảng ủy Khối Doanh nghiệp tỉnh (until 2025)' },
  { body: 'Đảng ủy Quân sự tỉnh', titles: ['Bí thư', 'Phó Bí thư'], place: 'level', example: 'Phó Bí thư Đảng ủy Quân sự tỉnh' },
  { body: 'Bộ đội Biên phòng tỉnh', short: 'BĐBP tỉnh', titles: ['Chỉ huy trưởng', 'Chính ủy'], place: 'level', example: 'Chính ủy Bộ đội Biên phòng tỉnh' },
  { body: 'Trường Chính trị tỉnh', titles: ['Hiệu trưởng', 'Phó Hiệu trưởng'], place: 'level', example: 'Hiệu trưởng Trường Chính trị tỉnh' },
  { body: 'Ban Xây dựng Đảng Tỉnh ủy', titles: ['Trưởng', 'Phó Trưởng'], place: 'committee', example: 'Trưởng Ban Xây dựng Đảng Tỉnh ủy' },
  { body: 'Ủy ban Kiểm tra Tỉnh ủy', titles: ['Ủy viên'], place: 'committee', example: 'Ủy viên Ủy ban Kiểm tra Tỉnh ủy' },
  { body: 'Tỉnh đoàn', titles: ['Bí thư', 'Phó Bí thư'], place: 'committee', example: 'Bí thư Tỉnh đoàn' },
  { body: 'Hội Chữ thập đỏ tỉnh', titles: ['Chủ tịch'], place: 'level', example: 'Chủ tịch Hội Chữ thập đỏ tỉnh' },
  { body: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', titles: ['Chủ tịch'], place: 'level', example: 'Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh' },
  { body: 'Kho bạc Nhà nước tỉnh', titles: ['Giám đốc'], place: 'level', example: 'Giám đốc Kho bạc Nhà nước tỉnh' },
  { body: 'Cục Thuế tỉnh', titles: ['Cục trưởng', 'Phó Cục trưởng'], place: 'level', example: 'Cục trưởng Cục Thuế tỉnh' },
  { body: 'Ban Quản lý Khu kinh tế tỉnh', titles: ['Trưởng', 'Phó Trưởng'], place: 'level', example: 'Trưởng Ban Quản lý Khu kinh tế tỉnh' },
  { body: 'Đài Phát thanh và Truyền hình tỉnh', titles: ['Giám đốc'], place: 'level', example: 'Giám đốc Đài Phát thanh và Truyền hình tỉnh' },
  { body: 'Sở Văn hóa - Thể thao và Du lịch', titles: ['Giám đốc', 'Phó Giám đốc'], place: 'department', example: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch' },
  { body: 'Sở Quy hoạch - Kiến trúc', titles: ['Giám đốc'], place: 'department', example: 'Giám đốc Sở Quy hoạch - Kiến trúc (Hà Nội, TP. Hồ Chí Minh)' },
  { body: 'Ban Dân tộc tỉnh', titles: ['Trưởng'], place: 'level', example: 'Trưởng Ban Dân tộc tỉnh (until 2025)' },
  { body: 'Thanh tra tỉnh', titles: ['Phó Chánh Thanh tra'], place: 'level', example: 'Phó Chánh Thanh tra tỉnh' },
];

/** A district's offices (until 30 June 2025): "Bí thư Huyện ủy Đắk Hà", "Chủ tịch UBND huyện Đắk Hà". */
export const DISTRICT_OFFICES: Office[] = [
  { body: 'Huyện ủy', titles: ['Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực'], place: 'committee', example: 'Bí thư Huyện ủy Đắk Hà' },
  { body: 'Ban Thường vụ Huyện ủy', titles: ['Ủy viên'], place: 'committee', example: 'Ủy viên Ban Thường vụ Huyện ủy' },
  { body: 'Ủy ban Kiểm tra Huyện ủy', titles: ['Chủ nhiệm', 'Phó Chủ nhiệm'], place: 'committee', example: 'Chủ nhiệm Ủy ban Kiểm tra Huyện ủy' },
  { body: 'Ban Tổ chức Huyện ủy', titles: ['Trưởng', 'Phó Trưởng'], place: 'committee', example: 'Trưởng Ban Tổ chức Huyện ủy' },
  { body: 'HĐND huyện', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch HĐND huyện' },
  { body: 'UBND huyện', titles: ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên'], place: 'level', example: 'Chủ tịch UBND huyện' },
  { body: 'Ủy ban MTTQ Việt Nam huyện', titles: ['Chủ tịch'], place: 'level', example: 'Chủ tịch Ủy ban MTTQ Việt Nam huyện' },
  { body: 'Công an huyện', titles: ['Trưởng'], place: 'level', example: 'Trưởng Công an huyện' },
  { body: 'Ban Dân vận Huyện ủy', titles: ['Trưởng'], place: 'committee', example: 'Trưởng Ban Dân vận Huyện ủy' },
  { body: 'Văn phòng Huyện ủy', titles: ['Chánh Văn phòng'], place: 'committee', example: 'Chánh Văn phòng Huyện ủy' },
  { body: 'Ủy ban MTTQ Việt Nam huyện', titles: ['Phó Chủ tịch'], place: 'level', example: 'Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện' },
  { body: 'Phòng Nội vụ huyện', titles: ['Trưởng phòng'], place: 'level', example: 'Trưởng phòng Nội vụ huyện' },
  { body: 'Phòng Tài chính - Kế hoạch huyện', titles: ['Trưởng phòng'], place: 'level', example: 'Trưởng phòng Tài chính - Kế hoạch huyện' },
  { body: 'Trung tâm Chính trị huyện', titles: ['Giám đốc'], place: 'level', example: 'Giám đốc Trung tâm Chính trị huyện' },
  { body: 'Ban Chỉ huy Quân sự huyện', titles: ['Chỉ huy trưởng'], place: 'level', example: 'Chỉ huy trưởng Ban Chỉ huy Quân sự huyện' },
  { body: 'Ban Kinh tế - Xã hội HĐND huyện', titles: ['Trưởng'], place: 'level', example: 'Trưởng Ban Kinh tế - Xã hội HĐND huyện' },
  { body: 'Văn phòng HĐND và UBND huyện', titles: ['Chánh Văn phòng'], place: 'level', example: 'Chánh Văn phòng HĐND và UBND huyện' },
];

/** A commune's or ward's offices (§2.6, §3.8): "Bí thư Đảng ủy xã Hải An", "Chủ tịch UBND phường Đông Mai". */
export const COMMUNE_OFFICES: Office[] = [
  { body: 'Đảng ủy xã', titles: ['Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực'], place: 'level', example: 'Bí thư Đảng ủy xã' },
  { body: 'HĐND xã', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Chủ tịch HĐND xã' },
  { body: 'UBND xã', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'level', example: 'Phó Chủ tịch UBND xã' },
  { body: 'Ủy ban MTTQ Việt Nam xã', titles: ['Chủ tịch'], place: 'level', example: 'Chủ tịch Ủy ban MTTQ Việt Nam xã' },
  { body: 'Ủy ban Kiểm tra Đảng ủy xã', titles: ['Chủ nhiệm'], place: 'level', example: 'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã (from 2025)' },
  { body: 'Ban Xây dựng Đảng Đảng ủy xã', titles: ['Trưởng'], place: 'level', example: 'Trưởng Ban Xây dựng Đảng Đảng ủy xã (from 2025)' },
  { body: 'Văn phòng Đảng ủy xã', titles: ['Chánh Văn phòng'], place: 'level', example: 'Chánh Văn phòng Đảng ủy xã (from 2025)' },
  { body: 'Công an xã', titles: ['Trưởng'], place: 'level', example: 'Trưởng Công an xã' },
];

/** Offices at the centre, which name no place: "Trưởng Ban Tổ chức Trung ương", "Thứ trưởng Bộ Tư pháp". */
export const CENTRAL_OFFICES: Office[] = [
  { body: 'Ban Tổ chức Trung ương', short: 'Ban Tổ chức TƯ', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Phó Trưởng Ban Tổ chức Trung ương' },
  { body: 'Ban Tuyên giáo Trung ương', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Trưởng Ban Tuyên giáo Trung ương' },
  { body: 'Ban Dân vận Trung ương', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Phó Trưởng Ban Dân vận Trung ương' },
  { body: 'Ban Nội chính Trung ương', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Trưởng Ban Nội chính Trung ương' },
  { body: 'Ban Kinh tế Trung ương', short: 'Ban Kinh tế TƯ', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Phó Trưởng Ban Kinh tế Trung ương' },
  { body: 'Ủy ban Kiểm tra Trung ương', short: 'UBKT Trung ương', titles: ['Chủ nhiệm', 'Phó Chủ nhiệm'], place: 'national', example: 'Chủ nhiệm Ủy ban Kiểm tra Trung ương' },
  { body: 'Văn phòng Trung ương Đảng', titles: ['Chánh Văn phòng', 'Phó Chánh Văn phòng'], place: 'national', example: 'Chánh Văn phòng Trung ương Đảng' },
  { body: 'Quốc hội', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'national', example: 'Phó Chủ tịch Quốc hội' },
  { body: 'Ủy ban Tài chính - Ngân sách của Quốc hội', titles: ['Chủ nhiệm', 'Phó Chủ nhiệm'], place: 'national', example: 'Chủ nhiệm Ủy ban Tài chính - Ngân sách của Quốc hội' },
  { body: 'Văn phòng Quốc hội', titles: ['Chủ nhiệm', 'Phó Chủ nhiệm'], place: 'national', example: 'Chủ nhiệm Văn phòng Quốc hội' },
  { body: 'Chính phủ', titles: ['Thủ tướng', 'Phó Thủ tướng'], place: 'national', example: 'Phó Thủ tướng Chính phủ' },
  { body: 'Bộ Nội vụ', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Nội vụ' },
  { body: 'Bộ Tư pháp', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Thứ trưởng Bộ Tư pháp' },
  { body: 'Bộ Kế hoạch và Đầu tư', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Thứ trưởng Bộ Kế hoạch và Đầu tư' },
  { body: 'Bộ Giao thông vận tải', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Giao thông vận tải' },
  { body: 'Bộ Văn hóa - Thể thao và Du lịch', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch' },
  { body: 'Ủy ban Trung ương MTTQ Việt Nam', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'national', example: 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam' },
  // §2.2–2.3: the departments and committees of 2025
  { body: 'Ban Tuyên giáo và Dân vận Trung ương', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Trưởng Ban Tuyên giáo và Dân vận Trung ương (from 2025)' },
  { body: 'Ban Chính sách, chiến lược Trung ương', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Trưởng Ban Chính sách, chiến lược Trung ương (from 2025)' },
  { body: 'Ban Đối ngoại Trung ương', titles: ['Trưởng', 'Phó Trưởng'], place: 'national', example: 'Trưởng Ban Đối ngoại Trung ương (until 2025)' },
  { body: 'Đảng ủy các cơ quan Đảng Trung ương', titles: ['Bí thư', 'Phó Bí thư'], place: 'national', example: 'Bí thư Đảng ủy các cơ quan Đảng Trung ương (from 2025)' },
  { body: 'Đảng ủy Chính phủ', titles: ['Bí thư', 'Phó Bí thư'], place: 'national', example: 'Phó Bí thư Đảng ủy Chính phủ (from 2025)' },
  // §3.1–3.4: the National Assembly's bodies, the ministries, courts, procuracy, audit
  { body: 'Ủy ban Thường vụ Quốc hội', titles: ['Ủy viên'], place: 'national', example: 'Ủy viên Ủy ban Thường vụ Quốc hội' },
  { body: 'Hội đồng Dân tộc của Quốc hội', titles: ['Chủ tịch', 'Phó Chủ tịch'], place: 'national', example: 'Chủ tịch Hội đồng Dân tộc của Quốc hội' },
  { body: 'Ủy ban Pháp luật của Quốc hội', titles: ['Chủ nhiệm', 'Phó Chủ nhiệm'], place: 'national', example: 'Chủ nhiệm Ủy ban Pháp luật của Quốc hội' },
  { body: 'Ủy ban Kinh tế của Quốc hội', titles: ['Chủ nhiệm', 'Phó Chủ nhiệm'], place: 'national', example: 'Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội' },
  { body: 'Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội', titles: ['Trưởng'], place: 'national', example: 'Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội' },
  { body: 'Bộ Quốc phòng', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Quốc phòng' },
  { body: 'Bộ Công an', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Thứ trưởng Bộ Công an' },
  { body: 'Bộ Ngoại giao', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Ngoại giao' },
  { body: 'Bộ Tài chính', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Thứ trưởng Bộ Tài chính' },
  { body: 'Bộ Công Thương', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Công Thương' },
  { body: 'Bộ Nông nghiệp và Phát triển nông thôn', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn (until 2025)' },
  { body: 'Bộ Nông nghiệp và Môi trường', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Nông nghiệp và Môi trường (from 2025)' },
  { body: 'Bộ Tài nguyên và Môi trường', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Thứ trưởng Bộ Tài nguyên và Môi trường (until 2025)' },
  { body: 'Bộ Xây dựng', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Xây dựng' },
  { body: 'Bộ Thông tin và Truyền thông', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Thông tin và Truyền thông (until 2025)' },
  { body: 'Bộ Khoa học và Công nghệ', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Khoa học và Công nghệ' },
  { body: 'Bộ Giáo dục và Đào tạo', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Giáo dục và Đào tạo' },
  { body: 'Bộ Y tế', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Y tế' },
  { body: 'Bộ Lao động - Thương binh và Xã hội', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Thứ trưởng Bộ Lao động - Thương binh và Xã hội (until 2025)' },
  { body: 'Bộ Dân tộc và Tôn giáo', titles: ['Bộ trưởng', 'Thứ trưởng'], place: 'national', example: 'Bộ trưởng Bộ Dân tộc và Tôn giáo (from 2025)' },
  { body: 'Tòa án nhân dân tối cao', titles: ['Chánh án', 'Phó Chánh án'], place: 'national', example: 'Chánh án Tòa án nhân dân tối cao' },
  { body: 'Viện Kiểm sát nhân dân tối cao', titles: ['Viện trưởng', 'Phó Viện trưởng'], place: 'national', example: 'Viện trưởng Viện Kiểm sát nhân dân tối cao' },
  { body: 'Kiểm toán Nhà nước', titles: ['Tổng Kiểm toán'], place: 'national', example: 'Tổng Kiểm toán Nhà nước' },
  { body: 'Thanh tra Chính phủ', titles: ['Tổng Thanh tra'], place: 'national', example: 'Tổng Thanh tra Chính phủ' },
  { body: 'Văn phòng Chủ tịch nước', titles: ['Chủ nhiệm'], place: 'national', example: 'Chủ nhiệm Văn phòng Chủ tịch nước' },
  // §2.2, §4, §5: the Party's academy and paper, the mass organisations, the armed forces
  { body: 'Học viện Chính trị quốc gia Hồ Chí Minh', titles: ['Giám đốc'], place: 'national', example: 'Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh' },
  { body: 'Báo Nhân Dân', titles: ['Tổng Biên tập'], place: 'national', example: 'Tổng Biên tập Báo Nhân Dân' },
  { body: 'Trung ương Hội Nông dân Việt Nam', titles: ['Chủ tịch'], place: 'national', example: 'Chủ tịch Trung ương Hội Nông dân Việt Nam' },
  { body: 'Tổng Liên đoàn Lao động Việt Nam', titles: ['Chủ tịch'], place: 'national', example: 'Chủ tịch Tổng Liên đoàn Lao động Việt Nam' },
  { body: 'Quân khu 4', titles: ['Tư lệnh', 'Chính ủy'], place: 'national', example: 'Tư lệnh Quân khu 4' },
  { body: 'Bộ Tư lệnh Thủ đô Hà Nội', titles: ['Tư lệnh'], place: 'national', example: 'Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội' },
];
