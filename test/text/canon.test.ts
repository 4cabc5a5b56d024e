import { canonKey, canonicalSpelling, fold, normalizeText, slugKey, titleCase } from '../../src/text/canon';

describe('canonicalSpelling', () => {
  test.each([
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['Ban Thường vụ Tình ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['hoà bình', 'hòa bình'],
    ['hoàn thành', 'hoàn thành'],
    ['khuỷu tay', 'khuỷu tay'],
    ['Uỷ ban', 'Ủy ban'],
  ])('%s → %s', (input, expected) => expect(canonicalSpelling(input)).toBe(expected));
});

describe('normalizeText', () => {
  test.each([
    ['NFD to NFC', 'Nguye\u0302\u0303n', 'Nguyễn'],
    ['non-breaking space', 'Thứ tư,\u00A0 25/05/2022', 'Thứ tư,  25/05/2022'],
    ['zero-width inside a name', 'Lâm\u200B Thị', 'Lâm Thị'],
    ['look-alike Ð', '\u00D0oàn', 'Đoàn'],
    ['CRLF', 'a\r\nb', 'a\nb'],
  ])('%s', (_name, input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('keys', () => {
  test.each([
    ['Chủ tịch UBND tỉnh', 'Chủ tịch Ủy ban nhân dân tỉnh'],
    ['Bí thư Tỉnh uỷ Lạng Sơn', 'Bí thư Tỉnh ủy Lạng Sơn'],
    ['Đề án số 01 – ĐA/TU', 'đề án số 01-ĐA/TU'],
  ])('canonKey(%s) = canonKey(%s)', (a, b) => expect(canonKey(a)).toBe(canonKey(b)));

  test('fold drops diacritics for search', () => expect(fold('Nguyễn Quốc Đoàn')).toBe('nguyen quoc doan'));
  test('slugKey keeps names that differ only in tone apart', () => expect(slugKey('Hà Văn Ba')).not.toBe(slugKey('Hạ Văn Ba')));
  test('slugKey is the same for spelling variants', () => expect(slugKey('Bí thư Tỉnh uỷ')).toBe(slugKey('Bí thư Tỉnh ủy')));
  test('titleCase for bylines', () => expect(titleCase('PHÙNG KHIÊM')).toBe('Phùng Khiêm'));
});

test('a very long name keeps a short key: its first words and a hash of all of it', () => {
  const long = Array.from({ length: 500 }, (_, i) => ['phát triển', 'kinh tế', 'xã hội'][i % 3]).join(' ');
  const a = slugKey(`Nghị quyết về ${long}`);
  const b = slugKey(`Nghị quyết về ${long} bền vững`);
  expect(a.length).toBeLessThanOrEqual(200);
  expect(a.startsWith('nghi-quyet-ve-phat-trien-kinh-te-xa-hoi')).toBe(true);
  expect(a).not.toBe(b);
  expect(slugKey(`Nghị quyết về ${long}`)).toBe(a);
  expect(slugKey('Bí thư Tỉnh ủy Lạng Sơn')).toBe(slugKey('Bí thư Tỉnh uỷ Lạng Sơn'));
});
