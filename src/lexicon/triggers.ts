// Trigger phrases for meetings, roles in meetings, approvals and documents: data, each with an example.
import type { PostEventKind } from '../schema/records';

export interface Trigger { id: string; text: string; example: string }

export const MEETING_NOUNS: Trigger[] = [
  { id: 'meeting.hoi-nghi', text: 'hội nghị', example: 'chủ trì hội nghị Ban Chấp hành Đảng bộ tỉnh (mở rộng) lần thứ tư' },
  { id: 'meeting.ky-hop', text: 'kỳ họp', example: 'HĐND tỉnh khóa XVII tổ chức kỳ họp thứ 10' },
  { id: 'meeting.dai-hoi', text: 'đại hội', example: 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII' },
  { id: 'meeting.phien-hop', text: 'phiên họp', example: 'UBND tỉnh tổ chức phiên họp thường kỳ tháng 5' },
  { id: 'meeting.buoi-lam-viec', text: 'buổi làm việc', example: 'chủ trì buổi làm việc với Ban Tuyên giáo Tỉnh ủy' },
  { id: 'meeting.buoi-hop', text: 'buổi họp', example: 'Cũng tại buổi họp bất thường này, HĐND tỉnh thông qua nghị quyết miễn nhiệm …' },
  { id: 'meeting.cuoc-hop', text: 'cuộc họp', example: 'chủ trì cuộc họp nghe báo cáo' },
  { id: 'meeting.phien-giai-trinh', text: 'phiên giải trình', example: 'Thường trực HĐND tỉnh tổ chức phiên giải trình về công tác giải phóng mặt bằng' },
  { id: 'meeting.phien-chat-van', text: 'phiên chất vấn', example: 'Thường trực HĐND tỉnh tổ chức phiên chất vấn giữa hai kỳ họp' },
  { id: 'meeting.phien-lam-viec', text: 'phiên làm việc', example: 'Tại phiên làm việc sáng ngày 08/4/2021, Quốc hội đã biểu quyết thông qua Nghị quyết …' },
];

/** A sentence reports that a meeting took place when it has a meeting noun and one of these. */
export const MEETING_EVENT_VERBS = ['tổ chức', 'chủ trì', 'khai mạc', 'bế mạc', 'diễn ra', 'họp', 'tiến hành', 'triệu tập', 'phát biểu tại', 'đã bầu', 'đã biểu quyết'];

/** Meetings that are only referred to, not reported. */
export const MEETING_NOT_HELD = ['tới đây', 'sắp tới', 'sẽ tổ chức', 'chuẩn bị tổ chức', 'tiếp theo'];

export const CHAIR_VERBS: Trigger[] = [
  { id: 'chair.dong-chu-tri', text: 'đồng chủ trì', example: 'đồng chủ trì hội nghị' },
  { id: 'chair.chu-toa', text: 'chủ tọa', example: 'Đồng chí … chủ tọa kỳ họp' },
  { id: 'chair.chu-tri', text: 'chủ trì', example: 'đồng chí Nguyễn Quốc Đoàn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị' },
];

/** Verbs whose subject spoke at the meeting. */
export const SPEECH_VERBS: Trigger[] = [
  { id: 'speak.phat-bieu', text: 'phát biểu', example: 'Đồng chí …, Bí thư Tỉnh ủy phát biểu tại hội nghị' },
  { id: 'speak.ket-luan', text: 'kết luận', example: 'Kết luận nội dung này, đồng chí Bí thư Tỉnh ủy khẳng định' },
  { id: 'speak.dieu-hanh', text: 'điều hành (?:phần|phiên|thảo luận|hội nghị|kỳ họp|cuộc họp|buổi)', example: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh điều hành thảo luận tại hội nghị' },
  { id: 'speak.cong-bo', text: 'công bố', example: 'Ông Mai Văn Chính, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương công bố quyết định của Bộ Chính trị tại hội nghị' },
  { id: 'speak.doc', text: 'đọc (?:quyết định|tờ trình|báo cáo|nghị quyết|diễn văn)', example: 'đồng chí … đọc quyết định của Ban Thường vụ Tỉnh ủy' },
  { id: 'speak.trinh', text: '(?:thông qua|trình) (?:tờ trình|báo cáo|dự thảo)', example: 'ông Nguyễn Thanh Bình, Chủ tịch UBND tỉnh An Giang đã thông qua tờ trình đề nghị HĐND tỉnh bầu bổ sung' },
  { id: 'speak.chuc-mung', text: 'chúc mừng', example: 'ông Nguyễn Tiến Thành, Phó Bí thư thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chúc mừng các cán bộ được điều động' },
  { id: 'speak.khang-dinh', text: 'khẳng định', example: 'đồng chí … khẳng định: Năm 2021 là năm đầu …' },
  { id: 'speak.nhan-manh', text: 'nhấn mạnh', example: 'đồng chí Bí thư Tỉnh ủy nhấn mạnh một số bài học kinh nghiệm' },
  { id: 'speak.yeu-cau', text: 'yêu cầu', example: 'đồng chí Bí thư Tỉnh ủy yêu cầu cơ quan soạn thảo tiếp thu' },
  { id: 'speak.de-nghi', text: 'đề nghị', example: 'đồng chí đề nghị cấp ủy, chính quyền các cấp chỉ đạo quyết liệt' },
  { id: 'speak.chi-dao', text: 'chỉ đạo', example: 'đồng chí Chủ tịch UBND tỉnh chỉ đạo các sở, ngành' },
  { id: 'speak.bao-cao', text: 'báo cáo', example: 'đồng chí …, Giám đốc Sở Tài chính báo cáo dự toán ngân sách' },
  { id: 'speak.trinh-bay', text: 'trình bày', example: 'đồng chí … trình bày tờ trình' },
  { id: 'speak.cho-biet', text: 'cho biết', example: 'đồng chí … cho biết' },
  { id: 'speak.bieu-duong', text: 'biểu dương', example: 'đồng chí Bí thư Tỉnh ủy biểu dương tinh thần chủ động' },
  { id: 'speak.ghi-nhan', text: 'ghi nhận', example: 'đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương nỗ lực' },
  { id: 'speak.quan-triet', text: 'quán triệt', example: 'đồng chí … quán triệt nghị quyết' },
  { id: 'speak.giai-trinh', text: 'giải trình', example: 'đồng chí … giải trình ý kiến đại biểu' },
  { id: 'speak.dong-tinh', text: 'đồng tình', example: 'đồng chí Bí thư Tỉnh ủy đồng tình với các mục tiêu' },
  { id: 'speak.tra-loi', text: 'trả lời (?:chất vấn|ý kiến|câu hỏi|kiến nghị|đại biểu)', example: 'Ông Lê Văn Sáu, Giám đốc Sở Y tế trả lời chất vấn của đại biểu' },
  { id: 'speak.chat-van', text: 'chất vấn', example: 'Đại biểu Hồ Văn Bảy chất vấn Giám đốc Sở Y tế về tình trạng thiếu thuốc' },
  { id: 'speak.gioi-thieu', text: 'giới thiệu (?:nhân sự|để|đồng chí|ông|bà)', example: 'đồng chí Bí thư Tỉnh ủy giới thiệu nhân sự để Hội nghị bầu Phó Bí thư' },
  { id: 'speak.pho-bien', text: 'phổ biến (?:kế hoạch|quyết định|nghị quyết)', example: 'đồng chí Chánh Văn phòng phổ biến kế hoạch tổ chức đại hội' },
  { id: 'speak.luu-y', text: 'lưu ý', example: 'đồng chí … lưu ý các địa phương' },
];

/** The speech verbs that are speech wherever they stand in a chain of predicates ("… tặng hoa và phát biểu"). */
export const SPOKEN_IN_A_CHAIN = ['speak.phat-bieu', 'speak.ket-luan', 'speak.cong-bo', 'speak.doc', 'speak.trinh-bay', 'speak.quan-triet', 'speak.giai-trinh', 'speak.pho-bien', 'speak.tra-loi'];

export const APPROVAL_VERBS: Trigger[] = [
  { id: 'approve.bieu-quyet-thong-qua', text: 'biểu quyết nhất trí thông qua', example: 'Ban Chấp hành Đảng bộ tỉnh đã biểu quyết nhất trí thông qua Chương trình làm việc …' },
  { id: 'approve.bieu-quyet', text: 'biểu quyết thông qua', example: 'HĐND tỉnh biểu quyết thông qua 15 nghị quyết' },
  { id: 'approve.bieu-quyet-thong-nhat', text: 'biểu quyết thống nhất(?: với)?', example: 'đại biểu HĐND tỉnh đã biểu quyết thống nhất với các tờ trình của UBND tỉnh về …' },
  { id: 'approve.bieu-quyet-tan-thanh', text: 'biểu quyết tán thành', example: 'các đại biểu biểu quyết tán thành Nghị quyết về …' },
  { id: 'approve.thong-nhat-thong-qua', text: 'thống nhất thông qua', example: 'Hội nghị thống nhất thông qua Quy chế làm việc của Ban Chấp hành' },
  { id: 'approve.nhat-tri', text: 'nhất trí thông qua', example: 'Hội nghị nhất trí thông qua nghị quyết về nhiệm vụ năm 2019' },
  { id: 'approve.thong-qua', text: 'thông qua', example: 'các đại biểu đã thông qua tờ trình, dự thảo về một số nội dung: …' },
  { id: 'approve.ra-nghi-quyet', text: 'ra(?= Nghị quyết)', example: 'HĐND tỉnh cũng ra Nghị quyết thành lập Ban Dân tộc' },
];

/** Words that open an approved item; an item opening otherwise ("xác định nhiệm vụ …") is no document. */
export const DOCUMENT_TYPES = [
  'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Đề án', 'Kế hoạch', 'Thông báo', 'Quy định', 'Hướng dẫn',
  'Công văn', 'Thông tư', 'Nghị định', 'Luật', 'Chương trình', 'Quy chế', 'Báo cáo', 'Tờ trình', 'Danh mục',
  'Dự toán', 'Phương án', 'Điều lệ', 'Quy hoạch', 'Chiến lược', 'Văn kiện', 'Dự thảo', 'Nội quy',
];

/** Numbered document citations: "Nghị quyết số 101-NQ/TU, ngày 12/12/2019 của Ban Thường vụ Tỉnh uỷ". */
export const NUMBERED_DOCUMENT_TYPES = [
  'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Đề án', 'Kế hoạch', 'Thông báo', 'Quy định', 'Hướng dẫn',
  'Công văn', 'Thông tư', 'Nghị định', 'Luật', 'Chương trình', 'Quy chế', 'Báo cáo', 'Tờ trình', 'Công điện', 'Văn bản',
  'Chương trình hành động',
];

export interface PostEventTrigger { id: string; kind: PostEventKind; text: string; example: string }

/**
 * Verbs that change who holds a post. The verb may stand before the person ("bầu đồng chí X giữ chức …") or
 * after ("X được bầu giữ chức …"); "giữ chức", "làm" or "tái đắc cử" then introduce the post.
 */
export const POST_EVENT_VERBS: PostEventTrigger[] = [
  { id: 'event.reelected', kind: 'reelected', text: 'tái đắc cử', example: 'đồng chí Trần Văn Nam đã được Ban Chấp hành Đảng bộ tỉnh khóa XI bầu tái đắc cử Bí thư Tỉnh ủy' },
  { id: 'event.won', kind: 'elected', text: 'trúng cử', example: 'Ông Phạm Thụy Luân, Phó Bí thư Thị ủy khóa XI, đã trúng cử chức danh Bí thư Thị ủy Phước Long khóa XII' },
  { id: 'event.elected', kind: 'elected', text: 'bầu', example: 'Kỳ họp đã bầu đồng chí Lê Minh Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy giữ chức Phó Chủ tịch UBND tỉnh' },
  { id: 'event.appointed', kind: 'appointed', text: 'bổ nhiệm', example: 'bổ nhiệm đồng chí … giữ chức Giám đốc Sở Tài chính' },
  { id: 'event.designated', kind: 'appointed', text: 'chỉ định', example: 'Bộ Chính trị chỉ định đồng chí … giữ chức Bí thư Tỉnh ủy' },
  { id: 'event.assigned', kind: 'assigned', text: 'phân công', example: 'phân công đồng chí Mai Sơn, Ủy viên Ban Thường vụ Tỉnh ủy giữ chức Phó Bí thư Tỉnh ủy thay đồng chí …' },
  { id: 'event.transferred', kind: 'assigned', text: 'điều động', example: 'điều động đồng chí … giữ chức Bí thư Tỉnh ủy' },
  { id: 'event.sent', kind: 'assigned', text: 'điều về', example: 'ông …, Phó chủ tịch HĐND huyện Lý Sơn, được điều về làm Bí thư Đảng ủy kiêm Chủ tịch UBND xã An Hải' },
  { id: 'event.rotated', kind: 'assigned', text: 'luân chuyển', example: 'luân chuyển đồng chí … giữ chức Bí thư Huyện ủy' },
];

/** What introduces the post taken: "giữ chức", "giữ chức vụ", "làm", "tái đắc cử (chức)". */
export const TAKES_POST = ['giữ chức vụ', 'giữ chức danh', 'giữ chức', 'tái đắc cử chức', 'tái đắc cử', 'tái cử chức', 'tái cử', 'trúng cử chức danh', 'trúng cử chức vụ', 'trúng cử', 'đắc cử chức', 'đắc cử', 'bầu bổ sung chức danh', 'bầu bổ sung chức vụ', 'bầu bổ sung', 'vào chức', 'làm', 'giao'];
/** What introduces a post left: "thôi giữ chức Bí thư Tỉnh ủy", "thôi giữ chức vụ …". */
export const LEAVES_POST = ['thôi giữ chức vụ', 'thôi giữ chức danh', 'thôi giữ chức', 'thôi làm', 'thôi chức', 'thôi tham gia'];
/** A post taken from someone: "giữ chức Phó Bí thư Tỉnh ủy thay đồng chí Lê Văn A". */
export const REPLACES = ['thay', 'thay cho'];
/**
 * Retirement ends the posts of the mention it follows: "đồng chí Lê Văn A, Chủ tịch UBND tỉnh nghỉ hưu theo
 * chế độ từ ngày 1/3/2022"; after "thôi giữ chức …" it names why the post was left ("… để nghỉ hưu").
 */
export const RETIRES = { words: ['nghỉ hưu', 'nghỉ công tác để hưởng chế độ hưu trí'], notYet: ['sẽ', 'sắp', 'chuẩn bị', 'chờ', 'trước khi', 'đến tuổi'] };
/** "miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn A": the post before the person. */
export const DISMISSES = { verbs: ['miễn nhiệm', 'bãi nhiệm', 'cách chức', 'cho thôi'], nouns: ['chức danh', 'chức vụ', 'chức'], link: ['đối với', 'của', 'với'] };
/** "bầu cử bổ sung Ủy viên Ủy ban nhân dân tỉnh … đối với ông Nguyễn Văn A": a post taken, named before the person. */
export const ELECTS = { verbs: ['bầu cử bổ sung', 'bầu bổ sung', 'bầu cử', 'bầu'], nouns: ['chức danh', 'chức vụ', 'chức'], link: ['đối với'] };
