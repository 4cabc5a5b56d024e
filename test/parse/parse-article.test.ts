import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../src/parse/parse-article';
import { SAMPLES } from '../support/paths';

describe('date lines and layouts', () => {
  test.each([
    ['Thứ tư,  25/05/2022\n\nTiêu đề\n\nLSO-Sáng nay (14/7), hội nghị.', '2022-05-25', null, 'LSO'],
    ['Thứ 4, 01/05/2024, 07:29[GMT+7]\n\nTiêu đề\n\nThứ 5, 20/01/2022 | 19:35:08\n3,824 lượt xem\nChiều ngày 20/1, hội nghị.', '2024-05-01', '2022-01-20', null],
    ['Chủ nhật, 3/3/2024\n\nTiêu đề\n\n(GLO)- Sáng 2/3, hội nghị.', '2024-03-03', null, 'GLO'],
    ['25/05/2022 08:15\n\nTiêu đề\n\n– Sáng nay, hội nghị.', '2022-05-25', null, null],
  ])('%#: page date, published date, dateline', (text, page, published, dateline) => {
    const a = parseArticle(text, { id: 't' });
    expect(a.pageDate?.iso).toBe(page);
    expect(a.publishedDate?.iso ?? null).toBe(published);
    expect(a.dateline).toBe(dateline);
    expect(a.title).toBe('Tiêu đề');
  });

  test.each([
    ['Cập nhật: 10:20 15/07/2023', '2023-07-15'],
    ['Thứ Bảy, ngày 14/10/2023', '2023-10-14'],
    ['10:20 | 15/07/2023', '2023-07-15'],
    ['Thứ Hai, 17/04/2023, 06:30 (GMT+7)', '2023-04-17'],
    ['Thứ Sáu, 09/12/2022 - 11:42 AM', '2022-12-09'],
    ['Cập nhật lúc 08h30, 05/01/2024', '2024-01-05'],
    ['Hội nghị 25/05/2022 bàn nhiệm vụ', null],
  ])('date line %s → %s', (line, iso) => {
    expect(parseArticle(`${line}\n\nTiêu đề\n\nSáng 5/1, hội nghị.`, { id: 't' }).pageDate?.iso ?? null).toBe(iso);
  });

  test('no date line: the first line is the title', () => {
    const a = parseArticle('Hội nghị Tỉnh ủy\n\nSáng 5/1, Tỉnh ủy tổ chức hội nghị.', { id: 't' });
    expect(a.pageDate).toBeNull();
    expect(a.title).toBe('Hội nghị Tỉnh ủy');
  });

  test('captions, bylines, credits and furniture are told apart', () => {
    const a = parseArticle(readFileSync(join(SAMPLES, '002_335128e53a754874.txt'), 'utf8'), { id: '002' });
    expect(a.byline).toBe('Đào Quyên');
    expect(a.credits).toEqual(['Ảnh: Thành Tâm']);
    expect(a.blocks.filter((b) => b.kind === 'furniture').map((b) => b.text)).toEqual(
      expect.arrayContaining(['3,824 lượt xem', 'Tin cùng chuyên mục', 'Xem tin theo ngày']),
    );
    const b = parseArticle(readFileSync(join(SAMPLES, '004_ac388c513d8c7a51.txt'), 'utf8'), { id: '004' });
    const captions = b.sentences.filter((s) => s.kind === 'caption').map((s) => s.text);
    expect(captions).toContain('Đồng chí Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh điều hành thảo luận tại hội nghị');
  });

  test.each([
    ['Trang chủ | Thời sự | Chính trị'], ['In bài | Gửi bài'], ['Cỡ chữ: A- A A+'], ['Chính trị - Xây dựng Đảng'],
  ])('page chrome above the title is furniture, not the title: %s', (chrome) => {
    const a = parseArticle(`Thứ hai, 10/01/2022\n\n${chrome}\n\nHội nghị Tỉnh ủy\n\nSáng 5/1, Tỉnh ủy tổ chức hội nghị.\n\nMai Chi\n\nBản quyền thuộc về Báo Lạng Sơn\nBình luận (0)`, { id: 't' });
    expect(a.title).toBe('Hội nghị Tỉnh ủy');
    expect(a.byline).toBe('Mai Chi');
    expect(a.blocks.filter((b) => b.kind === 'furniture').map((b) => b.text)).toEqual([chrome, 'Bản quyền thuộc về Báo Lạng Sơn', 'Bình luận (0)']);
  });

  test('sentence spans point into the text', () => {
    const a = parseArticle(readFileSync(join(SAMPLES, '001_e6d35a45ef2bf389.txt'), 'utf8'), { id: '001' });
    for (const s of a.sentences) expect(a.text.slice(s.span[0], s.span[1]).replace(/\n/g, ' ')).toBe(s.text);
  });
});
