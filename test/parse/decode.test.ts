// Bytes → text (src/parse/01-decode.ts, 01-html.ts): what is decoded, what is refused and why.
import { decodeArticle, repairMojibake } from '../../src/parse/01-decode';
import { decodeEntities, htmlToText, looksLikeHtml } from '../../src/parse/01-html';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const bytes = (...parts: Array<number[] | Buffer>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
// "Kỳ họp" in Windows-1258: base letters with the tone as a combining mark after the vowel
const cp1258 = bytes([0x4b, 0x79, 0xcc, 0x20, 0x68, 0x6f, 0xf2, 0x70, 0x20, 0x74, 0x69, 0xd2, 0x6e, 0x68, 0x20, 0xd0, 0xf4, 0x6e, 0x67]);
const ARTICLE = 'Thứ hai, 04/07/2022\n\nHội nghị Tỉnh ủy Lạng Sơn\n\nĐồng chí Nguyễn Quốc Đoàn chủ trì.';

describe('decodeArticle', () => {
  test.each([
    ['empty', new Uint8Array(0), 'empty file'],
    ['white space', utf8(' \n\t\n\u00a0'), 'only white space'],
    ['binary', bytes([0x00, 0x01, 0x02, 0x41, 0x42]), 'binary file (contains NUL bytes)'],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'a PNG image, not article text'],
    ['a PDF document', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'a PDF document'],
    ['a .docx document', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'a ZIP archive (or a .docx/.odt document)'],
    ['an RTF document', utf8('{\\rtf1\\ansi T\\u7881?nh'), 'an RTF document'],
    ['control characters', utf8('\u0001\u0002\u0003\u0004 abc'), 'binary content'],
    ['Latin-1 that lost its letters', new Uint8Array(Buffer.from('Th? ba, 05/10/2021\n\nH?i ngh? T?nh ?y Ph? Y?n', 'latin1')), 'letters were lost'],
    ['Latin-1 whose accents fall on consonants in Windows-1258', new Uint8Array(Buffer.from('Th\xe9 hai\n\nH\xf4i ngh\xec', 'latin1')), 'not Vietnamese in Windows-1258'],
    ['replacement characters from a lossy conversion', utf8('H\uFFFDi ngh\uFFFD T\uFFFDnh \uFFFDy'), 'letters were lost'],
    ['an HTML page with nothing in its body', utf8('<!DOCTYPE html><html><head><title></title></head><body><script>x()</script></body></html>'), 'no text'],
  ])('%s is refused with a reason', (_n, input, reason) => {
    const d = decodeArticle(input);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason).toContain(reason);
  });

  test.each([
    ['UTF-8', utf8('Tỉnh ủy'), 'Tỉnh ủy', []],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], Buffer.from('Tỉnh ủy')), 'Tỉnh ủy', ['UTF-8 byte order mark removed']],
    ['UTF-16LE with BOM', bytes([0xff, 0xfe], Buffer.from('Tỉnh ủy', 'utf16le')), 'Tỉnh ủy', ['decoded from UTF-16LE']],
    ['UTF-16BE with BOM', bytes([0xfe, 0xff], utf16be('Tỉnh ủy')), 'Tỉnh ủy', ['decoded from UTF-16BE']],
    ['UTF-16LE without BOM', bytes(Buffer.from(ARTICLE, 'utf16le')), ARTICLE, ['decoded from UTF-16LE (no byte order mark)']],
    ['UTF-16BE without BOM', bytes(utf16be(ARTICLE)), ARTICLE, ['decoded from UTF-16BE (no byte order mark)']],
    ['Windows-1258', cp1258, 'Ky\u0300 ho\u0323p ti\u0309nh Đông', ['decoded from Windows-1258 (not UTF-8)']],
    ['Latin-1 letters Windows-1258 shares', new Uint8Array(Buffer.from('Th\xe9 h\xe0 n\xf4i', 'latin1')), 'Thé hà nôi', ['decoded from Windows-1258 (not UTF-8)']],
    ['double-encoded UTF-8', utf8(Buffer.from(ARTICLE, 'utf8').toString('latin1')), ARTICLE, ['double-encoded UTF-8 repaired ("Tá»‰nh" read as "Tỉnh")']],
  ])('%s is decoded', (_n, input, text, notes) => {
    const d = decodeArticle(input);
    expect(d).toEqual({ ok: true, text, notes });
  });

  test('a page is reduced to its text when it looks like one or its file says so', () => {
    const page = '<!DOCTYPE html><html><head><script>x()</script></head><body><p>Thứ 2, 04/07/2022</p><h1>Tiêu &amp; đề</h1><p>Nội dung.</p></body></html>';
    expect(decodeArticle(utf8(page))).toEqual({ ok: true, text: 'Thứ 2, 04/07/2022\n\nTiêu & đề\n\nNội dung.', notes: ['HTML page reduced to its text'] });
    const fragment = '<p>Thứ 2, 04/07/2022</p><h1>Tiêu đề</h1>';
    expect(decodeArticle(utf8(fragment))).toMatchObject({ ok: true, text: fragment });
    expect(decodeArticle(utf8(fragment), { html: true })).toMatchObject({ ok: true, text: 'Thứ 2, 04/07/2022\n\nTiêu đề' });
  });

  test('a fragment a scraper kept (paragraphs as tags) is read as HTML', () => {
    const fragment = 'Thứ 2, 04/07/2022\n<p>Hội nghị Tỉnh ủy</p>\n<p>Sáng 3/7, đồng chí <b>Nguyễn Văn A</b> chủ trì.</p><p>Hội nghị thông qua Nghị quyết.</p>';
    expect(decodeArticle(utf8(fragment))).toEqual({
      ok: true, text: 'Thứ 2, 04/07/2022\n\nHội nghị Tỉnh ủy\n\nSáng 3/7, đồng chí Nguyễn Văn A chủ trì.\n\nHội nghị thông qua Nghị quyết.', notes: ['HTML page reduced to its text'],
    });
  });

  test('entities left in plain text are decoded, and what they spell stays text', () => {
    expect(decodeArticle(utf8('Đồng chí Nguy&#7877;n&nbsp;Văn A &amp; &lt;img src=x&gt; &copy2'))).toEqual({
      ok: true, text: 'Đồng chí Nguyễn Văn A & <img src=x> &copy2', notes: ['5 HTML entities decoded'],
    });
  });

  test('tags in plain text stay as they are written', () => {
    const text = 'Thứ 2, 04/07/2022\n\nHội nghị <img src=x onerror=alert(1)> tỉnh';
    expect(decodeArticle(utf8(text))).toEqual({ ok: true, text, notes: [] });
  });
});

