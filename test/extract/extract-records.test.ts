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
      'Đinh Văn Cường', ['Bí thư Huyện ủy', 'Chủ tịch HĐND huyện Lộc Bình']],
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
