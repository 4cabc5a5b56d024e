import { extractRecords } from '../../src/extract/extract-records';
import { parseArticle } from '../../src/parse/parse-article';

const article = (body: string, pageDate = 'Thứ hai, 10/01/2022') => extractRecords(parseArticle(`${pageDate}\n\nTiêu đề\n\n${body}`, { id: 'x.txt' }));

describe('people and appositive posts', () => {
  test.each([
    ['LSO-Sáng nay (5/1), đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.',
      'Nguyễn Văn An', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Lạng Sơn']],
    ['Sáng 5/1, đồng chí Hồ Văn Niên, Phó Bí thư thường trực Tỉnh uỷ, Chủ tịch HĐND tỉnh Gia Lai phát biểu.',
      'Hồ Văn Niên', ['Phó Bí thư thường trực Tỉnh ủy Gia Lai', 'Chủ tịch HĐND tỉnh Gia Lai']],
    ['Sáng 5/1, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải chủ trì hội nghị.', 'Võ Trọng Hải', ['Chủ tịch UBND tỉnh Hà Tĩnh']],
    ['Sáng 5/1, ông Lê Văn Bình, Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An báo cáo tại hội nghị.',
      'Lê Văn Bình', ['Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An']],
    ['Sáng 5/1, đồng chí Đinh Văn Cường, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện Lộc Bình phát biểu.',
      'Đinh Văn Cường', ['Bí thư Huyện ủy Lộc Bình', 'Chủ tịch HĐND huyện Lộc Bình']],
    // a body spelled out is taken whole, not cut at its first lower-case syllable
    ['Chiều 8/12, kỳ họp HĐND tỉnh Bình Định bế mạc. Đồng chí Nguyễn Mạnh Thành, Chủ tịch Hội đồng nhân dân tỉnh chủ trì kỳ họp.',
      'Nguyễn Mạnh Thành', ['Chủ tịch HĐND tỉnh Bình Định']],
    ['Chiều 8/12, kỳ họp HĐND tỉnh Đắk Nông bế mạc. Phó Chủ tịch Hội đồng nhân dân tỉnh Lê Quang Hùng điều hành phần thảo luận.',
      'Lê Quang Hùng', ['Phó Chủ tịch HĐND tỉnh Đắk Nông']],
  ])('%s', (text, name, posts) => {
    const r = article(text);
    const p = r.people.find((x) => x.name === name);
    expect(p?.posts).toEqual(posts);
  });

  test('several co-chairs in one list', () => {
    const r = article('Sáng 5/1, Tỉnh ủy tổ chức hội nghị. Các đồng chí: Trần Văn A, Bí thư Tỉnh ủy; Lê Thị Bé, Phó Bí thư Tỉnh ủy; Phạm Văn Chung, Chủ tịch UBND tỉnh chủ trì hội nghị.');
    expect(r.meetings[0]?.chairs).toEqual(['Trần Văn A', 'Lê Thị Bé', 'Phạm Văn Chung']);
    expect(r.people.find((p) => p.name === 'Lê Thị Bé')?.posts).toEqual(['Phó Bí thư Tỉnh ủy']);
  });

  test('"nguyên" marks a former post', () => {
    const r = article('Sáng 5/1, đồng chí Hoàng Văn Minh, nguyên Bí thư Tỉnh ủy Cao Bằng dự hội nghị.');
    const p = r.people.find((x) => x.name === 'Hoàng Văn Minh');
    expect(p?.posts).toEqual([]);
    expect(p?.formerPosts).toEqual(['Bí thư Tỉnh ủy Cao Bằng']);
  });

  test('a later mention by post resolves to the person and makes a speaker', () => {
    const r = article('LSO-Sáng nay (5/1), đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy. Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các ngành tập trung.');
    expect(r.meetings[0]?.speakers).toEqual(['Nguyễn Văn An']);
  });

  test('"đ/c" before a name is "đồng chí"', () => {
    const r = article('Sáng 5/1, Tỉnh ủy Lào Cai tổ chức hội nghị. Đ/c Rah Lan Chung, Phó Chủ tịch UBND tỉnh báo cáo.');
    expect(r.people.find((p) => p.name === 'Rah Lan Chung')?.posts).toEqual(['Phó Chủ tịch UBND tỉnh Lào Cai']);
  });

  test.each([
    // a city's name ending a person's name does not place the article: Vinh is Nghệ An's seat
    ['Chiều 17/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Nguyễn Thanh Vinh, Bí thư Tỉnh ủy chủ trì hội nghị.', null],
    // "Hồ Chí Minh" alone is the President's thought, not the city; "TP Hồ Chí Minh" is the city
    ['Sáng 5/1, Tỉnh ủy tổ chức hội nghị học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.', null],
    ['Sáng 5/1, Ban Thường vụ Thành ủy TP Hồ Chí Minh tổ chức hội nghị.', 'Hồ Chí Minh'],
    ['Sáng 5/1, UBND thành phố Hồ Chí Minh tổ chức phiên họp thường kỳ.', 'Hồ Chí Minh'],
  ])('province of %s: %s', (text, province) => {
    const r = article(text);
    expect(r.province).toBe(province);
    expect(r.people.map((p) => p.name)).not.toContain('Hồ Chí Minh');
  });

  test('place names are not people', () => {
    const r = article('Sáng 5/1, Tỉnh ủy Hà Tĩnh tổ chức hội nghị tại thành phố Cao Bằng.');
    expect(r.people).toEqual([]);
  });
});

describe('meetings and dates', () => {
  test.each([
    ['LSO-Chiều nay (29/11), Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVI tổ chức hội nghị thứ 14.', 'Thứ hai, 25/03/2019',
      { date: '2018-11-29', body: 'Ban Chấp hành Đảng bộ tỉnh Lạng Sơn', ordinal: '14', term: 'khóa XVI' }],
    ['Ngày 23/12/2020, đồng chí Trần Văn A, Bí thư Tỉnh ủy chủ trì hội nghị Ban Thường vụ Tỉnh ủy kỳ chuyên đề.', 'Thứ bảy, 16/01/2021',
      { date: '2020-12-23', body: 'Ban Thường vụ Tỉnh ủy', special: true }],
    ['LSO-Sáng nay (27/9), Thành ủy Lạng Sơn tổ chức hội nghị sơ kết công tác 9 tháng đầu năm 2018.', 'Thứ hai, 04/07/2022',
      { date: '2018-09-27', body: 'Thành ủy Lạng Sơn' }],
    ['Chiều 9/10, Thường trực HĐND tỉnh Nghệ An tổ chức phiên họp thường kỳ tháng 10.', 'Thứ Ba, 10/10/2023',
      { date: '2023-10-09', body: 'Thường trực HĐND tỉnh Nghệ An', kind: 'phiên họp' }],
    ['Sáng 8/12, HĐND tỉnh Quảng Trị khóa VIII tổ chức kỳ họp thứ 10.', 'Thứ sáu, 09/12/2022',
      { date: '2022-12-08', body: 'HĐND tỉnh Quảng Trị', kind: 'kỳ họp', ordinal: '10' }],
  ])('%s', (text, pageDate, expected) => {
    expect(article(text, pageDate).meetings[0]).toMatchObject(expected);
  });

  test('a meeting only referred to is not reported', () => {
    const r = article('Các văn bản sẽ được đưa ra thảo luận tại kỳ họp Ban Chấp hành Đảng bộ tỉnh tới đây.');
    expect(r.meetings).toEqual([]);
  });
});

describe('approvals and documents', () => {
  test('approved items are split; a trailing clause is not part of the title', () => {
    const r = article('Sáng 5/1, Tỉnh ủy tổ chức hội nghị. Hội nghị nhất trí thông qua nghị quyết về nhiệm vụ năm 2022 với mục tiêu tổng quát và 18 chỉ tiêu; Chương trình kiểm tra, giám sát năm 2022.');
    expect(r.meetings[0]?.approved).toEqual(['Nghị quyết về nhiệm vụ năm 2022', 'Chương trình kiểm tra, giám sát năm 2022']);
  });

  test('drafts only discussed are not approved; "thông qua đó" is no approval', () => {
    const r = article('Sáng 5/1, Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo Nghị quyết về chuyển đổi số. Thông qua đó, các đại biểu thống nhất cao.');
    expect(r.meetings[0]?.approved).toEqual([]);
  });

  test.each([
    ['theo Nghị quyết số 101-NQ/TU, ngày 12/12/2019 của Ban Thường vụ Tỉnh uỷ', { type: 'Nghị quyết', number: '101-NQ/TU', date: '2019-12-12', issuer: 'Ban Thường vụ Tỉnh ủy Lạng Sơn' }],
    ['triển khai Đề án số 01 – ĐA/TU ngày 31/5/2021 của Ban Thường vụ Tình ủy', { type: 'Đề án', number: '01-ĐA/TU', date: '2021-05-31' }],
    ['thực hiện Nghị quyết số 15/2023/NQ-HĐND của HĐND tỉnh', { number: '15/2023/NQ-HĐND', date: null, issuer: 'HĐND tỉnh Lạng Sơn' }],
  ])('%s', (text, expected) => {
    const r = article(`LSO-Các ngành ${text}.`);
    expect(r.documents[0]).toMatchObject(expected);
  });
});

describe('province and authors', () => {
  test.each([
    ['LSO-Sáng 5/1, Tỉnh ủy tổ chức hội nghị.', 'Lạng Sơn'],
    ['(Baohatinh.vn) - Sáng 5/1, Tỉnh ủy tổ chức hội nghị.', 'Hà Tĩnh'],
    ['Sáng 5/1, Tỉnh ủy Quảng Ninh tổ chức hội nghị tại thành phố Hạ Long.', 'Quảng Ninh'],
    ['Sáng 5/1, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị.', null],
  ])('%s → %s', (text, province) => expect(article(text).province).toBe(province));

  test('byline in capitals, photo credit left out', () => {
    const r = extractRecords(parseArticle('Thứ hai, 10/01/2022\n\nTiêu đề\n\nSáng 5/1, hội nghị.\n\nMAI CHI – PHƯƠNG VY\n\nẢnh: Thành Tâm', { id: 'x' }));
    expect(r.authors).toEqual(['Mai Chi', 'Phương Vy']);
  });
});

describe('posts read as one list', () => {
  test.each([
    ['a province named at the end of the list qualifies the whole list',
      'Sáng 5/1, Tỉnh ủy Gia Lai tổ chức hội nghị. Dự có đồng chí Lê Văn Bảy, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Kon Tum.',
      'Lê Văn Bảy', ['Phó Bí thư Tỉnh ủy Kon Tum', 'Chủ tịch UBND tỉnh Kon Tum']],
    ['a bare district committee takes the district the list names',
      'Sáng 5/1, tỉnh Nghệ An tổ chức hội nghị. Đồng chí Trần Thị Năm, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Nam Đàn phát biểu.',
      'Trần Thị Năm', ['Phó Bí thư Huyện ủy Nam Đàn', 'Chủ tịch UBND huyện Nam Đàn']],
    ['a centrally governed city: "Thành ủy" and "thành phố" are the province\'s',
      'Sáng 5/1, Ban Chấp hành Đảng bộ thành phố Đà Nẵng tổ chức hội nghị. Đồng chí Lê Văn Sáu, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì.',
      'Lê Văn Sáu', ['Phó Bí thư Thành ủy Đà Nẵng', 'Chủ tịch UBND thành phố Đà Nẵng']],
    ['the National Assembly delegation of a province is provincial',
      'Sáng 5/1, Tỉnh ủy Quảng Ninh tổ chức hội nghị. Đồng chí Cao Văn Bảy, Trưởng Đoàn ĐBQH tỉnh chủ trì.',
      'Cao Văn Bảy', ['Trưởng Đoàn ĐBQH tỉnh Quảng Ninh']],
    ['"UVTƯ Đảng" is the Central Committee',
      'Sáng 5/1, Tỉnh uỷ Thanh Hoá tổ chức hội nghị. Đồng chí Đỗ Văn Tám, UVTƯ Đảng, Bí thư Tỉnh uỷ chủ trì.',
      'Đỗ Văn Tám', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Thanh Hóa']],
    ['a dash instead of the first comma',
      'Sáng 14-7, Tỉnh ủy Quảng Ninh tổ chức hội nghị. Đồng chí Vũ Văn Ba - Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy chủ trì.',
      'Vũ Văn Ba', ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy Quảng Ninh']],
    ['posts in brackets',
      'Chiều 20/3, Tỉnh ủy Hà Giang tổ chức hội nghị. Đồng chí Đặng Văn Tư (Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh) phát biểu.',
      'Đặng Văn Tư', ['Phó Bí thư Tỉnh ủy Hà Giang', 'Chủ tịch UBND tỉnh Hà Giang']],
    ['a post shared by a list of names',
      'Sáng 5/1, UBND tỉnh Phú Thọ tổ chức phiên họp. Dự có các đồng chí Phó Chủ tịch UBND tỉnh: Phan Văn Một, Hồ Văn Hai.',
      'Hồ Văn Hai', ['Phó Chủ tịch UBND tỉnh Phú Thọ']],
  ])('%s', (_why, text, name, posts) => {
    expect(article(text).people.find((p) => p.name === name)?.posts).toEqual(posts);
  });
});

describe('holdings: acting, concurrent, term and the date they are seen', () => {
  const holdings = (text: string, name: string) => article(text, 'Thứ hai, 10/01/2022').people.find((p) => p.name === name)?.holdings
    .map(({ post, former, concurrent, term, date }) => [post, former, concurrent, term, date]);
  test.each([
    ['"Quyền" before a title: the acting post, as written',
      'Sáng 19/11, UBND tỉnh Bắc Kạn họp phiên thường kỳ. Đồng chí Đỗ Văn Quang, Phó Bí thư Tỉnh ủy, Quyền Chủ tịch UBND tỉnh chủ trì phiên họp.',
      'Đỗ Văn Quang', [['Phó Bí thư Tỉnh ủy Bắc Kạn', false, false, null, '2021-11-19'], ['Quyền Chủ tịch UBND tỉnh Bắc Kạn', false, false, null, '2021-11-19']]],
    ['"kiêm": the second post is held concurrently',
      'Sáng 5/1, Tỉnh ủy Gia Lai tổ chức hội nghị. Đồng chí Hồ Văn Năm, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì.',
      'Hồ Văn Năm', [['Bí thư Tỉnh ủy Gia Lai', false, false, null, '2022-01-05'], ['Chủ tịch HĐND tỉnh Gia Lai', false, true, null, '2022-01-05']]],
    ['a term after the post, inside it or after a comma',
      'Sáng 5/1, Tỉnh ủy Bình Dương tổ chức hội nghị. Đồng chí Trần Văn Bảy, Bí thư Tỉnh ủy khóa XI, Chủ tịch HĐND tỉnh, nhiệm kỳ 2021 - 2026 chủ trì.',
      'Trần Văn Bảy', [['Bí thư Tỉnh ủy Bình Dương', false, false, 'khóa XI', '2022-01-05'], ['Chủ tịch HĐND tỉnh Bình Dương', false, false, 'nhiệm kỳ 2021 - 2026', '2022-01-05']]],
    ['"nguyên": former, seen at the meeting the article reports',
      'Sáng 5/1, Tỉnh ủy Lạng Sơn tổ chức hội nghị. Dự hội nghị có đồng chí Hoàng Văn Chín, nguyên Bí thư Tỉnh ủy.',
      'Hoàng Văn Chín', [['Bí thư Tỉnh ủy Lạng Sơn', true, false, null, '2022-01-05']]],
  ])('%s', (_why, text, name, expected) => {
    expect(holdings(text, name)).toEqual(expected);
  });

  test.each([
    ['a day in the sentence is the event\'s', 'Sáng 5/1, Tỉnh ủy Sơn La tổ chức hội nghị. Ngày 15/12/2021, Ban Thường vụ Tỉnh ủy đã điều động đồng chí Lò Văn Mười giữ chức Bí thư Huyện ủy Mộc Châu.', '2021-12-15', 'day'],
    ['a month in the sentence', 'Sáng 5/1, Tỉnh ủy Sơn La tổ chức hội nghị. Tháng 10/2021, đồng chí Lò Văn Mười được bổ nhiệm giữ chức Giám đốc Sở Tài chính.', '2021-10-01', 'month'],
    ['a numbered document\'s date is not the event\'s: the meeting\'s is', 'Sáng 5/1, Tỉnh ủy Sơn La tổ chức hội nghị công bố Quyết định số 123-QĐ/TU ngày 2/12/2021, điều động đồng chí Lò Văn Mười giữ chức Bí thư Huyện ủy Mộc Châu.', '2022-01-05', 'day'],
  ])('post event dates: %s', (_why, text, date, precision) => {
    const e = article(text).people.find((p) => p.name === 'Lò Văn Mười')?.events[0];
    expect([e?.date, e?.datePrecision]).toEqual([date, precision]);
  });
});

describe('posts taken and left', () => {
  const person = (text: string, name: string) => article(text).people.find((p) => p.name === name);
  test.each([
    ['Sáng 5/1, HĐND tỉnh Hà Tĩnh tổ chức kỳ họp. Kỳ họp đã bầu đồng chí Lê Văn Chín, Ủy viên Ban Thường vụ Tỉnh ủy giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026.',
      'Lê Văn Chín', ['Ủy viên Ban Thường vụ Tỉnh ủy Hà Tĩnh', 'Phó Chủ tịch UBND tỉnh Hà Tĩnh'], [], [{ kind: 'elected', post: 'Phó Chủ tịch UBND tỉnh Hà Tĩnh', replaces: null }]],
    ['Sáng 5/1, Tỉnh ủy Bắc Giang tổ chức hội nghị, công bố quyết định phân công đồng chí Mai Văn Mười giữ chức Phó Bí thư Tỉnh ủy thay đồng chí Lê Văn Một, nghỉ hưu.',
      'Mai Văn Mười', ['Phó Bí thư Tỉnh ủy Bắc Giang'], [], [{ kind: 'assigned', post: 'Phó Bí thư Tỉnh ủy Bắc Giang', replaces: 'Lê Văn Một' }]],
    ['Sáng 5/1, Tỉnh ủy Quảng Ninh tổ chức hội nghị công bố quyết định cho đồng chí Nguyễn Văn Hai, Ủy viên Ban Chấp hành Trung ương Đảng thôi giữ chức Bí thư Tỉnh ủy Quảng Ninh để nghỉ hưu.',
      'Nguyễn Văn Hai', ['Ủy viên Ban Chấp hành Trung ương Đảng'], ['Bí thư Tỉnh ủy Quảng Ninh'], [{ kind: 'retired', post: 'Bí thư Tỉnh ủy Quảng Ninh', replaces: null }]],
    ['Sáng 5/1, UBND tỉnh Sơn La tổ chức hội nghị. Đồng chí Phạm Văn Hùng, Phó Chủ tịch UBND tỉnh nghỉ hưu theo chế độ từ ngày 1/3/2022.',
      'Phạm Văn Hùng', [], ['Phó Chủ tịch UBND tỉnh Sơn La'], [{ kind: 'retired', post: 'Phó Chủ tịch UBND tỉnh Sơn La', replaces: null }]],
    ['Sáng 5/1, UBND tỉnh Sơn La tổ chức hội nghị. Đồng chí Phạm Văn Hùng, Phó Chủ tịch UBND tỉnh sắp nghỉ hưu phát biểu.',
      'Phạm Văn Hùng', ['Phó Chủ tịch UBND tỉnh Sơn La'], [], []],
    ['Ngày 17/11, HĐND tỉnh Kon Tum tổ chức kỳ họp. Kỳ họp đã miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn Ba do nghỉ hưu.',
      'Nguyễn Văn Ba', [], ['Phó Chủ tịch UBND tỉnh Kon Tum'], [{ kind: 'dismissed', post: 'Phó Chủ tịch UBND tỉnh Kon Tum', replaces: null }]],
    ['Chiều 13/10, Đại hội đại biểu Đảng bộ tỉnh Bình Dương bế mạc. Đồng chí Trần Văn Tư đã được Ban Chấp hành Đảng bộ tỉnh bầu tái đắc cử Bí thư Tỉnh ủy.',
      'Trần Văn Tư', ['Bí thư Tỉnh ủy Bình Dương'], [], [{ kind: 'reelected', post: 'Bí thư Tỉnh ủy Bình Dương', replaces: null }]],
  ])('%s', (text, name, posts, former, events) => {
    const p = person(text, name);
    expect(p?.posts).toEqual(posts);
    expect(p?.formerPosts).toEqual(former);
    expect(p?.events.map(({ kind, post, replaces }) => ({ kind, post, replaces }))).toEqual(events);
    expect(p?.events.every((e) => e.evidence.rule.startsWith('event.'))).toBe(true);
  });

  test('"làm" alone is no appointment', () => {
    expect(person('Sáng 5/1, Tỉnh ủy Gia Lai tổ chức hội nghị với đoàn do đồng chí Lê Văn Tám, Bí thư Tỉnh ủy Kon Tum làm trưởng đoàn.', 'Lê Văn Tám')?.events).toEqual([]);
  });
});

describe('several meetings, years and approvals', () => {
  test('a second meeting with its own day and body is reported apart; roles go to the meeting being told', () => {
    const r = article([
      'QTO - Sáng 14/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Đồng chí Lê Văn Một, Bí thư Tỉnh ủy chủ trì hội nghị.',
      'Chiều 14/3, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị lần thứ 13. Đồng chí Nguyễn Văn Hai, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.',
      'Hội nghị đã biểu quyết thông qua Nghị quyết về phát triển kinh tế biển.',
    ].join('\n\n'), 'Thứ Tư, 15/03/2023 - 07:45');
    expect(r.meetings.map((m) => [m.date, m.body, m.chairs, m.approved])).toEqual([
      ['2023-03-14', 'Ban Thường vụ Tỉnh ủy Quảng Trị', ['Lê Văn Một'], []],
      ['2023-03-14', 'Ban Chấp hành Đảng bộ tỉnh Quảng Trị', ['Nguyễn Văn Hai'], ['Nghị quyết về phát triển kinh tế biển']],
    ]);
  });

  test('mentions of the same meeting merge', () => {
    const r = article('Ngày 23/6/2023, Ủy ban Kiểm tra Tỉnh ủy Ninh Bình tổ chức kỳ họp thứ 21. Kỳ họp cũng xem xét, thi hành kỷ luật một đảng viên.', 'Thứ bảy, 24/06/2023');
    expect(r.meetings).toHaveLength(1);
  });

  test.each([
    ['the latest year the text speaks of bounds the year', 'CBĐT - Sáng nay (6/1), Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.', 'Thứ 2, 15/04/2024, 09:10[GMT+7]', '2023-01-06'],
    ['no year spoken of: the latest day on or before the date line', 'Sáng 5/6, UBND tỉnh tổ chức phiên họp thường kỳ.', 'Thứ Ba, 06/06/2023 | 17:20', '2023-06-05'],
    ['a dash between day and month', 'Sáng 14-7, Tỉnh ủy tổ chức hội nghị.', '15/07/2023 10:20', '2023-07-14'],
    ['a day after the date line is of the year before', 'Chiều 28/12, Tỉnh ủy tổ chức hội nghị.', 'Thứ Ba, 02/01/2024', '2023-12-28'],
  ])('%s', (_why, text, pageDate, date) => {
    expect(article(text, pageDate).meetings[0]?.date).toBe(date);
  });

  test('"và" before another document splits the approved items, not inside a title citing one', () => {
    const r = article('Sáng 5/1, Tỉnh ủy tổ chức hội nghị. Hội nghị đã nhất trí thông qua Nghị quyết về nhiệm vụ năm 2023 và Chương trình kiểm tra năm 2023; Chương trình hành động thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh.');
    expect(r.meetings[0]?.approved).toEqual([
      'Nghị quyết về nhiệm vụ năm 2023', 'Chương trình kiểm tra năm 2023',
      'Chương trình hành động thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh',
    ]);
  });

  test('a congress is held by the Party organisation', () => {
    expect(article('Chiều 13/10, Đại hội đại biểu Đảng bộ tỉnh Bình Dương lần thứ XI, nhiệm kỳ 2020 - 2025 bế mạc.', 'Thứ tư, 14/10/2020').meetings[0])
      .toMatchObject({ kind: 'đại hội', body: 'Đảng bộ tỉnh Bình Dương', date: '2020-10-13', ordinal: 'XI' });
  });
});

describe('bylines', () => {
  test.each([
    ['Bài, ảnh: Thu Hằng', ['Thu Hằng']],
    ['NHÓM PV', []],
    ['HOÀNG NGA – MINH HÀ', ['Hoàng Nga', 'Minh Hà']],
    ['Theo Minh Anh/VietnamPlus', ['Minh Anh']],
    ['Lê Hà/VOV-Tây Nguyên', ['Lê Hà']],
    ['Hồng Hà (TTXVN)', ['Hồng Hà']],
    ['Theo VOV', []],
    ['TTXVN/Vietnam+', []],
    ['PC', ['PC']],
    ['Theo Báo Kon Tum', []],
    ['Theo Đài PT-TH Kon Tum', []],
    ['Minh Anh/Báo Kon Tum', ['Minh Anh']],
    ['TIN: TT. ẢNH: HN', ['TT']],
  ])('%s', (byline, authors) => {
    expect(article(`Sáng 5/1, Tỉnh ủy tổ chức hội nghị.\n\n${byline}`).authors).toEqual(authors);
  });
});
