// The forms other newspapers write that the samples never did, one row per rule (sentences written for these
// tests, in the shape of the real reports of ../shared/dev): abbreviations, bodies the grammar has not seen,
// lists, places, posts left, day forms, years from terms, sittings, roles, adoptions and documents.
import { extractRecords } from '../../src/extract/extract-records';
import { parseArticle } from '../../src/parse/parse-article';
import { readingForm } from '../../src/text/canon';

const article = (body: string, pageDate = 'Thứ hai, 10/01/2022', title = 'Tiêu đề') =>
  extractRecords(parseArticle(`${pageDate}\n\n${title}\n\n${body}`, { id: 'x.txt' }));
const postsOf = (text: string, name: string, pageDate?: string) => article(text, pageDate).people.find((p) => p.name === name)?.posts;

describe('the reading form spells out what papers abbreviate', () => {
  test.each([
    ['PCT TT UBND tỉnh Lê Văn Hai chủ trì', 'Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Hai chủ trì'],
    ['ông Trần Ba, PBT Tỉnh ủy, PCT UBND tỉnh', 'ông Trần Ba, Phó Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh'],
    ['Phó Chủ tịch HĐND TPHCM', 'Phó Chủ tịch HĐND thành phố Hồ Chí Minh'],
    ['HĐND TP. Cam Ranh', 'HĐND thành phố Cam Ranh'],
    ['Giám đốc Sở TT&TT', 'Giám đốc Sở Thông tin và Truyền thông'],
    ['Ủy ban Kiểm tra (UBKT) Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy'],
    ['Ủy viên BCH T.Ư Đảng', 'Ủy viên BCH TƯ Đảng'],
    ['bầu ông A làm phó bí thư Tỉnh ủy', 'bầu ông A làm Phó Bí thư Tỉnh ủy'],
    ['Bí thư thị ủy Sông Cầu', 'Bí thư Thị ủy Sông Cầu'],
    ['Chủ tịch tỉnh; ông B, Phó chủ tịch tỉnh', 'Chủ tịch UBND tỉnh; ông B, Phó Chủ tịch UBND tỉnh'],
    ['Trưởng đoàn ĐBQH khóa XV đơn vị tỉnh Lào Cai', 'Trưởng Đoàn ĐBQH tỉnh Lào Cai'],
    ['Phó Chủ tịch Hội đồng Nhân dân tỉnh', 'Phó Chủ tịch Hội đồng nhân dân tỉnh'],
    ['ông A, UVBTV Tỉnh ủy, PGĐ Sở Y tế', 'ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Giám đốc Sở Y tế'],
    ['CT UBND TX. Sông Cầu', 'Chủ tịch UBND thị xã Sông Cầu'],
    ['Bí thư Quận ủy Q.3', 'Bí thư Quận ủy quận 3'],
    ['Chỉ huy trưởng Bộ CHQS tỉnh', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'],
    ['thôi giữ chức Phó ban Thường trực Ban Tuyên giáo Trung ương', 'thôi giữ chức Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương'],
    ['ông C, Phó ban Nội chính Tỉnh ủy', 'ông C, Phó Trưởng Ban Nội chính Tỉnh ủy'],
    ['phó ban chỉ đạo', 'phó Ban Chỉ đạo'],
    ['Bộ trưởng Bộ Giao thông - Vận tải', 'Bộ trưởng Bộ Giao thông vận tải'],
    ['Trưởng ban Ban Tổ chức Trung ương Lê Văn Sáu', 'Trưởng Ban Tổ chức Trung ương Lê Văn Sáu'],
    ['Phó Trưởng ban Ban Tuyên giáo Tỉnh ủy', 'Phó Trưởng Ban Tuyên giáo Tỉnh ủy'],
    ['Phó Trưởng đoàn Đoàn Đại biểu Quốc hội tỉnh', 'Phó Trưởng Đoàn ĐBQH tỉnh'],
    ['ông A, trưởng ban Tuyên giáo Tỉnh ủy', 'ông A, Trưởng Ban Tuyên giáo Tỉnh ủy'],
    ['ông A, ủy viên ban thường vụ tỉnh ủy, chủ nhiệm ủy ban kiểm tra tỉnh ủy', 'ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy'],
    ['ông A, chánh văn phòng tỉnh ủy', 'ông A, Chánh Văn phòng Tỉnh ủy'],
    ['ông A, bí thư huyện ủy Đắk Hà', 'ông A, Bí thư Huyện ủy Đắk Hà'],
    ['ông A, giám đốc công an tỉnh', 'ông A, Giám đốc Công an tỉnh'],
    ['Bí thư Huyện ủy đã ký', 'Bí thư Huyện ủy đã ký'],
    ['ông A, phó trưởng ban Dân vận Tỉnh ủy', 'ông A, Phó Trưởng Ban Dân vận Tỉnh ủy'],
    ['Thứ trưởng ban hành thông tư', 'Thứ trưởng ban hành thông tư'],
    ['bầu bổ sung thành viên UBND tỉnh đối với ông A', 'bầu bổ sung Ủy viên UBND tỉnh đối với ông A'],
    ['ông A, tỉnh ủy viên, ủy viên Ban cán sự đảng, Phó chủ tịch UBND tỉnh', 'ông A, Tỉnh ủy viên, Ủy viên Ban cán sự đảng, Phó Chủ tịch UBND tỉnh'],
    ['ông A, Tỉnh ủy viên, Giám đốc Sở Y tế', 'ông A, Tỉnh ủy viên, Giám đốc Sở Y tế'],
    ['các ủy viên của hội đồng thi đua', 'các ủy viên của hội đồng thi đua'],
    ['một thành viên của đoàn', 'một thành viên của đoàn'],
    ['Ông C, Giám đốc Sở Lao động, Thương binh và Xã hội', 'Ông C, Giám đốc Sở Lao động - Thương binh và Xã hội'],
    ['Trưởng Ban Pháp chế của HĐND tỉnh', 'Trưởng Ban Pháp chế HĐND tỉnh'],
  ])('%s', (raw, read) => {
    expect(readingForm(raw)).toBe(read);
  });
});

describe('posts written the ways other papers write them', () => {
  test.each([
    ['a province\'s chairman written without the committee', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Chủ tịch Gia Lai phát biểu.', 'Lê Văn Sáu', ['Chủ tịch UBND tỉnh Gia Lai']],
    ['a delegation\'s head left bare takes the article\'s province', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Dự có ông Lê Văn Sáu - Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc Hội.',
      'Lê Văn Sáu', ['Bí thư Tỉnh ủy Kon Tum', 'Trưởng Đoàn ĐBQH tỉnh Kon Tum']],
    ['a dash glued to the name', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Tham dự có ông Lê Văn Sáu- Phó Trưởng Ban Tổ chức Tỉnh ủy.', 'Lê Văn Sáu', ['Phó Trưởng Ban Tổ chức Tỉnh ủy Kon Tum']],
    ['a post a decision gives, named before the person', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ban Thường vụ Tỉnh ủy trao quyết định về điều động, phân công Tỉnh ủy viên đối với ông Lê Văn Sáu.',
      'Lê Văn Sáu', ['Ủy viên Ban Chấp hành Đảng bộ tỉnh Kon Tum']],
    ['a decision that names no post gives none', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Tỉnh ủy trao quyết định điều động công tác đối với ông Lê Văn Sáu.', 'Lê Văn Sáu', []],
    ['"đắc cử" a post', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu đắc cử Bí thư Tỉnh ủy.', 'Lê Văn Sáu', ['Bí thư Tỉnh ủy Kon Tum']],
    ['posts said to be held now ("hiện là")', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu (SN 1970, quê Hà Tĩnh) hiện là Giám đốc Sở Tài chính, Tỉnh ủy viên.',
      'Lê Văn Sáu', ['Giám đốc Sở Tài chính tỉnh Kon Tum', 'Ủy viên Ban Chấp hành Đảng bộ tỉnh Kon Tum']],
    ['an acting post given before the person ("giao quyền … cho ông X")', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Trước đó, Thủ tướng đã giao quyền Chủ tịch UBND tỉnh cho ông Lê Văn Sáu, Phó Chủ tịch thường trực UBND tỉnh.',
      'Lê Văn Sáu', ['Phó Chủ tịch Thường trực UBND tỉnh Kon Tum', 'Quyền Chủ tịch UBND tỉnh Kon Tum']],
    ['an acting post given after the person', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu được giao quyền Chủ tịch UBND tỉnh.', 'Lê Văn Sáu', ['Quyền Chủ tịch UBND tỉnh Kon Tum']],
    ['"giao" a task gives no post', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, Chủ tịch UBND tỉnh giao Giám đốc Sở Y tế chủ trì.', 'Lê Văn Sáu', ['Chủ tịch UBND tỉnh Kon Tum']],
    ['moved away, the verb before the person', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Bộ Chính trị điều động ông Lê Văn Sáu, Bí thư Tỉnh ủy Kon Tum, đến nhận công tác tại Ban Tổ chức Trung ương.',
      'Lê Văn Sáu', []],
    ['moved away by a body named after "được"', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Bí thư Tỉnh ủy Kon Tum, được Bộ Chính trị điều động về công tác tại Ban Tổ chức Trung ương.',
      'Lê Văn Sáu', []],
    ['a board named by its topic, commas inside it', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh phát biểu.',
      'Lê Văn Sáu', ['Trưởng Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Kon Tum']],
    ['a council named by its topic', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh phát biểu.',
      'Lê Văn Sáu', ['Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh Kon Tum']],
    ['a board\'s head left bare takes the board the sentence named, with the committee it belongs to',
      'Chiều 14/2, Ban chỉ đạo công tác thông tin đối ngoại của Tỉnh ủy Kon Tum tổng kết công tác năm tại hội nghị do ông Lê Văn Sáu, Phó Bí thư Tỉnh ủy, Trưởng Ban chỉ đạo chủ trì.',
      'Lê Văn Sáu', ['Phó Bí thư Tỉnh ủy Kon Tum', 'Trưởng Ban Chỉ đạo công tác thông tin đối ngoại của Tỉnh ủy Kon Tum']],
    ['a name of two syllables after a national title', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Tổng Bí thư Tô Lâm dự hội nghị.', 'Tô Lâm', ['Tổng Bí thư']],
    ['a name of two syllables after a provincial title', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Bí thư Tỉnh ủy Y Mửi chủ trì hội nghị.', 'Y Mửi', ['Bí thư Tỉnh ủy Kon Tum']],
    ['a commune named like a person after its level is the commune', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Chủ tịch UBND xã Tô Lâm phát biểu.', 'Lê Văn Sáu', ['Chủ tịch UBND xã Tô Lâm']],
    ['a body the vocabulary never listed, up to its real end',
      'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, Giám đốc Công an tỉnh phát biểu.', 'Lê Văn Sáu', ['Giám đốc Công an tỉnh Kon Tum']],
    ['a dash inside a body\'s name', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, Trưởng Ban Thi đua – Khen thưởng tỉnh phát biểu.',
      'Lê Văn Sáu', ['Trưởng Ban Thi đua – Khen thưởng tỉnh Kon Tum']],
    ['a lower-case compound inside a body', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, Phó Giám đốc Sở Giao thông vận tải phát biểu.',
      'Lê Văn Sáu', ['Phó Giám đốc Sở Giao thông vận tải tỉnh Kon Tum']],
    ['posts in brackets after an age', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Các Phó Bí thư Tỉnh ủy gồm: ông Lê Văn Sáu (51 tuổi, Chủ tịch UBND tỉnh) và ông Hồ Bảy.',
      'Lê Văn Sáu', ['Chủ tịch UBND tỉnh Kon Tum', 'Phó Bí thư Tỉnh ủy Kon Tum']],
    ['a list of posts the dash opened goes on with dashes', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Tham dự có ông Lê Văn Sáu – Ủy viên Ban Chấp hành Trung ương Đảng – Bí thư Tỉnh ủy – Trưởng Đoàn ĐBQH tỉnh, bà Hồ Thị Bảy – Phó Bí thư Tỉnh ủy.',
      'Lê Văn Sáu', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Kon Tum', 'Trưởng Đoàn ĐBQH tỉnh Kon Tum']],
    ['posts before a dash and the name', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Bí thư Tỉnh ủy – Lê Văn Sáu, Chủ tịch UBND tỉnh – Hồ Văn Bảy chủ trì hội nghị.',
      'Hồ Văn Bảy', ['Chủ tịch UBND tỉnh Kon Tum']],
    ['names coordinated share the post taken after the last', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Các ông Lê Văn Sáu, Hồ Văn Bảy được bầu giữ chức Phó Chủ tịch UBND tỉnh.',
      'Lê Văn Sáu', ['Phó Chủ tịch UBND tỉnh Kon Tum']],
    ['a plural list of people with their posts shares the post taken after the last',
      'Sáng 3/3, HĐND tỉnh Kon Tum họp. Các ông Lê Văn Sáu, Giám đốc Sở Y tế; Hồ Văn Bảy, Giám đốc Sở Xây dựng, được bầu bổ sung Ủy viên UBND tỉnh.',
      'Lê Văn Sáu', ['Giám đốc Sở Y tế tỉnh Kon Tum', 'Ủy viên UBND tỉnh Kon Tum']],
    ['a body\'s leadership listed: the bare titles are that body\'s, a count and a colon open a list',
      'Sáng 3/3, Quốc hội họp. Như vậy, Lãnh đạo Bộ Tư pháp gồm có: Bộ trưởng Lê Văn Sáu; và 03 Thứ trưởng: Hồ Văn Bảy, Mai Văn Tám, Đỗ Văn Chín.',
      'Mai Văn Tám', ['Thứ trưởng Bộ Tư pháp']],
    ['"<body> có … và các <title>, gồm các đồng chí: A, B"',
      'Sáng 3/3, HĐND tỉnh Kon Tum họp. Như vậy, HĐND tỉnh Kon Tum có Chủ tịch HĐND Lê Văn Sáu và các Phó Chủ tịch, gồm các đồng chí: Hồ Văn Bảy, Mai Văn Tám.',
      'Mai Văn Tám', ['Phó Chủ tịch HĐND tỉnh Kon Tum']],
    ['a bare deputy secretary takes the committee an earlier paragraph names',
      'Sáng 3/3, Đại hội Đảng bộ tỉnh Kon Tum công bố quyết định chỉ định Ban Thường vụ Tỉnh ủy Kon Tum.\n\nBan Chấp hành có 50 người. Các Phó bí thư gồm: ông Lê Văn Sáu (45 tuổi, Phó bí thư Thường trực); ông Hồ Văn Bảy (50 tuổi).',
      'Hồ Văn Bảy', ['Phó Bí thư Tỉnh ủy Kon Tum']],
    ['a post counted before "là"', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Hai Phó Chủ tịch HĐND tỉnh được bầu là ông Lê Văn Sáu và ông Hồ Văn Bảy.',
      'Hồ Văn Bảy', ['Phó Chủ tịch HĐND tỉnh Kon Tum']],
    ['a council\'s deputies left bare take the council named in the sentence before',
      'Sáng 3/3, HĐND tỉnh Kon Tum họp. Kỳ họp bầu bà Trần Thị Bảy giữ chức Chủ tịch HĐND tỉnh. Các Phó Chủ tịch là ông Lê Văn Sáu và ông Nguyễn Văn Tám.',
      'Nguyễn Văn Tám', ['Phó Chủ tịch HĐND tỉnh Kon Tum']],
    ['a deputy left bare after "giữ chức" takes the council named before it in the sentence',
      'Sáng 3/3, HĐND tỉnh Kon Tum họp. Kỳ họp bầu ông Trần Văn Bảy giữ chức Chủ tịch UBND tỉnh; bầu ông Lê Văn Sáu, ông Nguyễn Văn Tám giữ chức Phó Chủ tịch.',
      'Lê Văn Sáu', ['Phó Chủ tịch UBND tỉnh Kon Tum']],
    ['a title in lower case before a body in lower case', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, giám đốc sở Y tế phát biểu.', 'Lê Văn Sáu', ['Giám đốc Sở Y tế tỉnh Kon Tum']],
    ['a title with one capital, as some papers write every title', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, Phó chủ tịch thường trực UBND tỉnh phát biểu.',
      'Lê Văn Sáu', ['Phó Chủ tịch Thường trực UBND tỉnh Kon Tum']],
    ['a post named after "Môi trường" is no street or school', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Thứ trưởng Bộ Tài nguyên và Môi trường Lê Văn Sáu phát biểu.',
      'Lê Văn Sáu', ['Thứ trưởng Bộ Tài nguyên và Môi trường']],
    ['a district body left bare takes the district the article names', 'Sáng 3/3, Huyện ủy Đắk Hà tổ chức hội nghị. Ông Lê Văn Sáu, Chủ tịch HĐND huyện phát biểu.',
      'Lê Văn Sáu', ['Chủ tịch HĐND huyện Đắk Hà']],
    ['a bare commune committee takes the commune its list names', 'Sáng 3/3, HĐND huyện Đắk Hà họp. Ông Lê Văn Sáu được điều về làm Bí thư Đảng ủy kiêm Chủ tịch UBND xã Hà Mòn.',
      'Lê Văn Sáu', ['Bí thư Đảng ủy xã Hà Mòn', 'Chủ tịch UBND xã Hà Mòn']],
    ['a bare Party committee in a commune\'s report is the commune\'s', 'Sáng 8/1, Đảng bộ xã Hà Mòn (huyện Đắk Hà) tổ chức Đại hội đại biểu lần thứ XV. Ông Lê Văn Sáu, Chủ tịch UBND xã được bầu làm Phó Bí thư Đảng ủy.',
      'Lê Văn Sáu', ['Chủ tịch UBND xã Hà Mòn', 'Phó Bí thư Đảng ủy xã Hà Mòn']],
    ['a city committee member', 'Sáng 3/3, Thành ủy Cần Thơ họp. Ông Lê Văn Sáu, Ủy viên Thành ủy, Bí thư Quận ủy Ninh Kiều phát biểu.',
      'Lê Văn Sáu', ['Ủy viên Ban Chấp hành Đảng bộ thành phố Cần Thơ', 'Bí thư Quận ủy Ninh Kiều']],
    ['a bare city committee takes the province\'s city the article names', 'Sáng 3/3, Ban Chấp hành Đảng bộ thành phố Kon Tum họp. Ông Lê Văn Sáu, Bí thư Thành ủy, Chủ tịch HĐND thành phố chủ trì.',
      'Lê Văn Sáu', ['Bí thư Thành ủy Kon Tum', 'Chủ tịch HĐND thành phố Kon Tum']],
    ['a numbered district', 'Sáng 3/3, Thành ủy TPHCM họp. Ông Lê Văn Sáu, Bí thư Quận ủy quận 4 phát biểu.', 'Lê Văn Sáu', ['Bí thư Quận ủy quận 4']],
    ['a sentence naming another province qualifies its bare posts', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Tại kỳ họp, HĐND tỉnh Gia Lai bầu ông Lê Văn Sáu giữ chức Chủ tịch HĐND tỉnh.',
      'Lê Văn Sáu', ['Chủ tịch HĐND tỉnh Gia Lai']],
    ['a promotion within an office supersedes the lower rank', 'Sáng 3/3, HĐND tỉnh Kon Tum họp, bầu ông Lê Văn Sáu, Phó Chủ tịch UBND tỉnh giữ chức Chủ tịch UBND tỉnh.',
      'Lê Văn Sáu', ['Chủ tịch UBND tỉnh Kon Tum']],
    ['a post of a province before a merger is left', 'Sáng 30/6, tỉnh Gia Lai công bố quyết định. Ông Lê Văn Sáu, Chủ tịch UBND tỉnh Bình Định cũ, giữ chức Phó Chủ tịch UBND tỉnh Gia Lai.',
      'Lê Văn Sáu', ['Phó Chủ tịch UBND tỉnh Gia Lai']],
    ['every post a clause says is left', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu - Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh thôi tham gia Ban Chấp hành Đảng bộ tỉnh; thôi giữ chức Phó Chủ tịch UBND tỉnh.',
      'Lê Văn Sáu', []],
    ['"thôi các chức vụ hiện tại" ends every post the article gives', 'Sáng 3/3, Tỉnh ủy Kon Tum đã họp và thống nhất cho ông Lê Văn Sáu thôi các chức vụ hiện tại. Trước đó ông Lê Văn Sáu là Phó Chủ tịch UBND tỉnh.',
      'Lê Văn Sáu', []],
    ['moving to work elsewhere ends the posts of the place left, memberships stay',
      'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy đến nhận công tác tại Sở Nội vụ để bổ nhiệm giữ chức Giám đốc Sở Nội vụ.',
      'Lê Văn Sáu', ['Ủy viên Ban Chấp hành Đảng bộ tỉnh Kon Tum', 'Giám đốc Sở Nội vụ tỉnh Kon Tum']],
    ['a post to be filled later is not taken', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Phó Bí thư Huyện ủy Đắk Hà điều hành công việc cho đến khi có nhân sự giữ chức Bí thư Huyện ủy.',
      'Lê Văn Sáu', ['Phó Bí thư Huyện ủy Đắk Hà']],
    ['a committee of the province\'s agencies', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Bí thư Đảng ủy Khối các cơ quan tỉnh phát biểu.',
      'Lê Văn Sáu', ['Bí thư Đảng ủy Khối các cơ quan tỉnh Kon Tum']],
    ['a national post with its body', 'Sáng 3/3, Phó Thủ tướng Lê Văn Sáu ký quyết định.', 'Lê Văn Sáu', ['Phó Thủ tướng Chính phủ']],
    ['a minister\'s post with its Bộ', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Thứ trưởng Công an phát biểu.', 'Lê Văn Sáu', ['Thứ trưởng Bộ Công an']],
    ['a headline\'s "Bí thư <province>"', 'Bà Lê Thị Sáu làm Bí thư Kon Tum.', 'Lê Thị Sáu', ['Bí thư Tỉnh ủy Kon Tum']],
    ['a bare membership takes the organisation of the next post', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy phát biểu.',
      'Lê Văn Sáu', ['Ủy viên Ban Thường vụ Tỉnh ủy Kon Tum', 'Trưởng Ban Dân vận Tỉnh ủy Kon Tum']],
    ['a bare deputy secretary in a list of deputies takes the committee', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Các Phó Bí thư Tỉnh ủy gồm: ông Lê Văn Sáu - Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh; ông Hồ Văn Bảy.',
      'Lê Văn Sáu', ['Phó Bí thư thường trực Tỉnh ủy Kon Tum', 'Chủ tịch HĐND tỉnh Kon Tum']],
    ['a birth year between the name and its posts', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, sinh năm 1969, Phó Bí thư Tỉnh ủy, tái đắc cử Chủ tịch UBND tỉnh.',
      'Lê Văn Sáu', ['Phó Bí thư Tỉnh ủy Kon Tum', 'Chủ tịch UBND tỉnh Kon Tum']],
    ['a transfer to another province ends the posts of the one left', 'Sáng 3/3, Tỉnh ủy Gia Lai họp. Ông Lê Văn Sáu, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Kon Tum, được điều động giữ chức Bí thư Tỉnh ủy Gia Lai.',
      'Lê Văn Sáu', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Gia Lai']],
    ['a clause that goes on about the person by a pronoun: dismissed here because elected there',
      'Sáng 3/3, HĐND tỉnh Kon Tum họp, miễn nhiệm chức vụ Chủ tịch UBND tỉnh Kon Tum đối với đồng chí Lê Văn Sáu, bởi đồng chí đã được Bộ Chính trị điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và bầu giữ chức vụ Bí thư Tỉnh ủy Gia Lai.',
      'Lê Văn Sáu', ['Bí thư Tỉnh ủy Gia Lai']],
    ['a nomination for a vote takes no post', 'Ngày 5-11-2019, Ban Bí thư đồng ý giới thiệu ông Lê Văn Sáu, Phó Chủ tịch UBND tỉnh để bầu giữ chức Phó Bí thư Tỉnh ủy Kon Tum, Chủ tịch UBND tỉnh Kon Tum.',
      'Lê Văn Sáu', ['Phó Chủ tịch UBND tỉnh Kon Tum']],
    ['one decision over two clauses: what is left at one place, and after ";" what is taken at the other',
      'Chiều 3/3, Tỉnh ủy Kon Tum công bố quyết định. Theo đó, ông Lê Văn Sáu, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Gia Lai thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Gia Lai, thôi giữ chức Phó Chủ tịch UBND tỉnh Gia Lai; điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy Kon Tum nhiệm kỳ 2020-2025.',
      'Lê Văn Sáu', ['Bí thư Tỉnh ủy Kon Tum']],
    ['the one replaced leaves the post filled, and keeps a membership',
      'Sáng 3/3, Tỉnh ủy Kon Tum công bố quyết định. Ông Hồ Văn Bảy về Kon Tum thay ông Lê Văn Sáu, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Kon Tum.',
      'Lê Văn Sáu', ['Ủy viên Ban Chấp hành Trung ương Đảng']],
    ['the one replaced for the new term no longer holds the post taken',
      'Sáng 3/3, Đại hội Đảng bộ tỉnh Kon Tum bế mạc. Ông Hồ Văn Bảy được bầu làm Bí thư Tỉnh ủy Kon Tum, thay cho ông Lê Văn Sáu, Bí thư Tỉnh ủy khóa XV, Chủ tịch HĐND tỉnh.',
      'Lê Văn Sáu', ['Chủ tịch HĐND tỉnh Kon Tum']],
    ['"trúng cử chức danh" is an election, and supersedes the deputy\'s post',
      'Sáng 3/3, Đại hội Đảng bộ thị xã Sông Cầu bế mạc. Ông Lê Văn Sáu, Phó Bí thư Thị ủy khóa XI, đã trúng cử chức danh Bí thư Thị ủy Sông Cầu khóa XII.',
      'Lê Văn Sáu', ['Bí thư Thị ủy Sông Cầu']],
    ['a hometown is no place of the posts', 'Sáng 3/3, Thành ủy Hải Phòng họp. Bí thư Thành ủy Lê Văn Sáu 56 tuổi, quê tỉnh Tây Ninh, trình độ tiến sĩ luật.',
      'Lê Văn Sáu', ['Bí thư Thành ủy Hải Phòng']],
    ['a title before a name is no place of the article', 'Sáng 3/3, Thành ủy Hải Phòng họp. Bí thư Thành ủy Lê Văn Sáu phát biểu. Ông Hồ Văn Bảy, Phó Bí thư Thành ủy dự.',
      'Hồ Văn Bảy', ['Phó Bí thư Thành ủy Hải Phòng']],
    ['a bare "Đảng ủy" is the committee of the Đảng bộ the sentence names',
      'Sáng 3/3, Tỉnh ủy Kon Tum công bố quyết định. Đảng bộ Công an tỉnh Kon Tum được thành lập; ông Lê Văn Sáu, Giám đốc Công an tỉnh được chỉ định giữ chức Bí thư Đảng ủy.',
      'Lê Văn Sáu', ['Giám đốc Công an tỉnh Kon Tum', 'Bí thư Đảng ủy Công an tỉnh Kon Tum']],
    ['a transfer between districts ends the post of the one left', 'Sáng 3/3, Thành ủy Cần Thơ họp. Ông Lê Văn Sáu, Thành ủy viên, Bí thư Quận ủy Ninh Kiều được điều động giữ chức Bí thư Quận ủy Cái Răng.',
      'Lê Văn Sáu', ['Ủy viên Ban Chấp hành Đảng bộ thành phố Cần Thơ', 'Bí thư Quận ủy Cái Răng']],
  ])('%s', (_why, text, name, posts) => {
    expect(postsOf(text, name)).toEqual(posts);
  });

  test('namesakes in one report whose posts are in two provinces are two people', () => {
    const r = article('Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, Chủ tịch UBND tỉnh Kon Tum phát biểu. Cùng ngày, ông Lê Văn Sáu, Phó Chủ tịch UBND tỉnh Gia Lai dự họp ở Gia Lai.');
    expect(r.people.filter((p) => p.name === 'Lê Văn Sáu').map((p) => p.posts)).toEqual([['Chủ tịch UBND tỉnh Kon Tum'], ['Phó Chủ tịch UBND tỉnh Gia Lai']]);
  });

  test('"ông <given name>" refers to the one person of that name already read', () => {
    const r = article('Sáng 3/3, Tỉnh ủy Kon Tum họp. Phó Bí thư Tỉnh ủy là ông Lê Văn Sáu, Bí thư Huyện ủy Đắk Hà; ông Sáu đồng thời được phân công giữ chức Chủ tịch HĐND tỉnh.');
    expect(r.people.map((p) => [p.name, p.posts])).toEqual([['Lê Văn Sáu', ['Bí thư Huyện ủy Đắk Hà', 'Chủ tịch HĐND tỉnh Kon Tum']]]);
  });

  test('a name that opens with a district\'s two words is a name, and a level word across a semicolon names no place', () => {
    const r = article('Sáng 2/10, Thành ủy Cần Thơ tổ chức hội nghị. Chủ trì hội nghị có các đồng chí: Lê Văn Sáu, Bí thư Thành ủy; Đồng Văn Thanh, Phó Bí thư Thường trực Thành ủy.');
    expect(r.people.map((p) => [p.name, p.posts])).toEqual([['Lê Văn Sáu', ['Bí thư Thành ủy Cần Thơ']], ['Đồng Văn Thanh', ['Phó Bí thư thường trực Thành ủy Cần Thơ']]]);
  });

  test('a title\'s first word a paper left alone is no name ("Phó Bí Thành ủy")', () => {
    const r = article('Sáng 2/10, Thành ủy Cần Thơ tổ chức hội nghị. Chủ trì hội nghị có các đồng chí: Lê Văn Sáu, Bí thư Thành ủy; Hồ Thị Bảy, Phó Bí Thành ủy.');
    expect(r.people.map((p) => p.name)).toEqual(['Lê Văn Sáu', 'Hồ Thị Bảy']);
  });

  test('a place before a name is not part of it', () => {
    const r = article('Sáng 3/3, Tỉnh ủy Kon Tum họp. Người thay ông là Bí thư Tỉnh ủy Tây Ninh Phạm Văn Tám.');
    expect(r.people.map((p) => p.name)).toContain('Phạm Văn Tám');
  });
});

describe('places', () => {
  test.each([
    ['a district read after its level word names the province', 'Sáng 3/3, Huyện ủy Đắk Hà tổ chức hội nghị tổng kết.', 'Kon Tum'],
    ['a town', 'Sáng 3/3, Thị ủy Sông Cầu tổ chức hội nghị.', 'Phú Yên'],
    ['Thừa Thiên Huế before 2025', 'Sáng 3/3, HĐND tỉnh Thừa Thiên - Huế họp kỳ bất thường.', 'Thừa Thiên Huế'],
  ])('%s', (_why, text, province) => {
    expect(article(text).province).toBe(province);
  });

  test('a district opening a headline with a capital names the district of bare posts', () => {
    const r = extractRecords(parseArticle('Thứ hai, 10/01/2022\n\nHuyện Đắk Hà có tân Bí thư Huyện ủy\n\nSáng 8/1, Ban Chấp hành Đảng bộ huyện tổ chức hội nghị bầu ông Lê Văn Sáu, Chủ tịch UBND huyện giữ chức Bí thư Huyện ủy.\n', { id: 'x.txt' }));
    expect(r.people.find((p) => p.name === 'Lê Văn Sáu')?.posts).toEqual(['Chủ tịch UBND huyện Đắk Hà', 'Bí thư Huyện ủy Đắk Hà']);
  });

  test('a district named alone as a headline\'s dateline names the province', () => {
    const r = extractRecords(parseArticle('Thứ hai, 10/01/2022\n\nĐắk Hà: Bầu bổ sung Phó Chủ tịch UBND huyện\n\nSáng 8/1, HĐND huyện họp kỳ bất thường.\n', { id: 'x.txt' }));
    expect(r.province).toBe('Kon Tum');
  });

  test.each([
    ['Đăk Lăk', 'Đắk Lắk'], ['Đắc Lắc', 'Đắk Lắk'], ['Đăk Nông', 'Đắk Nông'], ['Bắc Cạn', 'Bắc Kạn'],
  ])('a province written "%s" is written "%s" in its posts', (written, name) => {
    expect(postsOf(`Sáng 3/3, hội nghị diễn ra. Ông Lê Văn Sáu, Bí thư Tỉnh ủy ${written}, Chủ tịch UBND tỉnh ${written} phát biểu.`, 'Lê Văn Sáu'))
      .toEqual([`Bí thư Tỉnh ủy ${name}`, `Chủ tịch UBND tỉnh ${name}`]);
  });

  test('a headline that moves someone from one province to a post in another is about the post\'s province', () => {
    const r = extractRecords(parseArticle('10/01/2022\n\nChủ tịch tỉnh Gia Lai được điều động giữ chức Bí thư Tỉnh ủy Kon Tum\n\nSáng 3/3, Bộ Chính trị điều động ông Lê Văn Sáu giữ chức Bí thư Tỉnh ủy Kon Tum.\n', { id: 'x.txt' }));
    expect(r.province).toBe('Kon Tum');
  });

  test('a digest whose title names several provinces is the first one\'s', () => {
    const r = extractRecords(parseArticle('10/01/2022\n\nLãnh đạo tỉnh Kon Tum và Gia Lai dâng hương\n\nSáng 3/3, đoàn dâng hương tại Gia Lai. Gia Lai, Gia Lai.\n', { id: 'x.txt' }));
    expect(r.province).toBe('Kon Tum');
  });

  test('two provinces joined by a dash in a title are two places, not a name ("Thái" is a family name)', () => {
    const r = extractRecords(parseArticle('10/01/2022\n\nThái Bình – Gia Lai: hợp tác cùng phát triển\n\nChiều 3/3, đoàn công tác tỉnh Gia Lai làm việc với Tỉnh ủy Thái Bình. Ông Lê Văn Sáu, Bí thư Tỉnh ủy phát biểu.\n', { id: 'x.txt' }));
    expect(r.province).toBe('Thái Bình');
    expect(r.people.find((p) => p.name === 'Lê Văn Sáu')?.posts).toEqual(['Bí thư Tỉnh ủy Thái Bình']);
  });
});

describe('meetings: days, years, bodies', () => {
  const meeting = (text: string, pageDate?: string, title?: string) => article(text, pageDate, title).meetings.map((m) => [m.date, m.body]);
  test.each([
    ['a day written 28.9', 'Chiều 28.9, Đại hội đại biểu Đảng bộ tỉnh Kon Tum bế mạc.', 'Thứ sáu, 30/09/2022', [['2022-09-28', 'Đảng bộ tỉnh Kon Tum']]],
    ['"Sáng ngày 3-10"', 'Sáng ngày 3-10, UBND tỉnh Kon Tum tổ chức phiên họp thường kỳ.', 'Thứ sáu, 07/10/2022', [['2022-10-03', 'UBND tỉnh Kon Tum']]],
    ['two days: the first', 'Đại hội đại biểu Hội Nông dân tỉnh Kon Tum diễn ra trong ngày 27 và 28/9.', 'Thứ sáu, 30/09/2022', [['2022-09-27', 'Hội Nông dân tỉnh Kon Tum']]],
    ['the first sitting of a term is in its first year, the page years later',
      'Ngày 29/6, HĐND tỉnh Kon Tum khóa XI tổ chức kỳ họp thứ nhất, nhiệm kỳ 2016-2021.', 'Thứ sáu, 30/09/2022', [['2016-06-29', 'HĐND tỉnh Kon Tum']]],
    ['a plenum that reviews the congress\'s resolution is no congress: the page\'s year, within the term',
      'Sáng 6/7, Ban Chấp hành Đảng bộ tỉnh Kon Tum tổ chức Hội nghị lần thứ 12 để sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020-2025.',
      'Thứ sáu, 07/07/2023', [['2023-07-06', 'Ban Chấp hành Đảng bộ tỉnh Kon Tum']]],
    ['"phiên họp đầu tiên" before the body', 'Tại phiên họp đầu tiên HĐND tỉnh Kon Tum khóa XII diễn ra sáng 14/6, các đại biểu đã bầu các chức danh chủ chốt.',
      'Thứ tư, 15/06/2016', [['2016-06-14', 'HĐND tỉnh Kon Tum']]],
    ['"lần thứ" ends the body', 'Sáng 8/1, Đảng bộ xã Hà Mòn long trọng tổ chức Đại hội đại biểu lần thứ XV.', 'Thứ hai, 10/01/2022', [['2022-01-08', 'Đảng bộ xã Hà Mòn']]],
    ['a district written with its province after it', 'Chiều nay (5/8), Đại hội đại biểu Đảng bộ huyện Đắk Hà Kon Tum lần thứ XXII bầu Ban Chấp hành.',
      'Thứ tư, 05/08/2015', [['2015-08-05', 'Đảng bộ huyện Đắk Hà']]],
    ['a sitting named first, its body the subject of the clause after it', 'Tại phiên làm việc sáng ngày 08/4/2021, Quốc hội đã biểu quyết thông qua Nghị quyết phê chuẩn việc bổ nhiệm Bộ trưởng Bộ Tư pháp.',
      'Thứ sáu, 09/04/2021', [['2021-04-08', 'Quốc hội']]],
    ['a congress told again with its first day, a day before', 'Chiều 5/8, Đại hội đại biểu Đảng bộ huyện Đắk Hà lần thứ XX bế mạc. Trước đó, chiều 4/8, Đại hội đại biểu Đảng bộ huyện Đắk Hà lần thứ XX đã họp phiên trù bị.',
      'Thứ năm, 06/08/2020', [['2020-08-04', 'Đảng bộ huyện Đắk Hà']]],
    ['a biography year is not the article\'s', 'Sáng 30/7, Tỉnh ủy Kon Tum tổ chức hội nghị công bố quyết định. Năm 2014, ông được bổ nhiệm Vụ trưởng.',
      'Thứ ba, 30/07/2024', [['2024-07-30', 'Tỉnh ủy Kon Tum']]],
    ['a birth date is no meeting', 'Ông Lê Văn Sáu sinh ngày 12/4/1966; ông được đại biểu có mặt tại kỳ họp bầu vào chức vụ này. Sáng 24/10, HĐND tỉnh Kon Tum họp kỳ bất thường.',
      'Thứ sáu, 25/10/2019', [['2019-10-24', 'HĐND tỉnh Kon Tum']]],
    ['a kỳ họp is the council\'s though its standing committee organises it',
      'Sáng 3/11, Thường trực HĐND tỉnh Kon Tum tổ chức kỳ họp thứ 35.', 'Thứ hai, 10/11/2025', [['2025-11-03', 'HĐND tỉnh Kon Tum']]],
    ['a numbered plenum of the Tỉnh ủy is its executive\'s', 'Sáng 4-4-2022, Ban Thường vụ Tỉnh ủy Kon Tum đã tổ chức Hội nghị Tỉnh ủy lần thứ 8.', undefined,
      [['2022-04-04', 'Ban Chấp hành Đảng bộ tỉnh Kon Tum']]],
    ['a body that sits ("… đã họp")', 'Ban Chấp hành Đảng bộ tỉnh Kon Tum đã họp và thống nhất cho ông Lê Văn Sáu thôi các chức vụ.', undefined,
      [[null, 'Ban Chấp hành Đảng bộ tỉnh Kon Tum']]],
    ['a working session is the host\'s', 'Sáng 25/9, đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Kon Tum.', 'Thứ tư, 25/09/2024',
      [['2024-09-25', 'Ban Thường vụ Tỉnh ủy Kon Tum']]],
    ['passive: held by the body after "được"', 'Chiều 19/2, Hội nghị bàn giao nhiệm vụ đã được Ban Thường vụ Tỉnh ủy Kon Tum tổ chức.', 'Thứ năm, 20/02/2025',
      [['2025-02-19', 'Ban Thường vụ Tỉnh ủy Kon Tum']]],
    ['a sitting over several days takes the first day named', 'Chiều 3/10, Đại hội đại biểu Đảng bộ tỉnh Kon Tum bầu Ban Chấp hành. Đại hội diễn ra từ ngày 2 đến 4/10.', 'Thứ sáu, 03/10/2025',
      [['2025-10-02', 'Đảng bộ tỉnh Kon Tum']]],
    ['"Ngay sau đó" another body sits the same day', 'Chiều 3/10, Đại hội đại biểu Đảng bộ tỉnh Kon Tum bế mạc. Ngay sau đó, tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ tỉnh Kon Tum đã bầu Ban Thường vụ.',
      'Thứ sáu, 03/10/2025', [['2025-10-03', 'Đảng bộ tỉnh Kon Tum'], ['2025-10-03', 'Ban Chấp hành Đảng bộ tỉnh Kon Tum']]],
    ['a personnel conference held in a province is its Party committee\'s', 'Chiều 7/8, Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ được tổ chức tại Kon Tum.',
      'Thứ bảy, 07/08/2021', [['2021-08-07', 'Tỉnh ủy Kon Tum']]],
    ['a session of the council\'s standing committee that hears explanations', 'Sáng 14/7, Thường trực HĐND tỉnh Kon Tum tổ chức phiên giải trình về công tác giải phóng mặt bằng.',
      'Thứ năm, 16/07/2022', [['2022-07-14', 'Thường trực HĐND tỉnh Kon Tum']]],
    ['a body that "tổ chức họp"', 'Sáng 6-4, HĐND tỉnh Kon Tum khóa VIII đã tổ chức họp bất thường, nội dung chính là bầu chức danh Chủ tịch UBND tỉnh.',
      'Thứ hai, 06/04/2015', [['2015-04-06', 'HĐND tỉnh Kon Tum']]],
    ['a sitting to come is not reported', 'Sáng 3/3, Tỉnh ủy Kon Tum tổ chức hội nghị. Ban Chấp hành mới sẽ ra mắt tại phiên bế mạc đại hội vào chiều 5/3.', 'Thứ hai, 03/03/2025',
      [['2025-03-03', 'Tỉnh ủy Kon Tum']]],
  ])('%s', (_why, text, pageDate, expected) => {
    expect(meeting(text, pageDate)).toEqual(expected);
  });

  test('a headline\'s working session when no paragraph reports one, on the lead\'s day', () => {
    const r = article('Sáng ngày 9/9, đồng chí Lê Văn Sáu, Bí thư Tỉnh ủy đã có chuyến thăm và làm việc tại huyện Đắk Hà.', 'Thứ sáu, 09/09/2022',
      'Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Đắk Hà');
    expect(r.meetings.map((m) => [m.date, m.body])).toEqual([['2022-09-09', 'Ban Thường vụ Huyện ủy Đắk Hà']]);
  });
});

describe('roles, adoptions and documents', () => {
  test('speakers who question, put forward a nominee or present a plan; not one who is put forward', () => {
    const r = article('Sáng 5/7, HĐND tỉnh Kon Tum khóa XII tổ chức kỳ họp thứ 10. Đại biểu Hồ Văn Bảy chất vấn Giám đốc Sở Y tế về tình trạng thiếu thuốc. Ông Lê Văn Sáu, Bí thư Tỉnh ủy giới thiệu nhân sự để kỳ họp bầu Chủ tịch UBND tỉnh. Ông Mai Văn Tám được giới thiệu để bầu. Bà Đỗ Thị Chín, Chánh Văn phòng HĐND tỉnh phổ biến kế hoạch tổ chức kỳ họp.');
    expect(r.meetings[0]!.speakers).toEqual(['Hồ Văn Bảy', 'Lê Văn Sáu', 'Đỗ Thị Chín']);
  });

  test('each resolution of a "các nghị quyết về: a; b; c" list', () => {
    const r = article('Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ họp thứ 5. Kỳ họp đã biểu quyết thông qua các nghị quyết về: chương trình giám sát năm 2023; thành lập Ban Dân tộc; điều chỉnh kế hoạch đầu tư công.');
    expect(r.meetings[0]!.approved).toEqual(['Nghị quyết về chương trình giám sát năm 2023', 'Nghị quyết về thành lập Ban Dân tộc', 'Nghị quyết về điều chỉnh kế hoạch đầu tư công']);
  });

  test('chairs listed over clauses, each with their posts', () => {
    const r = article('Sáng 3/3, Huyện ủy Đắk Hà tổ chức hội nghị. Đồng chí Lê Văn Sáu - Bí thư Huyện ủy; đồng chí Hồ Văn Bảy - Chủ tịch HĐND huyện; đồng chí Mai Văn Tám - Chủ tịch UBND huyện chủ trì Hội nghị.');
    expect(r.meetings[0]!.chairs).toEqual(['Lê Văn Sáu', 'Hồ Văn Bảy', 'Mai Văn Tám']);
  });

  test('chairs listed after the verb: "chủ trì Hội nghị có đồng chí A - …; đồng chí B - …"', () => {
    const r = article('Sáng 3/3, Huyện ủy Đắk Hà tổ chức hội nghị. Tham dự và chủ trì Hội nghị có đồng chí Lê Văn Sáu - Bí thư Huyện ủy; đồng chí Hồ Văn Bảy - Chủ tịch HĐND huyện; đồng chí Mai Văn Tám - Chủ tịch UBND huyện.');
    expect(r.meetings[0]!.chairs).toEqual(['Lê Văn Sáu', 'Hồ Văn Bảy', 'Mai Văn Tám']);
  });

  test('chairs and speakers named by post: "dưới sự chủ tọa, điều hành của …"', () => {
    const r = article('Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ nhất, bầu ông Lê Văn Sáu giữ chức Chủ tịch HĐND tỉnh. Sau đó, dưới sự chủ tọa, điều hành của Chủ tịch HĐND tỉnh, kỳ họp thông qua Nghị quyết về chương trình giám sát năm 2022.');
    expect([r.meetings[0]!.chairs, r.meetings[0]!.speakers]).toEqual([['Lê Văn Sáu'], ['Lê Văn Sáu']]);
  });

  test('people coordinated before a speech verb share it', () => {
    const r = article('Sáng 3/3, HĐND tỉnh Kon Tum tổ chức kỳ họp thứ 10. Chủ tịch HĐND tỉnh – Lê Văn Sáu và Phó Chủ tịch HĐND tỉnh – Hồ Văn Bảy điều hành phiên chất vấn.');
    expect(r.meetings[0]!.speakers.sort()).toEqual(['Hồ Văn Bảy', 'Lê Văn Sáu']);
  });

  test.each([
    ['announcing a decision', 'Sáng 3/3, Tỉnh ủy Kon Tum tổ chức hội nghị. Ông Lê Văn Sáu, Phó Trưởng Ban Tổ chức Trung ương công bố quyết định của Bộ Chính trị.'],
    ['presenting a submission', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ bất thường. Ông Lê Văn Sáu, Chủ tịch UBND tỉnh đã thông qua tờ trình đề nghị bầu bổ sung Ủy viên UBND tỉnh.'],
  ])('a speaker: %s', (_why, text) => {
    expect(article(text).meetings[0]!.speakers).toEqual(['Lê Văn Sáu']);
  });

  test.each([
    ['a numbered list', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ bất thường. HĐND tỉnh đã biểu quyết, thông qua các nghị quyết như: (1) Nghị quyết về đầu tư công năm 2022; (2) Nghị quyết về biên chế năm 2022.',
      ['Nghị quyết về đầu tư công năm 2022', 'Nghị quyết về biên chế năm 2022']],
    ['"thông qua" again after ";"', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ bất thường, thông qua Nghị quyết về đầu tư công năm 2022; thông qua Nghị quyết về biên chế năm 2022.',
      ['Nghị quyết về đầu tư công năm 2022', 'Nghị quyết về biên chế năm 2022']],
    ['a submission only presented is not adopted', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ bất thường. Ông Lê Văn Sáu, Chủ tịch UBND tỉnh đã thông qua tờ trình về biên chế năm 2022.', []],
    ['a purpose is not an adoption', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ bất thường nhằm xem xét báo cáo; thông qua Nghị quyết về biên chế năm 2022.', []],
    ['"; đồng thời thông qua …"', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ bất thường, thông qua Nghị quyết về đầu tư công năm 2022; đồng thời thông qua Nghị quyết về biên chế năm 2022.',
      ['Nghị quyết về đầu tư công năm 2022', 'Nghị quyết về biên chế năm 2022']],
    ['a submission and a resolution on one matter: each, its title ending before what the sentence says of the person',
      'Ngày 17/4, HĐND tỉnh Kon Tum họp kỳ họp thứ 8. Tại kỳ họp, HĐND tỉnh đã thông qua tờ trình và nghị quyết về việc miễn nhiệm chức vụ Chủ tịch UBND tỉnh Kon Tum đối với đồng chí Lê Văn Sáu, người đã được điều động giữ chức vụ Bí thư Tỉnh ủy Gia Lai.',
      ['Tờ trình về việc miễn nhiệm chức vụ Chủ tịch UBND tỉnh Kon Tum đối với đồng chí Lê Văn Sáu', 'Nghị quyết về việc miễn nhiệm chức vụ Chủ tịch UBND tỉnh Kon Tum đối với đồng chí Lê Văn Sáu']],
    ['a parallel list written with commas', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. Kỳ họp đã thông qua các nghị quyết như: nghị quyết về giá đất năm 2022, nghị quyết về biên chế năm 2022 và nghị quyết về đầu tư công.',
      ['Nghị quyết về giá đất năm 2022', 'Nghị quyết về biên chế năm 2022', 'Nghị quyết về đầu tư công']],
    ['a comma inside one title', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. Kỳ họp đã thông qua Nghị quyết về giá đất, thuế tài nguyên năm 2022.', ['Nghị quyết về giá đất, thuế tài nguyên năm 2022']],
    ['the document before a passive verb', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. Tại kỳ họp, Nghị quyết về giá đất năm 2022 đã được các đại biểu biểu quyết thông qua với tỷ lệ 100%.', ['Nghị quyết về giá đất năm 2022']],
    ['unnamed resolutions are no document', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ bất thường. Các đại biểu biểu quyết thông qua các nghị quyết kỳ họp.', []],
    ['a count of resolutions, "trong đó có" the ones named', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. Kỳ họp đã thông qua 10 nghị quyết quan trọng, trong đó có Nghị quyết về giá đất và Nghị quyết về học phí.',
      ['Nghị quyết về giá đất', 'Nghị quyết về học phí']],
    ['a count of resolutions, named in the sentence after it', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. HĐND tỉnh đã biểu quyết thông qua 8 nghị quyết. Cụ thể: Nghị quyết về giá đất; Nghị quyết về học phí năm học 2022-2023.',
      ['Nghị quyết về giá đất', 'Nghị quyết về học phí năm học 2022-2023']],
    ['a count of resolutions with an adjective, then a colon and their topics', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. Các đại biểu đã biểu quyết thông qua 3 Nghị quyết quan trọng, gồm: định mức chi hoạt động năm 2020; điều chỉnh kế hoạch đầu tư công; giá đất.',
      ['Nghị quyết định mức chi hoạt động năm 2020', 'Nghị quyết điều chỉnh kế hoạch đầu tư công', 'Nghị quyết giá đất']],
    ['resolutions counted, then named after "như"', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. Kỳ họp thông qua các nghị quyết quan trọng như nghị quyết về giá đất, nghị quyết về học phí.',
      ['Nghị quyết về giá đất', 'Nghị quyết về học phí']],
    ['the vote\'s margin between the verb and the document', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. HĐND tỉnh biểu quyết thông qua với 100% đại biểu tán thành Nghị quyết về giá đất.',
      ['Nghị quyết về giá đất']],
    ['a count whose next sentence names no document', 'Sáng 3/3, HĐND tỉnh Kon Tum họp kỳ thứ 5. Kỳ họp đã thông qua 10 nghị quyết. Trong đó, nhiều nghị quyết quan trọng về kinh tế.', []],
  ])('adopted: %s', (_why, text, approved) => {
    expect(article(text).meetings[0]!.approved).toEqual(approved);
  });

  test.each([
    ['a date written 29-1-2021', 'Sáng 3/3, Tỉnh ủy Kon Tum họp, sơ kết Đề án số 04-ĐA/TU ngày 29-1-2021 của Tỉnh ủy.', '04-ĐA/TU', '2021-01-29'],
    ['"ngày 20/5" after the number, its year from the text', 'Sáng 23/5, Tỉnh ủy Kon Tum họp. Quyết định số 2136- QĐNS/TW ngày 20/5 của Bộ Chính trị được công bố.', '2136-QĐNS/TW', '2022-05-20'],
    ['a suffix keeps its term\'s number', 'Sáng 3/3, HĐND tỉnh Kon Tum họp, căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.', '202/2025/QH15', '2025-06-12'],
    ['a type written short before "số"', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Theo QĐ số 456-QĐ/TU ngày 3/3/2022 của Ban Thường vụ Tỉnh ủy, ông A nghỉ hưu.', '456-QĐ/TU', '2022-03-03'],
    ['a date in brackets', 'Sáng 3/3, HĐND tỉnh Kon Tum họp, căn cứ Nghị quyết số 35/NQ-HĐND (ngày 10/12/2021) của HĐND tỉnh.', '35/NQ-HĐND', '2021-12-10'],
    ['a date with dots after "ký"', 'Sáng 3/3, UBND tỉnh Kon Tum họp. Quyết định số 12/QĐ-UBND ký ngày 5.3.2021 được công bố.', '12/QĐ-UBND', '2021-03-05'],
    ['the day it was issued, before it', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ngày 11/2/2022, Thủ tướng Chính phủ đã ban hành Quyết định số 397/QĐ-TTg về nhân sự.', '397/QĐ-TTg', '2022-02-11'],
    ['the issuer\'s level between the number and the day', 'Sáng 3/3, HĐND tỉnh Kon Tum họp, sửa đổi Nghị quyết 10/2016/NQ-HĐND tỉnh ngày 7/12/2016 của HĐND tỉnh.', '10/2016/NQ-HĐND', '2016-12-07'],
    ['a number with a thousands\' dot', 'Sáng 3/3, UBND tỉnh Kon Tum họp. Quyết định số 1.234/QĐ-UBND ngày 2/2/2022 được công bố.', '1.234/QĐ-UBND', '2022-02-02'],
  ])('documents: %s', (_why, text, number, date) => {
    const d = article(text, 'Thứ hai, 30/05/2022').documents.find((x) => x.number === number);
    expect(d?.date).toBe(date);
  });
});

describe('names', () => {
  test.each([
    ['a photo credit in brackets at the end of a caption', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Các đại biểu dự hội nghị (Ảnh: Trần Văn Chín).', 'Trần Văn Chín'],
    ['a photo credit with its agency', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Quang cảnh hội nghị. (Ảnh: Đỗ Minh Mười/TTXVN)', 'Đỗ Minh Mười'],
    ['a street named after a person', 'Sáng 3/3, Tỉnh ủy Kon Tum họp tại hội trường đường Trần Hưng Đạo.', 'Trần Hưng Đạo'],
    ['a school named after a person', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Ông Lê Văn Sáu từng dạy ở trường Cao đẳng Sư phạm Ngô Gia Tự Kon Tum.', 'Ngô Gia Tự Kon Tum'],
  ])('%s is no person', (_why, text, name) => {
    expect(article(text).people.map((p) => p.name)).not.toContain(name);
  });

  test.each([
    ['a city\'s title before a name is no street ("thành phố" is not "phố")', 'Sáng 3/3, HĐND thành phố Đà Nẵng họp. Phó Chủ tịch HĐND thành phố Nguyễn Tiến Vinh điều hành phần thảo luận.', 'Nguyễn Tiến Vinh', ['Phó Chủ tịch HĐND thành phố Đà Nẵng']],
    ['a rank before a short name', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Đại tướng Lương Cường, Chủ tịch nước phát biểu.', 'Lương Cường', ['Chủ tịch nước']],
    ['an apostrophe inside a name', 'Sáng 3/3, Tỉnh ủy Kon Tum họp. Bà H’Hen Niê, Phó Chủ tịch UBND tỉnh phát biểu.', 'H’Hen Niê', ['Phó Chủ tịch UBND tỉnh Kon Tum']],
  ])('%s', (_why, text, name, posts) => {
    expect(postsOf(text, name)).toEqual(posts);
  });
});

describe('a biography gives former posts, whoever it names the person by', () => {
  const former = (text: string, name: string) => {
    const p = article(text).people.find((x) => x.name === name);
    return [p?.posts, p?.formerPosts];
  };
  test.each([
    ['"đồng chí từng giữ các chức vụ: …" after the person is named',
      'Sáng 3/3, Tỉnh ủy Gia Lai họp. Ông Lê Văn Sáu được chỉ định giữ chức Bí thư Tỉnh ủy Gia Lai. Đồng chí Lê Văn Sáu sinh năm 1970, quê Bình Định. Trong quá trình công tác, đồng chí từng giữ các chức vụ: Thứ trưởng Bộ Tư pháp, Chủ tịch UBND tỉnh Kon Tum, Bí thư Tỉnh ủy Kon Tum.',
      'Lê Văn Sáu', [['Bí thư Tỉnh ủy Gia Lai'], ['Thứ trưởng Bộ Tư pháp', 'Chủ tịch UBND tỉnh Kon Tum', 'Bí thư Tỉnh ủy Kon Tum']]],
    ['"ông cũng từng là …"', 'Sáng 3/3, Tỉnh ủy Gia Lai họp. Ông Lê Văn Sáu, Bí thư Tỉnh ủy Gia Lai phát biểu. Ông Lê Văn Sáu 56 tuổi; ông cũng từng là Bí thư Tỉnh ủy Kon Tum.',
      'Lê Văn Sáu', [['Bí thư Tỉnh ủy Gia Lai'], ['Bí thư Tỉnh ủy Kon Tum']]],
    ['"từng giữ chức" is no post taken', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu, Chánh Văn phòng UBND tỉnh phát biểu. Ông Sáu từng giữ chức Bí thư Đảng ủy xã Hà Mòn.',
      'Lê Văn Sáu', [['Chánh Văn phòng UBND tỉnh Kon Tum'], ['Bí thư Đảng ủy xã Hà Mòn']]],
  ])('%s', (_why, text, name, expected) => {
    expect(former(text, name)).toEqual(expected);
  });
});

test('a post given by a decision with no meeting takes the decision\'s day ("Cũng theo quyết định ngày 23.7")', () => {
  const r = article('Bộ Chính trị vừa quyết định điều động ông Lê Văn Sáu giữ chức Bí thư Tỉnh ủy Kon Tum. Cũng theo quyết định ngày 23.7, ông Sáu thôi giữ chức Thứ trưởng Bộ Tư pháp.', 'Thứ năm, 30/07/2020');
  const p = r.people.find((x) => x.name === 'Lê Văn Sáu')!;
  expect(p.events.map((e) => [e.kind, e.post, e.date])).toEqual(expect.arrayContaining([['assigned', 'Bí thư Tỉnh ủy Kon Tum', '2020-07-23']]));
});

describe('posts read whole: the grammar stops where the post stops', () => {
  test.each([
    ['a military command and its numbered region', 'Trung tướng Lê Văn Sáu, Tư lệnh Bộ Tư lệnh Quân khu 5 phát biểu.', ['Tư lệnh Bộ Tư lệnh Quân khu 5']],
    ['a provincial military command', 'Đại tá Lê Văn Sáu, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh phát biểu.', ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Kon Tum']],
    ['the Party committee of the province\'s Party agencies (2025)', 'Ông Lê Văn Sáu, Bí thư Đảng ủy các cơ quan Đảng tỉnh phát biểu.', ['Bí thư Đảng ủy các cơ quan Đảng tỉnh Kon Tum']],
    ['a term with no years ends the post', 'Ông Lê Văn Sáu tiếp tục giữ chức Bí thư Thành ủy Hải Phòng nhiệm kỳ mới.', ['Bí thư Thành ủy Hải Phòng']],
    ['the Front written short', 'Ông Lê Văn Sáu, Chủ tịch Ủy ban MTTQVN tỉnh phát biểu.', ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kon Tum']],
    ['the Front\'s committee without "Việt Nam"', 'Ông Lê Văn Sáu, Chủ tịch Ủy ban MTTQ tỉnh phát biểu.', ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kon Tum']],
    ['the Front\'s chair without the committee', 'Ông Lê Văn Sáu (Chủ tịch MTTQ Việt Nam tỉnh) phát biểu.', ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Kon Tum']],
    ['the provincial Youth Union', 'Ông Lê Văn Sáu, Bí thư Tỉnh đoàn phát biểu.', ['Bí thư Tỉnh đoàn Kon Tum']],
    ['a deputy head written "Phó trưởng Ban"', 'Ông Lê Văn Sáu - Ủy viên Trung ương Đảng, Phó trưởng Ban Thường trực Ban Kinh tế T.Ư, Chủ tịch HĐND tỉnh phát biểu.',
      ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Phó Trưởng Ban Thường trực Ban Kinh tế TƯ', 'Chủ tịch HĐND tỉnh Kon Tum']],
    ['a membership with its term, completed by the next post', 'Các đồng chí: Hồ Văn Bảy, Phó Bí thư Tỉnh ủy khóa XVIII, Chủ tịch UBND tỉnh và đồng chí Lê Văn Sáu, Ủy viên Ban Thường vụ khóa XVIII, Trưởng ban Tổ chức Tỉnh ủy phát biểu.',
      ['Ủy viên Ban Thường vụ Tỉnh ủy Kon Tum', 'Trưởng Ban Tổ chức Tỉnh ủy Kon Tum']],
    ['a unit whose committee the sentence names before', 'Chiều 3/3, Ủy ban Kiểm tra T.Ư họp kỳ 39 dưới sự chủ trì của Chủ nhiệm UBKT Lê Văn Sáu.', ['Chủ nhiệm Ủy ban Kiểm tra TƯ']],
    ['a standing committee\'s member takes the assembly the next post names; posts listed after one taken are taken',
      'Ông Lê Văn Sáu - người vừa được Quốc hội bầu giữ chức Ủy viên Ủy ban Thường vụ, Chủ nhiệm Ủy ban Tài chính - Ngân sách Quốc hội.',
      ['Ủy viên Ủy ban Thường vụ Quốc hội', 'Chủ nhiệm Ủy ban Tài chính - Ngân sách Quốc hội']],
    ['a Party group\'s secretary takes the front the next post names', 'Ông Lê Văn Sáu, Bí thư Trung ương Đảng, Bí thư Đảng đoàn, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam phát biểu.',
      ['Bí thư Trung ương Đảng', 'Bí thư Đảng đoàn MTTQ Việt Nam', 'Chủ tịch Ủy ban Trung ương MTTQ Việt Nam']],
    ['the Party group of the people\'s committee, written bare', 'Ông Lê Văn Sáu, Phó Bí thư Ban cán sự đảng, Phó Chủ tịch UBND tỉnh phát biểu.',
      ['Phó Bí thư Ban cán sự đảng UBND tỉnh Kon Tum', 'Phó Chủ tịch UBND tỉnh Kon Tum']],
    ['a unit of a central body', 'Ông Lê Văn Sáu, Vụ trưởng Vụ Địa phương 1, Ban Tổ chức Trung ương phát biểu.', ['Vụ trưởng Vụ Địa phương 1, Ban Tổ chức Trung ương']],
    ['a department whose name papers write with a comma', 'Ông Lê Văn Sáu, Giám đốc Sở Lao động, Thương binh và Xã hội phát biểu.', ['Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum']],
    ['a council\'s committee written with "của"', 'Ông Lê Văn Sáu, Trưởng Ban Kinh tế - Ngân sách của HĐND tỉnh phát biểu.', ['Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh Kon Tum']],
    ['a biography\'s birth year and people before the posts', 'Ông Lê Văn Sáu, sinh năm 1970, dân tộc Tày, Ủy viên dự khuyết BCH TƯ Đảng, Phó Bí thư Tỉnh ủy phát biểu.',
      ['Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng', 'Phó Bí thư Tỉnh ủy Kon Tum']],
    ['a biography in brackets and a degree before the posts', 'Nhân sự được giới thiệu là ông Lê Văn Sáu (SN 1975, phường Quyết Thắng, thành phố Kon Tum), Tiến sĩ Kinh tế học, Giám đốc Sở Tài chính.',
      ['Giám đốc Sở Tài chính tỉnh Kon Tum']],
    ['posts before the name joined by dashes', 'Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy Lê Văn Sáu phát biểu.', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Kon Tum']],
  ])('%s', (_why, text, posts) => {
    expect(postsOf(`Sáng 3/3, Tỉnh ủy Kon Tum họp. ${text}`, 'Lê Văn Sáu')).toEqual(posts);
  });
});

test('a post taken is held from the day the sentence states for it, not from the decision\'s day before it', () => {
  const r = article('Quyết định số 916-QĐ/TU ngày 29/9/2023 của Ban Thường vụ Tỉnh ủy Kon Tum phân công, điều động ông Lê Văn Sáu giữ chức Bí thư Huyện ủy Đắk Hà từ ngày 5/10/2023.', 'Thứ hai, 09/10/2023');
  const p = r.people.find((x) => x.name === 'Lê Văn Sáu')!;
  expect(p.holdings.filter((h) => h.post === 'Bí thư Huyện ủy Đắk Hà').map((h) => h.date)).toEqual(['2023-10-05']);
});

describe('an election that names the post before the person', () => {
  test.each([
    ['"bầu cử bổ sung <post> đối với ông X"', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Kỳ họp miễn nhiệm Ủy viên UBND tỉnh đối với bà Hồ Thị Bảy; đồng thời bầu cử bổ sung Ủy viên UBND tỉnh khóa IX đối với ông Lê Văn Sáu, Giám đốc Sở Y tế.',
      'Lê Văn Sáu', ['Giám đốc Sở Y tế tỉnh Kon Tum', 'Ủy viên UBND tỉnh Kon Tum']],
    ['the person named by a rank', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. HĐND tỉnh đã tổ chức bầu cử chức danh Ủy viên UBND tỉnh đối với Đại tá Lê Văn Sáu, Giám đốc Công an tỉnh.',
      'Lê Văn Sáu', ['Giám đốc Công an tỉnh Kon Tum', 'Ủy viên UBND tỉnh Kon Tum']],
    ['the one dismissed in the clause before takes nothing', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Kỳ họp miễn nhiệm Ủy viên UBND tỉnh đối với bà Hồ Thị Bảy; đồng thời bầu cử bổ sung Ủy viên UBND tỉnh khóa IX đối với ông Lê Văn Sáu, Giám đốc Sở Y tế.',
      'Hồ Thị Bảy', []],
    ['a counted list of people, some with posts in brackets, shares the post taken after the last',
      'Sáng 3/3, Đại hội Đảng bộ thành phố Hải Phòng họp. Ba ông Lê Văn Sáu (Chủ tịch UBND thành phố Hải Phòng), Đỗ Văn Tám, Hồ Văn Bảy (Chủ tịch HĐND thành phố Hải Phòng) được chỉ định làm Phó bí thư Thành ủy.',
      'Lê Văn Sáu', ['Chủ tịch UBND thành phố Hải Phòng', 'Phó Bí thư Thành ủy Hải Phòng']],
    ['two people joined by "và" share the post taken after the second', 'Sáng 3/3, HĐND tỉnh Kon Tum họp. Ông Lê Văn Sáu (Chánh Văn phòng UBND tỉnh) và ông Hồ Văn Bảy (Giám đốc Sở Xây dựng) được bầu bổ sung chức danh Ủy viên UBND tỉnh Kon Tum.',
      'Lê Văn Sáu', ['Chánh Văn phòng UBND tỉnh Kon Tum', 'Ủy viên UBND tỉnh Kon Tum']],
  ])('%s', (_why, text, name, posts) => {
    expect(postsOf(text, name)).toEqual(posts);
  });
});

test('an adopted item joined by "cùng với" is an item of its own', () => {
  const r = article('Sáng 3/3, HĐND thành phố Kon Tum tổ chức kỳ họp. Tại kỳ họp, các đại biểu đã biểu quyết thông qua nghị quyết về giá đất năm 2022; cùng với nghị quyết điều chỉnh kế hoạch đầu tư công năm 2022.');
  expect(r.meetings[0]!.approved).toEqual(['Nghị quyết về giá đất năm 2022', 'Nghị quyết điều chỉnh kế hoạch đầu tư công năm 2022']);
});

describe('who holds a conference that announces a personnel decision', () => {
  test.each([
    ['the place the decision is about', 'Sáng 16/1, đồng chí Lê Văn Sáu, Trưởng Ban Tổ chức Trung ương chủ trì Hội nghị triển khai Quyết định của Bộ Chính trị về công tác cán bộ thành phố Hải Phòng.', 'Thành ủy Hải Phòng'],
    ['a province\'s committee announcing its own decision', 'Chiều 5/10, Hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy Hưng Yên về công tác cán bộ diễn ra tại trụ sở.', 'Ban Thường vụ Tỉnh ủy Hưng Yên'],
  ])('%s', (_why, text, body) => {
    expect(article(text, 'Thứ hai, 16/01/2023').meetings.map((m) => m.body)).toEqual([body]);
  });
});

test('a sitting whose holder the text never names is left out, and says so', () => {
  const r = article('Sáng 3/3, hội nghị diễn ra trong không khí phấn khởi. Ông Lê Văn Sáu phát biểu tại hội nghị.');
  expect(r.meetings).toEqual([]);
  expect(r.diagnostics.map((d) => d.code)).toContain('meeting.dropped');
});

test.each([
  ['biểu quyết thống nhất với', 'các đại biểu đã biểu quyết thống nhất với các tờ trình về giá đất năm 2022.', 'Tờ trình về giá đất năm 2022'],
  ['biểu quyết tán thành', 'các đại biểu biểu quyết tán thành Nghị quyết về giá đất năm 2022.', 'Nghị quyết về giá đất năm 2022'],
  ['thống nhất thông qua', 'hội nghị thống nhất thông qua Quy chế làm việc của Ban Chấp hành.', 'Quy chế làm việc của Ban Chấp hành'],
])('a vote written "%s" adopts what follows', (_verb, text, doc) => {
  const r = article(`Sáng 3/3, HĐND tỉnh Kon Tum tổ chức kỳ họp thứ 5. Tại kỳ họp, ${text}`);
  expect(r.meetings[0]!.approved).toEqual([doc]);
});

describe('speakers named in other shapes of sentence', () => {
  test.each([
    ['a speech verb ending a chain of the subject\'s predicates', 'Sau phần công bố, ông Lê Văn Sáu, Trưởng Ban Tổ chức Trung ương, đã trao quyết định, tặng hoa chúc mừng và phát biểu giao nhiệm vụ.', ['Lê Văn Sáu']],
    ['"dự và chỉ đạo" in a chain is no speech', 'Ông Lê Văn Sáu, Trưởng Ban Tổ chức Trung ương, đến dự, tặng hoa và chỉ đạo hội nghị.', []],
    ['a chain that names someone else speaks for them, not the subject', 'Ông Lê Văn Sáu, Trưởng Ban Tổ chức Trung ương trao quyết định cho ông Hồ Văn Bảy và ông Bảy phát biểu nhận nhiệm vụ.', ['Hồ Văn Bảy']],
    ['a cleft sentence: "Người công bố … là ông X"', 'Người công bố các quyết định của Bộ Chính trị tại hội nghị là ông Lê Văn Sáu - Phó Trưởng Ban Tổ chức Trung ương.', ['Lê Văn Sáu']],
    ['the person of the sentence before, by a pronoun', 'Thay mặt Đoàn chủ tịch, ông Lê Văn Sáu, Bí thư Thành ủy đã tiếp thu ý kiến chỉ đạo. Đồng chí khẳng định thành phố sẽ phát triển.', ['Lê Văn Sáu']],
    ['a pronoun subject, someone else named after the verb', 'Thay mặt Đoàn chủ tịch, ông Lê Văn Sáu, Bí thư Thành ủy đã tiếp thu ý kiến. Đồng chí khẳng định ý kiến của đồng chí Hồ Văn Bảy là định hướng.', ['Lê Văn Sáu']],
    ['a pronoun after a sentence of two people names no one', 'Ông Lê Văn Sáu và ông Hồ Văn Bảy dự hội nghị. Ông khẳng định thành phố sẽ phát triển.', []],
    ['one who answers questions speaks', 'Ông Lê Văn Sáu, Giám đốc Sở Y tế trả lời chất vấn của đại biểu.', ['Lê Văn Sáu']],
    ['the answer told first, the one who gives it after', 'Trả lời chất vấn, ông Lê Văn Sáu, Giám đốc Sở Y tế cho rằng thuốc đủ.', ['Lê Văn Sáu']],
  ])('%s', (_why, text, speakers) => {
    const r = article(`Chiều 3/3, Tỉnh ủy Kon Tum tổ chức hội nghị công bố quyết định về công tác cán bộ. ${text}`);
    expect(r.meetings[0]!.speakers).toEqual(speakers);
  });
});

test('"Ông Z về Kon Tum thay ông Y, …, Bí thư Tỉnh ủy" after a sentence that gave Z the post: Z took it from Y', () => {
  const r = article('Bộ Chính trị quyết định điều động ông Lê Văn Sáu giữ chức Bí thư Tỉnh ủy Kon Tum. Ông Lê Văn Sáu về Kon Tum thay ông Hồ Văn Bảy, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Kon Tum.', 'Thứ năm, 30/07/2020');
  expect(r.people.find((p) => p.name === 'Lê Văn Sáu')!.events.map((e) => [e.post, e.replaces])).toEqual([['Bí thư Tỉnh ủy Kon Tum', 'Hồ Văn Bảy']]);
  expect(r.people.find((p) => p.name === 'Hồ Văn Bảy')!.formerPosts).toEqual(['Bí thư Tỉnh ủy Kon Tum']);
});

test.each([
  ['"thống nhất phương án này": the plan named before it', 'Nội dung đầu tiên của kỳ họp là phương án sắp xếp các phòng chuyên môn của Văn phòng UBND tỉnh; UBND tỉnh đã thảo luận và thống nhất phương án này.',
    ['Phương án sắp xếp các phòng chuyên môn của Văn phòng UBND tỉnh']],
  ['a reference with nothing named before it adopts nothing', 'UBND tỉnh đã thảo luận và thống nhất phương án này.', []],
])('an adoption that names its document by reference: %s', (_why, text, approved) => {
  const r = article(`Sáng 3/3, UBND tỉnh Kon Tum tổ chức phiên họp thường kỳ. ${text}`);
  expect(r.meetings[0]!.approved).toEqual(approved);
});

describe('a decision\'s further clause about the same person', () => {
  test.each([
    ['"… thôi giữ chức X và được phân công, điều động … giữ chức Y"', 'Theo Quyết định số 918-QĐ/TU ngày 29/9/2023, ông Lê Văn Sáu, Phó Trưởng Ban Tổ chức Tỉnh ủy thôi giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy và được phân công, điều động, luân chuyển, chỉ định tham gia Ban Chấp hành, Ban Thường vụ, giữ chức Bí thư Huyện ủy Đắk Hà.',
      ['Bí thư Huyện ủy Đắk Hà']],
    ['"…; đồng chí được phân công … giữ chức Y"', 'Quyết định số 919-QĐ/TU ngày 29/9/2023 cho ông Lê Văn Sáu, Bí thư Huyện ủy Đắk Hà thôi giữ chức Bí thư Huyện ủy Đắk Hà; đồng chí được phân công, điều động, bổ nhiệm giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy.',
      ['Phó Trưởng Ban Tổ chức Tỉnh ủy Kon Tum']],
  ])('%s', (_why, text, posts) => {
    expect(postsOf(`Sáng 5/10, Ban Thường vụ Tỉnh ủy Kon Tum tổ chức hội nghị công bố quyết định. ${text}`, 'Lê Văn Sáu', 'Thứ năm, 05/10/2023')).toEqual(posts);
  });
});

describe('a news digest: several dated items, newest first, each read apart', () => {
  const digest = [
    'Sáng 15/2, Ban Chấp hành Đảng bộ tỉnh Kon Tum tổ chức hội nghị bất thường. Đồng chí Lê Văn Sáu, Bí thư Tỉnh ủy chủ trì hội nghị.',
    'Chiều 14/2, một đoàn công tác tổng kết công việc năm trước tại hội nghị do đồng chí Hồ Văn Bảy, Phó Bí thư Tỉnh ủy chủ trì.',
    'Sáng 10/2, Thành ủy Kon Tum tổ chức hội nghị tổng kết năm. Đồng chí Mai Văn Tám, Bí thư Thành ủy Kon Tum chủ trì hội nghị.',
    'Sáng 9/2, UBND tỉnh tổ chức lễ phát động phong trào thi đua. Đồng chí Đỗ Thị Chín, Phó Chủ tịch UBND tỉnh chủ trì buổi lễ.',
  ].join('\n\n');
  const r = article(digest, 'Thứ tư, 15/02/2017');
  test('each item\'s sitting keeps its own day and its own chair', () => {
    expect(r.meetings.map((m) => [m.date, m.body, m.chairs])).toEqual([
      ['2017-02-15', 'Ban Chấp hành Đảng bộ tỉnh Kon Tum', ['Lê Văn Sáu']],
      ['2017-02-10', 'Thành ủy Kon Tum', ['Mai Văn Tám']],
    ]);
  });
  test('the chair of an item whose event is no meeting of the graph chairs nothing', () => {
    expect(r.meetings.flatMap((m) => m.chairs)).not.toContain('Đỗ Thị Chín');
    expect(r.meetings.flatMap((m) => m.chairs)).not.toContain('Hồ Văn Bảy');
  });
  test('a sitting of several days told day by day, in order, is one sitting', () => {
    const days = article([
      'Sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI khai mạc. Đồng chí Lê Văn Sáu, Bí thư Tỉnh ủy chủ trì đại hội.',
      'Chiều 14/10, đại hội thảo luận văn kiện.',
      'Sáng 15/10, đại hội bầu Ban Chấp hành. Đồng chí Hồ Văn Bảy phát biểu.',
    ].join('\n\n'), 'Thứ năm, 16/10/2025');
    expect(days.meetings.map((m) => [m.date, m.body, m.chairs, m.speakers])).toEqual([['2025-10-14', 'Đảng bộ tỉnh Kon Tum', ['Lê Văn Sáu'], ['Hồ Văn Bảy']]]);
  });
});

test('a page whose only heading is its section\'s name: the first paragraph is read as a paragraph', () => {
  const r = extractRecords(parseArticle('Thứ tư, 15/02/2017\n\nThời sự - Chính trị\n\nSáng 15/2, Ban Chấp hành Đảng bộ tỉnh Kon Tum tổ chức hội nghị. Đồng chí Lê Văn Sáu, Bí thư Tỉnh ủy chủ trì hội nghị.\n\nSáng 10/2, Thành ủy Kon Tum tổ chức hội nghị.\n', { id: 'x.txt' }));
  expect(r.title).toBe('Thời sự - Chính trị');
  expect(r.meetings.map((m) => [m.date, m.body, m.chairs])).toEqual([['2017-02-15', 'Ban Chấp hành Đảng bộ tỉnh Kon Tum', ['Lê Văn Sáu']], ['2017-02-10', 'Thành ủy Kon Tum', []]]);
});
