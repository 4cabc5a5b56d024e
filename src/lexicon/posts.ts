// Titles and bodies of Party and state posts, written as data. A post phrase is a title, then an optional
// body; lower-case syllables may continue a phrase only when they belong to this vocabulary.

/**
 * `seats`: "one" when a body has a single holder at a time (Bí thư, Chủ tịch, Trưởng ban, Giám đốc, the standing
 * deputy), so that two holders at once are a conflict and holders follow one another; "many" for members and
 * deputies ("Ủy viên …", "Phó Chủ tịch UBND tỉnh"), who hold it side by side.
 */
export interface Title { text: string; seats: 'one' | 'many'; example: string }

/** "Quyền Chủ tịch UBND tỉnh": acting in a post; the post is the one after the word, held acting. */
export const ACTING = { word: 'Quyền', example: 'ông Nguyễn Văn A, Quyền Chủ tịch UBND tỉnh' };

/** Titles that open a post phrase, longest first when matched. */
export const TITLES: Title[] = [
  { text: 'Ủy viên Bộ Chính trị', seats: 'many', example: 'Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội' },
  { text: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng', seats: 'many', example: 'Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng' },
  { text: 'Ủy viên dự khuyết', seats: 'many', example: 'ông Nguyễn Văn Hiếu, Ủy viên dự khuyết Trung ương Đảng, Ủy viên Ban Thường vụ Thành ủy' },
  { text: 'Ủy viên Ban Chấp hành Trung ương Đảng', seats: 'many', example: 'Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy' },
  { text: 'Ủy viên Trung ương Đảng', seats: 'many', example: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị' },
  { text: 'Ủy viên Ban Thường vụ', seats: 'many', example: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy' },
  { text: 'Ủy viên Ban Chấp hành', seats: 'many', example: 'Ủy viên Ban Chấp hành Đảng bộ tỉnh' },
  { text: 'Ủy viên', seats: 'many', example: 'Ủy viên UBND tỉnh' },
  { text: 'Tỉnh ủy viên', seats: 'many', example: 'Tỉnh ủy viên, Bí thư Huyện ủy Lộc Bình' },
  { text: 'Tổng Bí thư', seats: 'one', example: 'Tổng Bí thư Nguyễn Phú Trọng' },
  { text: 'Phó Bí thư thường trực', seats: 'one', example: 'Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh' },
  { text: 'Phó Bí thư Thường trực', seats: 'one', example: 'Phó Bí thư Thường trực Tỉnh ủy' },
  { text: 'Phó Bí thư', seats: 'many', example: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' },
  { text: 'Bí thư', seats: 'one', example: 'Bí thư Tỉnh ủy chủ trì hội nghị' },
  { text: 'Phó Chủ tịch Thường trực', seats: 'one', example: 'Phó Chủ tịch Thường trực UBND tỉnh' },
  { text: 'Phó Chủ tịch thường trực', seats: 'one', example: 'Phó Chủ tịch thường trực HĐND tỉnh' },
  { text: 'Phó Chủ tịch', seats: 'many', example: 'Phó Chủ tịch UBND tỉnh' },
  { text: 'Chủ tịch', seats: 'one', example: 'Chủ tịch HĐND tỉnh' },
  { text: 'Phó Thủ tướng', seats: 'many', example: 'Phó Thủ tướng Chính phủ' },
  { text: 'Thủ tướng', seats: 'one', example: 'Thủ tướng Chính phủ' },
  { text: 'Bộ trưởng', seats: 'one', example: 'Bộ trưởng Bộ Nội vụ' },
  { text: 'Thứ trưởng', seats: 'many', example: 'Thứ trưởng Bộ Tài chính' },
  { text: 'Phó Trưởng ban', seats: 'many', example: 'Phó Trưởng ban Thường trực Ban Tổ chức Tỉnh ủy' },
  { text: 'Trưởng ban', seats: 'one', example: 'Trưởng ban Dân vận Tỉnh ủy' },
  { text: 'Phó Trưởng Ban', seats: 'many', example: 'Phó Trưởng Ban Tuyên giáo Tỉnh ủy' },
  { text: 'Trưởng Ban', seats: 'one', example: 'Trưởng Ban Tổ chức Tỉnh ủy' },
  { text: 'Phó Trưởng Đoàn', seats: 'many', example: 'Phó Trưởng Đoàn ĐBQH tỉnh' },
  { text: 'Trưởng Đoàn', seats: 'one', example: 'Trưởng Đoàn ĐBQH tỉnh' },
  { text: 'Chủ nhiệm', seats: 'one', example: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' },
  { text: 'Phó Chủ nhiệm', seats: 'many', example: 'Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' },
  { text: 'Chánh Văn phòng', seats: 'one', example: 'Chánh Văn phòng Tỉnh ủy' },
  { text: 'Phó Chánh Văn phòng', seats: 'many', example: 'Phó Chánh Văn phòng Tỉnh ủy' },
  { text: 'Chánh án', seats: 'one', example: 'Chánh án Tòa án nhân dân tỉnh' },
  { text: 'Viện trưởng', seats: 'one', example: 'Viện trưởng Viện Kiểm sát nhân dân tỉnh' },
  { text: 'Tổng Giám đốc', seats: 'one', example: 'Tổng Giám đốc Kho bạc Nhà nước' },
  { text: 'Phó Giám đốc', seats: 'many', example: 'Phó Giám đốc Sở Nội vụ' },
  { text: 'Giám đốc', seats: 'one', example: 'Giám đốc Sở Tài chính' },
  { text: 'Chỉ huy trưởng', seats: 'one', example: 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
  { text: 'Chính ủy', seats: 'one', example: 'Chính ủy Bộ Chỉ huy Quân sự tỉnh' },
  { text: 'Tư lệnh', seats: 'one', example: 'Tư lệnh Quân khu 1' },
  { text: 'Đại biểu Quốc hội', seats: 'many', example: 'Đại biểu Quốc hội khóa XV' },
  { text: 'Chủ tịch nước', seats: 'one', example: 'Chủ tịch nước' },
  { text: 'Phó Chủ tịch nước', seats: 'one', example: 'Võ Thị Ánh Xuân, Ủy viên Trung ương Đảng, Phó Chủ tịch nước' },
  { text: 'Phó Vụ trưởng', seats: 'many', example: 'Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương' },
  { text: 'Vụ trưởng', seats: 'one', example: 'Vụ trưởng Vụ Công tác đảng viên' },
  { text: 'Phó Chánh án', seats: 'many', example: 'Phó Chánh án Tòa án nhân dân tỉnh' },
  { text: 'Phó Viện trưởng', seats: 'many', example: 'Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh' },
  { text: 'Phó Chỉ huy trưởng', seats: 'many', example: 'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
  { text: 'Trưởng Công an', seats: 'one', example: 'Trưởng Công an huyện Lộc Bình' },
  { text: 'Tổng Biên tập', seats: 'one', example: 'Tổng Biên tập Báo Lạng Sơn' },
  { text: 'Phó Tổng Biên tập', seats: 'many', example: 'Phó Tổng Biên tập Báo Kon Tum' },
  { text: 'Hiệu trưởng', seats: 'one', example: 'Hiệu trưởng Trường Chính trị tỉnh' },
  { text: 'Phó Hiệu trưởng', seats: 'many', example: 'Phó Hiệu trưởng Trường Chính trị tỉnh' },
  { text: 'Cục trưởng', seats: 'one', example: 'Cục trưởng Cục Thuế tỉnh' },
  { text: 'Phó Cục trưởng', seats: 'many', example: 'Phó Cục trưởng Cục Thuế tỉnh' },
  { text: 'Phó Chánh Thanh tra', seats: 'many', example: 'Phó Chánh Thanh tra tỉnh' },
  { text: 'Tổng Kiểm toán', seats: 'one', example: 'Tổng Kiểm toán Nhà nước' },
  { text: 'Tổng Thanh tra', seats: 'one', example: 'Tổng Thanh tra Chính phủ' },
  { text: 'Bí thư thứ nhất', seats: 'one', example: 'Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh' },
  { text: 'Phó Tư lệnh', seats: 'many', example: 'Phó Tư lệnh Quân khu 4' },
  { text: 'Phó Chính ủy', seats: 'many', example: 'Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh' },
  { text: 'Phó Tổng Giám đốc', seats: 'many', example: 'Phó Tổng Giám đốc Kho bạc Nhà nước' },
  { text: 'Trưởng phòng', seats: 'one', example: 'Trưởng phòng Nội vụ huyện' },
  { text: 'Trưởng Phòng', seats: 'one', example: 'đồng chí Mông Chí Hồng, Trưởng Phòng Nội Vụ huyện, đại biểu HĐND huyện' },
  { text: 'Phó Trưởng phòng', seats: 'many', example: 'Phó Trưởng phòng Tài chính - Kế hoạch huyện' },
  { text: 'Phó Trưởng Phòng', seats: 'many', example: 'Phó Trưởng Phòng Nội vụ huyện' },
  { text: 'Thành ủy viên', seats: 'many', example: 'Đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy Cầu Giấy' },
  { text: 'Chánh Thanh tra', seats: 'one', example: 'Chánh Thanh tra tỉnh' },
  { text: 'UVTƯ', seats: 'many', example: 'Đồng chí Đỗ Trọng Hưng, UVTƯ Đảng, Bí thư Tỉnh uỷ' },
  { text: 'UVTW', seats: 'many', example: 'UVTW Đảng, Bí thư Tỉnh ủy' },
];

/** Military and police ranks written before a name; not part of the name, nor a post (FORMAT.md). */
export const RANKS = ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy'];

/**
 * Posts whose title is a single seat elsewhere but that several people hold side by side: "Bí thư Trung ương
 * Đảng" is one of the Secretariat's members ("Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương").
 */
export const SHARED_SEAT_POSTS: Array<{ post: string; example: string }> = [
  { post: 'Bí thư Trung ương Đảng', example: 'Ông Phạm Minh Chính - Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương' },
  { post: 'Bí thư Trung ương Đoàn', example: 'Bí thư Trung ương Đoàn TNCS Hồ Chí Minh' },
];

/**
 * National posts that do not tell a person apart: memberships of bodies of hundreds, held by many at once, and
 * shared by namesakes from different provinces. Two mentions of a name are never tied by one of these alone
 * (src/identity/ties.ts); a post that one person holds at a time ("Phó Trưởng Ban Dân vận Trung ương") ties them.
 */
export const MASS_MEMBERSHIPS: Array<{ pattern: RegExp; example: string }> = [
  // about 200 members and alternates a term
  { pattern: /^ủy viên (dự khuyết )?ban chấp hành trung ương\b/u, example: 'đồng chí Hoàng Trung Dũng, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Hà Tĩnh' },
  { pattern: /^ủy viên (dự khuyết )?trung ương\b/u, example: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy' },
  // about 500 deputies a term
  { pattern: /^đại biểu quốc hội\b/u, example: 'Đại biểu Quốc hội khóa XV' },
  // the standing or executive committees of national associations and fronts
  { pattern: /^ủy viên (ban thường vụ|ban chấp hành|ủy ban) trung ương (hội|mặt trận|đoàn)\b/u, example: 'Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam' },
];

/** National posts and bodies: never qualified by a province. */
export const NATIONAL_MARKERS = ['trung ương', 'bộ chính trị', 'quốc hội', 'chính phủ', 'chủ tịch nước', 'tổng bí thư', 'thủ tướng', 'bộ trưởng', 'thứ trưởng'];

/**
 * Levels below the province: a bare "Huyện ủy" in a post list takes the district the list names.
 * Example: "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nam Đàn" → "Phó Bí thư Huyện ủy Nam Đàn".
 */
export const LOCAL_LEVELS: Array<{ level: string; tails: string[]; example: string }> = [
  { level: 'huyện', tails: ['Huyện ủy', 'huyện'], example: 'Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nam Đàn' },
  { level: 'thị xã', tails: ['Thị ủy', 'thị xã'], example: 'Bí thư Thị ủy, Chủ tịch HĐND thị xã Hồng Lĩnh' },
  { level: 'thành phố', tails: ['Thành ủy', 'thành phố'], example: 'Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Sầm Sơn' },
  { level: 'quận', tails: ['Quận ủy', 'quận'], example: 'Bí thư Quận ủy, Chủ tịch HĐND quận Hải Châu' },
  { level: 'xã', tails: ['Đảng ủy', 'xã'], example: 'được điều về làm Bí thư Đảng ủy kiêm Chủ tịch UBND xã An Hải' },
  { level: 'phường', tails: ['Đảng ủy', 'phường'], example: 'Bí thư Đảng ủy, Chủ tịch HĐND phường Đông Mai' },
  { level: 'thị trấn', tails: ['Đảng ủy', 'thị trấn'], example: 'Chủ tịch UBND thị trấn Phố Châu' },
];

/**
 * A local body left bare ("Chủ tịch HĐND quận", "Trưởng Phòng Nội vụ huyện") when neither the post nor its list
 * names the place takes the place of that level the article names: "Quận ủy Cầu Giấy tổ chức hội nghị …
 * đồng chí Phương Kiến Quốc - Chủ tịch HĐND quận" → "Chủ tịch HĐND quận Cầu Giấy". Only when the article
 * names one place of that level; the words that name one are the level's own and its committee's
 * ("huyện", "Huyện ủy", "Đảng ủy xã"). A city's ("thành phố", "Thành ủy") only when it is a province's city
 * ("Ban Chấp hành Đảng bộ thành phố Bắc Kạn … Bí thư Thành ủy"): a centrally run one is the province itself.
 */
export const ARTICLE_PLACE_WORDS: Array<{ level: string; words: string[] }> = LOCAL_LEVELS
  .map((l) => ({ level: l.level, words: [l.level, ...l.tails.filter((t) => / ủy$/u.test(t)).map((t) => (t === 'Đảng ủy' ? `Đảng ủy ${l.level}` : t))] }));

/**
 * Lower-case syllables that continue a capitalised word of a post or body ("Bí thư", "Ban Tổ chức",
 * "Sở Giáo dục và Đào tạo", "Ủy ban"). After a lower-case syllable only FREE_LOWERCASE may follow.
 */
export const PHRASE_LOWERCASE = new Set(
  ('thư tịch ủy uỷ viên vụ hành chấp bộ giáo vận chức tra sát chính tác dục tạo tế tư nguyên trường thông ' +
   'truyền nghiệp nông thôn triển động binh hiệp nữ chiến niên học nghệ hóa hoá thao lịch tư chính sản ' +
   'phòng sự ninh án kiểm đoàn biểu khối quan doanh ban ương đảng trưởng đốc nhiệm lệnh khuyết đạo ngoại ' +
   'mại thuế hải hiểm bạc nước giao trận quốc trực phố dân hoạch tải pháp dựng phủ tộc sinh lập vực ' +
   'thương lực hậu sự trang').split(' '),
);

/**
 * Lower-case syllables that never continue a post or body after a capitalised one: the verbs and function words
 * that follow a post in running text. Any other lower-case syllable right after a capitalised one is the second
 * syllable of a word of the body's name ("Công an", "Sở Thông tin và Truyền thông", "Ban Dân nguyện"), so
 * the grammar takes bodies it has never seen. Example: "Giám đốc Công an tỉnh chủ trì" stops before "chủ".
 */
export const PHRASE_STOPS = new Set(
  ('chủ phát trình đọc công điều cùng với đã được sẽ đang là có cho tại về đến trong khi thì này đó các những một ' +
   'dự tham làm giữ thay nhận bầu bổ tặng trao kiêm báo khẳng nhấn yêu đề gửi chúc quán tiếp thăm ký nêu đánh ' +
   'cũng vừa nhất đồng và hoặc nhưng mà để do bởi theo như từ sau trước lúc thời ngày tháng năm sáng chiều tối ' +
   'hôm nay qua vào ra lên xuống còn vẫn đều chỉ rất nhiều ít không chưa hiện nguyên cho biết cho rằng thôi ' +
   'miễn bãi phân điều chuyển nghỉ trúng tái đắc tiến chính thức ông bà anh chị em đồng chí người vị ' +
   'nói tặng đón mừng chào dẫn đầu chụp ảnh kết luận thông qua biểu quyết tuyên bố khai bế họp giới thiệu ' +
   'tổ diễn triệu nhằm gồm xem bàn quyết thống thực hướng trả hồi đi về nhiệm lần long').split(' '),
);

/**
 * Lower-case words that may follow a lower-case syllable inside a phrase: the level of a body and the
 * fixed pairs "thường trực", "nhân dân", "thành phố", "xã hội", "thị xã", "thị trấn".
 * Example: "Phó Bí thư thường trực Tỉnh ủy", "Ủy ban nhân dân tỉnh".
 */
export const FREE_LOWERCASE: Record<string, string | null> = {
  'tỉnh': null, 'huyện': null, 'quận': null, 'xã': null, 'phường': null, 'và': null,
  'thường': 'trực', 'nhân': 'dân', 'thành': 'phố', 'thị': null,
  // two-word names written in lower case inside a body's name: "Sở Giao thông vận tải", "Phát triển nông thôn"
  'vận': 'tải', 'nông': 'thôn', 'phát': 'triển', 'ngân': 'sách', 'kinh': 'tế', 'môi': 'trường', 'du': 'lịch',
  'chuyên': 'trách', 'bầu': 'cử',
};
export const FREE_PAIR_SECOND: Record<string, string> = {
  'trực': 'thường', 'dân': 'nhân', 'phố': 'thành', 'hội': 'xã', 'trấn': 'thị',
  'tải': 'vận', 'thôn': 'nông', 'triển': 'phát', 'sách': 'ngân', 'tế': 'kinh', 'trường': 'môi', 'lịch': 'du',
  'trách': 'chuyên', 'cử': 'bầu',
};


export interface BodyHead { text: string; example: string }

/** Bodies that hold meetings; matched as heads of a body phrase after "hội nghị", "kỳ họp", or as a subject. */
export const BODY_HEADS: BodyHead[] = [
  { text: 'Ban Chấp hành Đảng bộ', example: 'hội nghị Ban Chấp hành Đảng bộ tỉnh (mở rộng) lần thứ tư' },
  { text: 'Ban Chấp hành', example: 'Ban Chấp hành Đảng bộ huyện Lộc Bình' },
  { text: 'BCH Đảng bộ', example: 'Hội nghị BCH Đảng bộ tỉnh lần thứ 5' },
  { text: 'Ban Thường vụ', example: 'Hội nghị Ban Thường vụ Tỉnh ủy, kỳ chuyên đề' },
  { text: 'Thường trực Tỉnh ủy', example: 'Thường trực Tỉnh ủy họp phiên thường kỳ tháng 3' },
  { text: 'Thường trực HĐND', example: 'phiên họp Thường trực HĐND tỉnh tháng 10' },
  { text: 'Thường trực Hội đồng nhân dân', example: 'Thường trực Hội đồng nhân dân xã Lộc Thuận tổ chức kỳ họp thứ 12' },
  { text: 'Thường trực Thành ủy', example: 'Thường trực Thành ủy làm việc với Đảng ủy phường' },
  { text: 'Thường trực Huyện ủy', example: 'Thường trực Huyện ủy Lộc Bình chủ trì hội nghị' },
  { text: 'BTV', example: 'hội nghị BTV Tỉnh ủy' },
  { text: 'Tỉnh ủy', example: 'Tỉnh ủy tổ chức hội nghị' },
  { text: 'Thành ủy', example: 'Thành ủy Lạng Sơn tổ chức hội nghị sơ kết' },
  { text: 'Huyện ủy', example: 'Huyện ủy Lộc Bình tổ chức hội nghị' },
  { text: 'Thị ủy', example: 'Thị ủy Hồng Lĩnh' },
  { text: 'Đảng ủy Khối các cơ quan', example: 'Bí thư Đảng ủy Khối các cơ quan tỉnh' },
  { text: 'Đảng ủy các cơ quan Đảng', example: 'bà Nguyễn Hải Trâm … giữ chức Bí thư Đảng ủy các cơ quan Đảng tỉnh (the committees of 2025)' },
  { text: 'Đảng bộ các cơ quan Đảng', example: 'Đảng bộ các cơ quan Đảng tỉnh Đồng Tháp ra đời trên cơ sở hợp nhất …' },
  { text: 'Bộ Tư lệnh', example: 'Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội' },
  { text: 'Bộ Chỉ huy', example: 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
  { text: 'Đảng ủy Khối Doanh nghiệp', example: 'Bí thư Đảng ủy Khối Doanh nghiệp tỉnh' },
  { text: 'Đảng ủy', example: 'Đảng ủy Khối các cơ quan tỉnh' },
  { text: 'Đảng bộ', example: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII' },
  { text: 'HĐND', example: 'kỳ họp thứ 5, HĐND tỉnh khóa XVII' },
  { text: 'Hội đồng nhân dân', example: 'kỳ họp Hội đồng nhân dân tỉnh' },
  { text: 'UBND', example: 'phiên họp thường kỳ UBND tỉnh' },
  { text: 'Ủy ban nhân dân', example: 'phiên họp Ủy ban nhân dân tỉnh' },
  { text: 'Ủy ban Kiểm tra', example: 'Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 12' },
  { text: 'Ủy ban MTTQ', example: 'Ủy ban MTTQ Việt Nam tỉnh' },
  { text: 'Ủy ban Mặt trận Tổ quốc', example: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' },
  { text: 'Quốc hội', example: 'kỳ họp thứ 6, Quốc hội khóa XV' },
  { text: 'Chính phủ', example: 'phiên họp Chính phủ thường kỳ' },
  { text: 'Sở', example: 'Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh' },
  { text: 'Ban cán sự đảng', example: 'Tờ trình số 25-TTr/BCS của Ban cán sự đảng UBND tỉnh ngày 10/3/2023' },
  { text: 'Đảng đoàn', example: 'Đảng đoàn HĐND tỉnh' },
  { text: 'Ban', example: 'Ban Tổ chức Tỉnh ủy' },
  { text: 'Hội Nông dân', example: 'Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X' },
  { text: 'Hội Liên hiệp Phụ nữ', example: 'Chủ tịch Hội Liên hiệp Phụ nữ huyện' },
  { text: 'Hội Cựu chiến binh', example: 'Đại hội Hội Cựu chiến binh tỉnh' },
  { text: 'Liên đoàn Lao động', example: 'Hội nghị Ban Chấp hành Liên đoàn Lao động tỉnh' },
  { text: 'Tỉnh đoàn', example: 'Hội nghị Ban Chấp hành Tỉnh đoàn' },
  { text: 'Ủy ban Bầu cử', example: 'Phó Chủ tịch Ủy ban Bầu cử tỉnh' },
  { text: 'Hội đồng', example: 'Chủ tịch Hội đồng Dân tộc của Quốc hội; Hội đồng Thi đua - Khen thưởng tỉnh' },
  { text: 'Ban Chỉ đạo', example: 'Ban Chỉ đạo công tác thông tin đối ngoại của Tỉnh ủy tổng kết công tác năm tại hội nghị' },
  { text: 'Ban Chỉ huy', example: 'Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh' },
];

/**
 * Boards named by what they are for, in running words that the word rules of other bodies would stop at (§3.9 of the
 * reference map): after the head, any word but a verb or function word goes on, commas between the words of the topic
 * too, and "của" with the committee the board belongs to ends it. Examples: "Ban Chỉ đạo phòng, chống tham nhũng,
 * lãng phí, tiêu cực tỉnh", "Ban Chỉ đạo công tác thông tin đối ngoại của Tỉnh ủy", "Hội đồng Giáo dục quốc phòng và an
 * ninh tỉnh".
 */
export const TOPIC_HEADS: string[] = ['Ban Chỉ đạo', 'Ban Chỉ huy', 'Hội đồng'];
/**
 * What ends a board's topic: function words and the verbs of what the board does next ("tổng kết", "tổ chức", "chủ
 * trì"), as single words or as pairs whose first word is also a topic's ("thông qua" but "thông tin", "phát biểu" but
 * "phát triển").
 */
export const TOPIC_BREAKS = new Set(('đã được sẽ đang là có cho tại đến trong khi thì này đó các những một dự làm giữ thay nhận bầu tặng trao ' +
  'kiêm báo khẳng nhấn yêu gửi chúc thăm ký nêu cũng vừa hoặc nhưng mà để do bởi theo như từ sau trước lúc ngày tháng năm ' +
  'sáng chiều tối hôm nay qua vào ra còn vẫn đều rất không chưa nguyên thôi miễn ông bà anh chị người nói đón chào họp gồm ' +
  'tổng sơ triển quán rà giai quý lần kỳ khóa nhiệm').split(' '));
export const TOPIC_BREAK_PAIRS = new Set(['tham dự', 'tham gia', 'thông qua', 'phát biểu', 'chủ trì', 'tổ chức', 'đánh giá', 'giao ban', 'giao nhiệm', 'kiểm tra', 'làm việc',
  'đồng chí', 'chỉ đạo', 'điều hành', 'triệu tập', 'tuyên bố', 'khai mạc', 'bế mạc', 'kết luận', 'xem xét', 'quyết định', 'ban hành']);

/**
 * Bodies whose names the word rules of a phrase would cut (a comma, "các", a lower-case word they do not know, a place
 * inside): taken whole wherever a post or body phrase reaches them. Example: "Trưởng Ban Chính sách, chiến lược
 * Trung ương" (the Party's department from 2025), "Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh".
 */
export const NAMED_BODIES: string[] = [
  'Ban Chính sách, chiến lược Trung ương',
  'Ban Bảo vệ, chăm sóc sức khỏe cán bộ',
  'Ban Công tác đại biểu',
  'Liên hiệp các Hội Khoa học và Kỹ thuật',
  'Hội Chữ thập đỏ',
  'Học viện Chính trị quốc gia Hồ Chí Minh',
  'Tòa án nhân dân tối cao',
  'Viện Kiểm sát nhân dân tối cao',
  'Đoàn TNCS Hồ Chí Minh',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Văn phòng Chủ tịch nước',
  'Kiểm toán Nhà nước',
  'Đảng ủy các cơ quan Đảng',
  'Ủy ban Thường vụ Quốc hội',
  'Hội đồng Bầu cử quốc gia',
  'Đài Phát thanh và Truyền hình',
  'Ban Quản lý Khu kinh tế',
];

/**
 * Display forms: how a post or body is written in records (FORMAT.md): long forms shortened where the
 * abbreviation is the usual one, national posts written out.
 */
export const DISPLAY_REWRITES: Array<{ from: RegExp; to: string; example: string }> = [
  { from: /^UV(?:TƯ|TW)(?: Đảng)?$/gu, to: 'Ủy viên Ban Chấp hành Trung ương Đảng', example: 'UVTƯ Đảng, Bí thư Tỉnh uỷ' },
  { from: /Ủy viên (dự khuyết )?(?:BCH |Ban Chấp hành )?(?:TƯ|TW|T\.Ư|Trung ương) Đảng/gu, to: 'Ủy viên $1Ban Chấp hành Trung ương Đảng', example: 'Ủy viên Trung ương Đảng' },
  { from: /Ủy viên (dự khuyết )?(?:BCH |Ban Chấp hành )?(?:TƯ|TW|T\.Ư|Trung ương)(?! Đảng)/gu, to: 'Ủy viên $1Ban Chấp hành Trung ương Đảng', example: 'Ủy viên BCH Trung ương' },
  { from: /Ủy ban nhân dân/gu, to: 'UBND', example: 'Chủ tịch Ủy ban nhân dân tỉnh' },
  { from: /Hội đồng nhân dân/gu, to: 'HĐND', example: 'Chủ tịch Hội đồng nhân dân tỉnh' },
  { from: /Mặt trận Tổ quốc/gu, to: 'MTTQ', example: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' },
  { from: /\bBCH\b/gu, to: 'Ban Chấp hành', example: 'BCH Đảng bộ tỉnh' },
  { from: /\bBTV\b/gu, to: 'Ban Thường vụ', example: 'BTV Tỉnh ủy' },
  { from: /Phó Bí thư Thường trực/gu, to: 'Phó Bí thư thường trực', example: 'Phó Bí thư Thường trực Tỉnh ủy' },
  { from: /Trưởng ban /gu, to: 'Trưởng Ban ', example: 'Trưởng ban Dân vận Tỉnh ủy' },
  { from: /^(Bộ trưởng|Thứ trưởng) (?!Bộ )/gu, to: '$1 Bộ ', example: 'Trần Quốc Tỏ, …, Thứ trưởng Công an' },
  { from: /^(Phó Thủ tướng|Thủ tướng)$/gu, to: '$1 Chính phủ', example: 'Phó Thủ tướng Trần Lưu Quang vừa ký các Quyết định' },
  { from: /^Ủy viên Thường vụ /gu, to: 'Ủy viên Ban Thường vụ ', example: 'Phan Thiên Định, Ủy viên Thường vụ Thành ủy Huế' },
  { from: /(Tỉnh ủy|Thành ủy) (?:tỉnh|thành phố) /gu, to: '$1 ', example: 'Đồng chí Bùi Thanh Quyến tái đắc cử Bí thư Tỉnh ủy tỉnh Hải Dương' },
  // the Front's committee is written in full, with "Việt Nam" (FORMAT.md): "Chủ tịch Ủy ban MTTQ tỉnh X" is "Chủ
  // tịch Ủy ban MTTQ Việt Nam tỉnh X", and so are "MTTQVN", "MTTQ VN" and a chair of "MTTQ" without its committee
  { from: /MTTQ ?VN(?![\p{L}])/gu, to: 'MTTQ Việt Nam', example: 'Phan Văn Thắng – Chủ tịch Ủy ban MTTQ VN tỉnh' },
  { from: /^((?:Phó )?Chủ tịch(?: Thường trực| thường trực)?) MTTQ /gu, to: '$1 Ủy ban MTTQ ', example: 'Phạm Văn Lập (Chủ tịch MTTQ Việt Nam TP Hải Phòng)' },
  { from: /Ủy ban MTTQ (?!Việt Nam)(?=tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)/gu, to: 'Ủy ban MTTQ Việt Nam ', example: 'Chủ tịch Ủy ban MTTQ tỉnh Cà Mau' },
];

/**
 * Members of a Party committee written short: "Thành ủy viên" or "Ủy viên Thành ủy" is a member of the city's
 * executive committee (FORMAT.md), "Ủy viên Tỉnh ủy" of the province's.
 * Example: "ông Nguyễn Minh Hùng, Ủy viên Thành ủy, Phó Chủ tịch UBND TP Hải Phòng".
 */
export const COMMITTEE_MEMBERS: Array<{ surfaces: string[]; post: string }> = [
  { surfaces: ['Tỉnh ủy viên', 'Ủy viên Tỉnh ủy'], post: 'Ủy viên Ban Chấp hành Đảng bộ tỉnh' },
  { surfaces: ['Thành ủy viên', 'Ủy viên Thành ủy'], post: 'Ủy viên Ban Chấp hành Đảng bộ thành phố' },
];

/**
 * The leading single-seat posts of a province, in the order a reader of provincial news expects them: the start
 * view lists a province's posts in this order (the province's name follows each), then its other single seats.
 */
export const PROVINCE_LEADERSHIP: Array<{ post: string; example: string }> = [
  { post: 'Bí thư Tỉnh ủy', example: 'đồng chí Nguyễn Quốc Đoàn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị' },
  { post: 'Phó Bí thư thường trực Tỉnh ủy', example: 'Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh' },
  { post: 'Chủ tịch HĐND tỉnh', example: 'đồng chí Đoàn Thị Hậu, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh' },
  { post: 'Chủ tịch UBND tỉnh', example: 'đồng chí Hồ Tiến Thiệu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh' },
  { post: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', example: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh' },
  { post: 'Trưởng Đoàn ĐBQH tỉnh', example: 'Trưởng Đoàn ĐBQH tỉnh Quảng Ninh' },
  { post: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy', example: 'Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy' },
  { post: 'Trưởng Ban Tổ chức Tỉnh ủy', example: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy' },
];