describe('repairMojibake', () => {
  test.each([
    ['Tá»‰nh á»§y Láº¡ng SÆ¡n', 'Tỉnh ủy Lạng Sơn'],
    ['Ä‘á»“ng chÃ­ Äoàn', null], // one mapped character is not a byte of valid UTF-8 here
    ['Tỉnh ủy Lạng Sơn', null],
    ['Café Ã  la carte', null], // too few marks to be a double encoding
  ])('%s', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });
});

describe('HTML', () => {
  test.each([
    ['<!DOCTYPE html><html>', true],
    ['  <!-- saved --> <html lang="vi">', true],
    ['<body><p>x</p></body>', true],
    ['Thứ 2, 04/07/2022\n\n<p>Tiêu đề</p>', false],
    ['Hội nghị <img src=x onerror=alert(1)>', false],
    ['<p>a</p><p>b</p>', false],
    ['<p>a</p><p>b</p><br/>c', true],
  ])('looksLikeHtml(%j) = %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });

  test.each([
    ['&amp;&lt;&gt;&quot;&#39;', '&<>"\''],
    ['ph&#432;&#417;ng &#x1EA1;', 'phương ạ'],
    ['&Agrave;&ocirc;&nbsp;&ndash;', 'Àô –'],
    ['&unknown; &#xD800; &#0;', '&unknown; &#xD800; &#0;'],
  ])('decodeEntities(%j)', (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });

  test('a saved news page: date from its metadata, headline, paragraphs after it; chrome, scripts and sidebars gone', () => {
    const page = `<!doctype html><html><head><title>Hội nghị - Báo X</title>
      <meta property="article:published_time" content="2021-08-03T16:45:00+07:00"><script>var a = "<p>no</p>";</script></head>
      <body><header><nav><a href="/">Trang chủ</a></nav></header>
      <article><header><div class="crumbs">Trang chủ &raquo; Chính trị</div><h1 class="t">Hội nghị
        Tỉnh ủy</h1></header>
      <span class="date">Thứ ba, 03/08/2021 16:45</span>
      <p>Sáng 3/8, đồng chí <b>Nguyễn Văn A</b>, Bí thư
        Tỉnh ủy chủ trì.<br>Dòng hai.</p>
      <figure><img src="a.jpg"><figcaption>Quang cảnh &ndash; Ảnh: B</figcaption></figure></article>
      <aside>Tin liên quan</aside><footer>Bản quyền</footer><!-- <p>comment</p> --></body></html>`;
    expect(htmlToText(page)).toBe('03/08/2021\n\nHội nghị Tỉnh ủy\n\nSáng 3/8, đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy chủ trì.\n\nDòng hai.\n\nQuang cảnh – Ảnh: B');
  });

  test('without metadata the page\'s own date line comes first, and without <h1> the <title> is the headline', () => {
    const page = '<html><head><title>Phiên họp UBND tỉnh | Báo Y</title></head><body><p>Nội dung.</p><p>Thứ 5, 20/01/2022 | 19:35:08</p></body></html>';
    expect(htmlToText(page)).toBe('Thứ 5, 20/01/2022 | 19:35:08\n\nPhiên họp UBND tỉnh\n\nNội dung.');
  });
});
