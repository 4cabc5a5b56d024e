// A small provincial paper on 127.0.0.1, for the crawler's tests (never the internet): robots.txt, an RSS feed with
// an ETag, an Atom feed, a sitemap, a home page naming its feed, a section with a next page, articles in three
// layouts and two charsets (UTF-8, and windows-1258 declared in a <meta>), and the troubles a real site has: a
// page robots.txt forbids, a PDF, a redirect to another host, a page slower than the timeout, one too large,
// a 500 then success, a 429 with Retry-After then success, one article at two URLs (tracking parameters; an
// AMP copy naming its canonical). The reports are written for these tests.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import iconv from 'iconv-lite';

export interface Report { path: string; date: string; title: string; paragraphs: string[]; layout: 'article' | 'og' | 'legacy' }

const filler = 'Các đại biểu đã thảo luận sôi nổi về tình hình kinh tế - xã hội, quốc phòng, an ninh của tỉnh và thống nhất các giải pháp trọng tâm cho thời gian tới.';

/** The reports the site publishes, in date order. */
export const REPORTS: Report[] = [
  { path: '/bai/bau-chu-tich-2019-10001.html', date: '2019-03-15', layout: 'article', title: 'HĐND tỉnh Lạng Sơn bầu Chủ tịch UBND tỉnh',
    paragraphs: ['Sáng 15/3, HĐND tỉnh Lạng Sơn tổ chức kỳ họp bất thường. Kỳ họp đã bầu ông Hoàng Văn Tư, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh Lạng Sơn nhiệm kỳ 2016 - 2021.', filler] },
  { path: '/bai/bau-chu-tich-2022-10006.html', date: '2022-06-10', layout: 'og', title: 'Ông Đinh Văn Năm được bầu làm Chủ tịch UBND tỉnh Lạng Sơn',
    paragraphs: ['Chiều 10/6, HĐND tỉnh Lạng Sơn tổ chức kỳ họp chuyên đề. Kỳ họp đã bầu ông Đinh Văn Năm, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh Lạng Sơn nhiệm kỳ 2021 - 2026 thay ông Hoàng Văn Tư.', filler] },
  { path: '/bai/hop-ubnd-2023-10003.html', date: '2023-02-20', layout: 'legacy', title: 'UBND tỉnh Lạng Sơn họp phiên thường kỳ tháng 2',
    paragraphs: ['Sáng 20/2, UBND tỉnh Lạng Sơn tổ chức phiên họp thường kỳ tháng 2. Ông Đinh Văn Năm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn chủ trì phiên họp.', filler] },
  { path: '/bai/loi-tam-thoi-10007.html', date: '2023-05-04', layout: 'article', title: 'Tỉnh ủy Lạng Sơn sơ kết quý I',
    paragraphs: ['Sáng 4/5, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị sơ kết quý I. Ông Đinh Văn Năm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại hội nghị.', filler] },
  { path: '/bai/ban-qua-10008.html', date: '2023-07-12', layout: 'og', title: 'HĐND tỉnh Lạng Sơn khai mạc kỳ họp giữa năm',
    paragraphs: ['Sáng 12/7, HĐND tỉnh Lạng Sơn khai mạc kỳ họp thứ mười. Ông Đinh Văn Năm, Chủ tịch UBND tỉnh Lạng Sơn trình bày báo cáo tình hình kinh tế - xã hội sáu tháng đầu năm.', filler] },
  { path: '/bai/tiep-xuc-10009.html', date: '2023-09-01', layout: 'article', title: 'Lãnh đạo tỉnh Lạng Sơn làm việc với huyện Cao Lộc',
    paragraphs: ['Ngày 1/9, đoàn công tác của UBND tỉnh Lạng Sơn do ông Đinh Văn Năm, Chủ tịch UBND tỉnh làm trưởng đoàn làm việc với huyện Cao Lộc.', filler] },
];

/** The same reports as the text files `kg ingest` reads (the page date on the first line). */
export const asText = (r: Report) => `${r.date.slice(8, 10)}/${r.date.slice(5, 7)}/${r.date.slice(0, 4)}\n\n${r.title}\n\n${r.paragraphs.join('\n\n')}\n`;

function page(r: Report, base: string, canonical = r.path): { body: Buffer; type: string } {
  const paras = r.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const chrome = '<nav><a href="/">Trang chủ</a> | <a href="/chuyen-muc/chinh-tri">Chính trị</a></nav><aside><h3>Đọc nhiều</h3><ul><li><a href="/bai/khac-99999.html">Tin khác</a></li></ul></aside><footer>Báo Lạng Sơn điện tử · Giấy phép số 01</footer>';
  if (r.layout === 'legacy') {
    // windows-1258 writes tones as combining marks after the letter
    const legacy = (t: string) => [...t.normalize('NFC')].map((ch) => {
      const d = ch.normalize('NFD');
      const tone = [...d].filter((c) => /[\u0300\u0301\u0303\u0309\u0323]/.test(c)).join('');
      return [...d].filter((c) => !/[\u0300\u0301\u0303\u0309\u0323]/.test(c)).join('').normalize('NFC') + tone;
    }).join('');
    const html = `<!doctype html><html><head><meta charset="windows-1258"><title>${r.title}</title><meta name="pubdate" content="${r.date}T08:00:00+07:00"><link rel="canonical" href="${base}${canonical}"></head><body>${chrome}<div class="content"><h1>${r.title}</h1>${paras}</div></body></html>`;
    return { body: iconv.encode(legacy(html), 'windows-1258'), type: 'text/html' };
  }
  const head = r.layout === 'og'
    ? `<meta property="og:type" content="article"><meta property="og:title" content="${r.title}"><link rel="canonical" href="${base}${canonical}">`
    : `<meta property="article:published_time" content="${r.date}T07:30:00+07:00"><link rel="canonical" href="${base}${canonical}">`;
  const main = r.layout === 'og'
    ? `<div class="detail"><h1>${r.title}</h1><time datetime="${r.date}T07:30:00+07:00">${r.date}</time><div class="body">${paras}</div></div>`
    : `<article><h1>${r.title}</h1>${paras}</article>`;
  return { body: Buffer.from(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${r.title}</title>${head}</head><body>${chrome}${main}</body></html>`), type: 'text/html; charset=utf-8' };
}

export interface NewsSite { url: string; hits: Map<string, number>; close(): Promise<void>; publish(r: Report): void; robots: string }

/** Starts the site; `reports` are published at start, more with `publish`. */
export async function startNewsSite(reports: Report[] = REPORTS.slice(0, 5), opts: { robots?: string } = {}): Promise<NewsSite> {
  const published = [...reports];
  const hits = new Map<string, number>();
  let base = '';
  let robots = '';
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', base);
    const key = `${u.pathname}${u.search}`;
    const n = (hits.get(u.pathname) ?? 0) + 1;
    hits.set(u.pathname, n);
    if (key !== u.pathname) hits.set(key, (hits.get(key) ?? 0) + 1);
    const items = published.map((r) => r);
    const etag = `"rss-${published.length}"`;
    switch (u.pathname) {
      case '/robots.txt': return send(res, 200, 'text/plain', robots);
      case '/': return send(res, 200, 'text/html; charset=utf-8', '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="Chính trị" href="/rss.xml"></head><body><a href="/chuyen-muc/chinh-tri">Chính trị</a></body></html>');
      case '/rss.xml': {
        if (req.headers['if-none-match'] === etag) return send(res, 304, 'application/rss+xml', '');
        const extra = ['<item><title>Nội bộ</title><link>/private/noi-bo-10002.html</link></item>',
          '<item><title>Văn bản</title><link>/tai-lieu/van-ban-10010.pdf</link></item>',
          '<item><title>Chuyển</title><link>/chuyen-huong-10011.html</link></item>',
          // the first article again, as a share button links it
          `<item><title>${items[0]!.title}</title><link>${base}${items[0]!.path}?utm_source=facebook&amp;fbclid=x1</link></item>`];
        const xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Chính trị</title>${items.filter((r) => r.layout !== 'legacy').map((r) =>
          `<item><title>${r.title}</title><link>${base}${r.path}</link><pubDate>${new Date(`${r.date}T08:00:00+07:00`).toUTCString()}</pubDate></item>`).join('')}${extra.join('')}</channel></rss>`;
        return send(res, 200, 'application/rss+xml; charset=utf-8', xml, { etag });
      }
      case '/atom.xml': {
        const xml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tin mới</title>${items.filter((r) => r.layout === 'legacy').map((r) =>
          `<entry><title>${r.title}</title><link href="${base}${r.path}"/><published>${r.date}T08:00:00+07:00</published></entry>`).join('')}<entry><title>Chậm</title><link href="/bai/cham-10004.html"/></entry><entry><title>Lớn</title><link href="/bai/lon-10005.html"/></entry></feed>`;
        return send(res, 200, 'application/atom+xml; charset=utf-8', xml);
      }
      case '/sitemap.xml': {
        const urls = [...items.map((r) => r.path), '/amp/bau-chu-tich-2022'].map((p) => `<url><loc>${base}${p}</loc></url>`).join('');
        return send(res, 200, 'application/xml', `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
      }
      case '/chuyen-muc/chinh-tri': {
        const trang = u.searchParams.get('trang') ?? '1';
        const links = trang === '1' ? items.slice(0, 2) : items.slice(2);
        const next = trang === '1' ? '<a rel="next" href="/chuyen-muc/chinh-tri?trang=2">Trang sau</a>' : '';
        return send(res, 200, 'text/html; charset=utf-8', `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body><h1>Chính trị</h1><ul>${links.map((r) => `<li><a href="${r.path}">${r.title}</a></li>`).join('')}</ul>${next}</body></html>`);
      }
      case '/amp/bau-chu-tich-2022': {
        const r = items.find((x) => x.path === '/bai/bau-chu-tich-2022-10006.html');
        if (!r) return send(res, 404, 'text/plain', 'không có');
        const p = page(r, base, r.path);
        return send(res, 200, p.type, p.body);
      }
      case '/tai-lieu/van-ban-10010.pdf': return send(res, 200, 'application/pdf', Buffer.from('%PDF-1.4\n'));
      case '/chuyen-huong-10011.html': return send(res, 302, 'text/plain', '', { location: 'http://elsewhere.invalid/bai/x-10012.html' });
      case '/bai/cham-10004.html': { setTimeout(() => send(res, 200, 'text/html', '<html></html>'), 3000); return; }
      case '/bai/lon-10005.html': return send(res, 200, 'text/html', Buffer.alloc(300 * 1024, 0x61));
      default: {
        const r = items.find((x) => x.path === u.pathname);
        if (!r) return send(res, 404, 'text/plain', 'không có');
        if (r.path === '/bai/loi-tam-thoi-10007.html' && n === 1) return send(res, 500, 'text/plain', 'lỗi');
        if (r.path === '/bai/ban-qua-10008.html' && n === 1) return send(res, 429, 'text/plain', 'chậm lại', { 'retry-after': '1' });
        const p = page(r, base);
        return send(res, 200, p.type, p.body);
      }
    }
  };
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  robots = opts.robots ?? `User-agent: *\nDisallow: /private/\n\nSitemap: ${base}/sitemap.xml\n`;
  return {
    url: base, hits, robots,
    publish: (r) => { published.push(r); },
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
