// Generated articles in the samples' style, each with the record a careful reader would annotate: the
// generator knows who held what on the meeting's day (world.ts), so the expected record is the world's truth,
// never what the extractor reads. Article i depends only on (seed, i): a corpus streams and splits freely.
//
// The text varies as real pages do: the date line's formats, datelines ("LSO-"), relative dates ("Sáng nay
// (14/7)", "Chiều 8/12") and full ones, pages shown years after the event, appositive post lists and later
// mentions by post alone, "ông"/"bà", attendees who do not speak, drafts discussed but not adopted, numbered
// documents, old tone marks ("Tỉnh uỷ"), abbreviations spelled out or not, NFD text, non-breaking spaces,
// photo captions and credits, bylines in capitals, page chrome, and articles that never name their province.
import { DATELINE_CODES, PROVINCES } from '../lexicon/places';
import { FILLER, FURNITURE_AFTER, FURNITURE_BEFORE, PHOTOGRAPHERS, REPORTERS, SUBJECTS, WEEKDAYS } from './data';
import { Rng, seedOf } from './rng';
import { END, holdersAt, postName, postsAt, type Person, type PostId, type ProvinceWorld, type World } from './world';

export interface GoldMeeting { date: string | null; body: string; chairs: string[]; speakers: string[]; approved: string[] }
export interface GoldRecord {
  article: string;
  province: string | null;
  authors: string[];
  people: Array<{ name: string; posts: string[] }>;
  meetings: GoldMeeting[];
  documents: Array<{ type: string; number: string; date: string | null; issuer: string | null }>;
}
export interface GeneratedArticle { id: string; text: string; record: GoldRecord }

type Kind = 'bch' | 'btv' | 'hdnd' | 'ubnd' | 'mttq';
const KINDS: ReadonlyArray<readonly [Kind, number]> = [['bch', 25], ['btv', 20], ['hdnd', 20], ['ubnd', 25], ['mttq', 10]];
const FIRST_DAY = Date.parse('2012-01-01T00:00:00Z');
const LAST_DAY = Date.parse(`${END}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const addDays = (d: string, n: number) => iso(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000);
const dm = (d: string) => `${Number(d.slice(8, 10))}/${Number(d.slice(5, 7))}`;
const dmy = (d: string) => `${dm(d)}/${d.slice(0, 4)}`;
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];

function slug(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** How a post is written in an appositive list: the province left to the reader, abbreviations or not. */
function postText(post: PostId, city: boolean, rng: Rng): string {
  const unit = city ? 'thành phố' : 'tỉnh';
  const party = city ? 'Thành ủy' : 'Tỉnh ủy';
  const ubnd = rng.chance(0.8) ? 'UBND' : 'Ủy ban nhân dân';
  const hdnd = rng.chance(0.8) ? 'HĐND' : 'Hội đồng nhân dân';
  switch (post) {
    case 'UVTW': return rng.chance(0.5) ? 'Ủy viên Trung ương Đảng' : 'Ủy viên Ban Chấp hành Trung ương Đảng';
    case 'BT': return `Bí thư ${party}`;
    case 'PBTTT': return `Phó Bí thư ${rng.chance(0.5) ? 'thường trực' : 'Thường trực'} ${party}`;
    case 'PBT': return `Phó Bí thư ${party}`;
    case 'CTHDND': return `Chủ tịch ${hdnd} ${unit}`;
    case 'PCTHDND': return `Phó Chủ tịch ${hdnd} ${unit}`;
    case 'CTUBND': return `Chủ tịch ${ubnd} ${unit}`;
    case 'PCTUBND': return `Phó Chủ tịch ${ubnd} ${unit}`;
    case 'CTMTTQ': return `Chủ tịch Ủy ban MTTQ Việt Nam ${unit}`;
    case 'TBTC': return `Trưởng Ban Tổ chức ${party}`;
    case 'UVBTV': return `Ủy viên Ban Thường vụ ${party}`;
    case 'GDKHDT': return 'Giám đốc Sở Kế hoạch và Đầu tư';
  }
}

interface Ctx {
  rng: Rng;
  world: ProvinceWorld;
  named: boolean;
  day: string;
  people: Map<Person, Set<string>>;
  /** a post and what it is called when named alone, for later mentions ("đồng chí Bí thư Tỉnh ủy") */
  canon: (post: PostId) => string;
}

/** "đồng chí Nguyễn Văn A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy": the first mention, posts recorded. */
function introduce(c: Ctx, person: Person, opts: { honorific?: 'đồng chí' | 'title' } = {}): string {
  const posts = postsAt(c.world, person, c.day);
  const written = posts.map((p) => postText(p, c.world.city, c.rng));
  const known = c.people.get(person) ?? new Set<string>();
  for (const p of posts) known.add(c.canon(p));
  c.people.set(person, known);
  const hon = opts.honorific === 'title' ? (person.female ? 'bà' : 'ông') : 'đồng chí';
  return `${hon} ${person.name}${written.length ? `, ${written.join(', ')}` : ''}`;
}

/** A later mention: the name alone (the post list was given before). */
const nameOnly = (person: Person) => `đồng chí ${person.name}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const STATS = [
  (r: Rng, y: number) => `Năm ${y}, tổng sản phẩm trên địa bàn tỉnh tăng ${r.int(4, 9)},${r.int(10, 99)}%, thu ngân sách đạt ${r.int(2, 30)}.${r.int(100, 999)} tỷ đồng.`,
  (r: Rng) => `Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt ${r.int(300, 3000)} triệu USD, bằng ${r.int(50, 99)},${r.int(10, 99)}% kế hoạch.`,
  (r: Rng) => `Toàn tỉnh có thêm ${r.int(3, 25)} xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo giảm còn ${r.int(2, 15)},${r.int(1, 9)}%.`,
  () => 'Công tác xây dựng Đảng, xây dựng hệ thống chính trị được quan tâm; quốc phòng, an ninh được giữ vững.',
  () => 'Các đại biểu đã thảo luận, làm rõ những kết quả đạt được, hạn chế, nguyên nhân và đề xuất giải pháp trong thời gian tới.',
  (r: Rng) => `Giải ngân vốn đầu tư công đạt ${r.int(40, 95)}% kế hoạch; cải cách hành chính có nhiều chuyển biến tích cực.`,
];

function resolutionName(rng: Rng, subject: string, body: string, province: string | null, y: number): string {
  const where = province ? ` tỉnh ${province}` : '';
  return rng.chance(0.5)
    ? `Nghị quyết về ${subject}${where} giai đoạn ${y} - ${y + 5}`
    : `Nghị quyết của ${body} về ${subject} năm ${y}`;
}

export function generateArticle(world: World, seed: number, i: number): GeneratedArticle {
  const rng = new Rng(seedOf(seed, i));
  const pw = rng.pick(world.provinces);
  const kind = rng.weighted(KINDS);
  const day = iso(FIRST_DAY + Math.floor(rng.next() * ((LAST_DAY - FIRST_DAY) / 86_400_000)) * 86_400_000);
  const named = pw.city || !rng.chance(0.08);
  const P = named ? pw.name : null;
  const unit = pw.city ? 'thành phố' : 'tỉnh';
  const party = pw.city ? 'Thành ủy' : 'Tỉnh ủy';
  // "thành phố Hồ Chí Minh" or "TP Hồ Chí Minh": a name that needs its qualifier gets it
  const placeText = P && PROVINCES.find((x) => x.name === P)?.qualifiedOnly ? `TP ${P}` : P;
  const q = (s: string) => (P ? `${s} ${s.endsWith('thành phố') ? P : placeText}` : s);
  const c: Ctx = {
    rng, world: pw, named, day, people: new Map(),
    // an article that never names its province: posts as written ("Bí thư Tỉnh ủy", "Giám đốc Sở Kế hoạch và Đầu tư")
    canon: (post) => (P || post === 'UVTW' ? postName(post, pw) : post === 'GDKHDT' ? 'Giám đốc Sở Kế hoạch và Đầu tư' : postName(post, pw).replace(new RegExp(` ${pw.name}$`), '')),
  };
  const late = rng.chance(0.12);
  const pageDay = late ? [addDays(day, rng.int(200, 1100)), '2025-12-31'].sort()[0]! : addDays(day, rng.weighted([[0, 5], [1, 4], [2, 1]] as const));
  const year = Number(day.slice(0, 4));
  const sentences: string[] = [];
  const captions: string[] = [];
  const meeting: GoldMeeting = { date: day, body: '', chairs: [], speakers: [], approved: [] };
  const documents: GoldRecord['documents'] = [];

  // when the page is shown long after the meeting, the text says the year (a full date or a period of it)
  const yearSaid = late || rng.chance(0.5);
  const when = (() => {
    const part = rng.pick(['Sáng', 'Chiều', 'Sáng ngày', 'Chiều ngày']);
    // a monthly session in January reports on December: only the full date tells a late reader the year
    if (late && (kind === 'ubnd' || rng.chance(0.5))) return `Ngày ${dmy(day)}`;
    if (!late && pageDay === day && rng.chance(0.4)) return `${part.split(' ')[0]} nay (${dm(day)})`;
    return `${part} ${dm(day)}`;
  })();
  const period = (day.slice(5, 7) <= '02') ? `triển khai nhiệm vụ năm ${year}` : day.slice(5, 7) <= '07' ? `triển khai nhiệm vụ 6 tháng cuối năm ${year}` : `triển khai nhiệm vụ những tháng cuối năm ${year}`;
  const code = DATELINE_CODES.find((d) => d.province === pw.name);
  const dateline = named && code && rng.chance(0.6) ? `${code.code}${rng.pick(['-', ' - '])}` : rng.chance(0.3) ? '– ' : '';
  let title = '';

  const chairOf = (posts: PostId[]): Person | null => {
    for (const p of posts) { const h = holdersAt(pw, p, day); if (h.length) return h[0]!; }
    return null;
  };

  if (kind === 'bch' || kind === 'btv') {
    const body = kind === 'bch' ? `Ban Chấp hành Đảng bộ ${unit}` : `Ban Thường vụ ${party}`;
    meeting.body = q(body);
    const chair = chairOf(['BT', 'PBTTT']);
    const nth = rng.int(2, 20);
    title = kind === 'bch' ? `Hội nghị Ban Chấp hành Đảng bộ ${unit} lần thứ ${nth}` : `Hội nghị Ban Thường vụ ${party}${rng.chance(0.5) ? ', kỳ chuyên đề' : ''}`;
    const lead = kind === 'bch'
      ? `${when}, ${q(`Ban Chấp hành Đảng bộ ${unit}`)} tổ chức hội nghị${rng.chance(0.3) ? ' (mở rộng)' : ''} lần thứ ${nth}${yearSaid ? ` đánh giá kết quả công tác và ${period}` : ''}.`
      : `${when}, ${q(`Ban Thường vụ ${party}`)} tổ chức hội nghị${yearSaid ? ` cho ý kiến về các nội dung ${period}` : ' cho ý kiến vào nhiều nội dung quan trọng'}.`;
    sentences.push(dateline + lead);
    if (chair) {
      sentences.push(`${cap(introduce(c, chair))} chủ trì hội nghị.`);
      meeting.chairs.push(chair.name);
    }
    sentences.push(rng.pick(STATS)(rng, year));
    const ub = holdersAt(pw, 'CTUBND', day)[0];
    if (ub && ub !== chair && rng.chance(0.6)) {
      sentences.push(`${cap(introduce(c, ub))} trình bày báo cáo tình hình kinh tế - xã hội.`);
      meeting.speakers.push(ub.name);
    }
    if (kind === 'bch') {
      const n = rng.int(0, 3);
      const adopted = rng.sample(SUBJECTS, n).map((s) => resolutionName(rng, s, meeting.body, P, year));
      if (adopted.length) {
        sentences.push(`Hội nghị đã ${rng.pick(['biểu quyết thông qua', 'nhất trí thông qua', 'thông qua'])} ${adopted.join('; ')}.`);
        meeting.approved.push(...adopted);
      }
    } else {
      const draft = rng.pick(SUBJECTS);
      sentences.push(`Các đại biểu đã thảo luận, cho ý kiến vào dự thảo Đề án ${draft} giai đoạn ${year} - ${year + 5}.`);
    }
    if (chair) {
      const mention = rng.chance(0.5) ? `đồng chí ${cap(postText(postsAt(pw, chair, day).includes('BT') ? 'BT' : 'PBTTT', pw.city, rng))}` : nameOnly(chair);
      sentences.push(`Phát biểu kết luận hội nghị, ${mention} yêu cầu các cấp ủy, chính quyền tập trung hoàn thành các chỉ tiêu đề ra.`);
      meeting.speakers.unshift(chair.name);
      captions.push(`${cap(introduce(c, chair))} phát biểu tại hội nghị`);
    }
  } else if (kind === 'hdnd') {
    meeting.body = q(`HĐND ${unit}`);
    const chair = chairOf(['CTHDND']);
    const nth = rng.int(2, 20);
    const term = ROMAN[rng.int(14, 18)]!;
    title = `Bế mạc kỳ họp thứ ${nth} HĐND ${unit} khóa ${term}`;
    sentences.push(`${dateline}${when}, kỳ họp thứ ${nth} ${q(`HĐND ${unit}`)} khóa ${term} đã bế mạc${yearSaid ? ` sau khi xem xét các nội dung ${period}` : ''}.`);
    if (chair) {
      sentences.push(`${cap(introduce(c, chair))} chủ trì kỳ họp.`);
      meeting.chairs.push(chair.name);
    }
    // a year-end session adopts next year's plans; a page shown years later dates itself by the full day
    const planYear = day.slice(5, 7) >= '11' && !late ? year + 1 : year;
    const adopted = rng.sample(SUBJECTS, rng.int(1, 3)).map((s) => `Nghị quyết về ${s} năm ${planYear}`);
    sentences.push(`Tại phiên bế mạc, các đại biểu đã biểu quyết thông qua ${adopted.length + rng.int(3, 20)} nghị quyết, trong đó có: ${adopted.join('; ')}.`);
    meeting.approved.push(...adopted);
    const deputy = holdersAt(pw, 'PCTHDND', day)[0];
    if (deputy && deputy !== chair && rng.chance(0.6)) {
      sentences.push(`${cap(postText('PCTHDND', pw.city, rng))} ${deputy.name} điều hành phần thảo luận tại hội trường.`);
      const known = c.people.get(deputy) ?? new Set<string>();
      known.add(c.canon('PCTHDND'));
      c.people.set(deputy, known);
      meeting.speakers.push(deputy.name);
    }
    if (chair) {
      sentences.push(`Phát biểu bế mạc kỳ họp, ${nameOnly(chair)} đề nghị UBND ${unit}, các sở, ngành, địa phương khẩn trương triển khai các nghị quyết vừa được thông qua.`);
      meeting.speakers.unshift(chair.name);
    }
  } else if (kind === 'ubnd') {
    meeting.body = q(`UBND ${unit}`);
    const chair = chairOf(['CTUBND']);
    const month = Number(day.slice(5, 7));
    const prev = month === 1 ? 12 : month - 1;
    title = `UBND ${unit} họp phiên thường kỳ tháng ${prev}`;
    sentences.push(`${dateline}${when}, ${q(`UBND ${unit}`)} tổ chức phiên họp thường kỳ tháng ${prev}${yearSaid && prev !== 12 ? ` năm ${year}` : ''}.`);
    if (chair) {
      sentences.push(`${cap(introduce(c, chair))} chủ trì phiên họp.`);
      meeting.chairs.push(chair.name);
    }
    const deputies = holdersAt(pw, 'PCTUBND', day).filter((d) => d !== chair).slice(0, rng.int(1, 2));
    if (deputies.length) sentences.push(`Cùng dự có các đồng chí: ${deputies.map((d) => introduce(c, d).replace(/^đồng chí /, '')).join('; ')}.`);
    sentences.push(`Tại phiên họp, UBND ${unit} đã nghe và cho ý kiến vào các dự thảo: Tờ trình về ${rng.pick(SUBJECTS)}; Đề án ${rng.pick(SUBJECTS)} giai đoạn ${year + 1} - ${year + 5}.`);
    const director = holdersAt(pw, 'GDKHDT', day)[0];
    if (director && rng.chance(0.7)) {
      sentences.push(`${cap(introduce(c, director))} báo cáo tình hình kinh tế - xã hội ${month <= 1 ? 'tháng đầu năm' : `${prev} tháng đầu năm`}.`);
      meeting.speakers.push(director.name);
    }
    sentences.push(rng.pick(STATS)(rng, year));
    if (chair) {
      sentences.push(`Kết luận phiên họp, đồng chí ${postText('CTUBND', pw.city, rng)} yêu cầu các sở, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy nhanh tiến độ giải ngân vốn đầu tư công.`);
      meeting.speakers.unshift(chair.name);
    }
  } else {
    meeting.body = q(`Ủy ban MTTQ Việt Nam ${unit}`);
    const chair = chairOf(['CTMTTQ']);
    title = `Ủy ban MTTQ Việt Nam ${unit}${P ? ` ${P}` : ''} triển khai chương trình phối hợp`;
    sentences.push(`${dateline}${when}, ${q(`Ủy ban MTTQ Việt Nam ${unit}`)} tổ chức hội nghị triển khai chương trình phối hợp thống nhất hành động${yearSaid ? ` năm ${year}` : ''}.`);
    if (chair) {
      sentences.push(`${cap(introduce(c, chair, { honorific: 'title' }))} chủ trì hội nghị.`);
      meeting.chairs.push(chair.name);
    }
    const bt = holdersAt(pw, 'BT', day)[0];
    if (bt && bt !== chair && rng.chance(0.6)) {
      sentences.push(`Dự hội nghị có ${introduce(c, bt, { honorific: 'title' })}.`);
      sentences.push(`Phát biểu chỉ đạo hội nghị, ${bt.female ? 'bà' : 'ông'} ${bt.name} ghi nhận, biểu dương những kết quả mà Mặt trận các cấp đạt được.`);
      meeting.speakers.push(bt.name);
    }
    const adopted = `Chương trình phối hợp và thống nhất hành động năm ${year} của Ủy ban MTTQ Việt Nam ${unit} với các tổ chức thành viên`;
    if (rng.chance(0.6)) {
      sentences.push(`Hội nghị đã thông qua ${adopted}.`);
      meeting.approved.push(adopted);
    }
  }

  // a numbered document cited, issued before the meeting
  if (rng.chance(0.5)) {
    const issuedOn = addDays(day, -rng.int(30, 900));
    const party_ = rng.chance(0.6);
    const n = rng.int(1, 300);
    const number = party_ ? `${n}-${rng.pick(['NQ', 'KL', 'CT'])}/TU` : `${n}/KH-UBND`;
    const type = party_ ? ({ NQ: 'Nghị quyết', KL: 'Kết luận', CT: 'Chỉ thị' } as const)[number.split('-')[1]!.split('/')[0] as 'NQ' | 'KL' | 'CT'] : 'Kế hoạch';
    const issuer = party_ ? `Ban Thường vụ ${party}` : `UBND ${unit}`;
    sentences.push(`Thực hiện ${type} số ${number}, ngày ${dmy(issuedOn)} của ${issuer} về ${rng.pick(SUBJECTS)}, các cấp, ngành đã triển khai nhiều giải pháp đồng bộ.`);
    documents.push({ type, number, date: issuedOn, issuer: q(issuer) });
  }

  // the body of the report: paragraphs that name nobody, between the lead and the closing sentences
  const paragraphs = [...sentences];
  const body = Array.from({ length: rng.int(3, 8) }, () => rng.sample(FILLER, rng.int(2, 4)).join(' '));
  paragraphs.splice(Math.min(3, paragraphs.length), 0, ...body);
  const byline = rng.sample(REPORTERS, rng.int(1, 2));
  const bylineText = rng.chance(0.3) ? byline.join(' – ').toUpperCase() : byline.join(' – ');
  const lines: string[] = [];
  const wd = WEEKDAYS[new Date(`${pageDay}T00:00:00Z`).getUTCDay()]!;
  const ddmmyyyy = `${pageDay.slice(8, 10)}/${pageDay.slice(5, 7)}/${pageDay.slice(0, 4)}`;
  lines.push(rng.pick([`${wd},  ${ddmmyyyy}`, `${wd}, ${ddmmyyyy} - ${rng.int(6, 21)}:${String(rng.int(0, 59)).padStart(2, '0')}`, `${wd}, ${ddmmyyyy} | ${rng.int(6, 21)}:${String(rng.int(0, 59)).padStart(2, '0')}`]));
  lines.push('');
  if (rng.chance(0.3)) lines.push(rng.pick(FURNITURE_BEFORE), '');
  lines.push(title, '');
  for (const [k, p] of paragraphs.entries()) {
    lines.push(p, '');
    if (k === 1 && captions.length) lines.push('', captions.shift()!, '');
  }
  lines.push(bylineText, '');
  if (rng.chance(0.3)) lines.push(`Ảnh: ${rng.pick(PHOTOGRAPHERS)}`, '');
  if (rng.chance(0.4)) lines.push(...rng.sample(FURNITURE_AFTER, 2));
  let text = lines.join('\n');
  if (rng.chance(0.3)) text = text.replace(/Tỉnh ủy/g, (m) => (rng.chance(0.5) ? 'Tỉnh uỷ' : m));
  if (rng.chance(0.05)) text = text.replace(/([A-ZĐ][\p{Ll}]+) ([A-ZĐ][\p{Ll}]+)/gu, (m, a: string, b: string) => (rng.chance(0.2) ? `${a}\u00a0${b}` : m));
  if (rng.chance(0.05)) text = text.normalize('NFD');

  const people = [...c.people.entries()].map(([p, posts]) => ({ name: p.name, posts: [...posts] }));
  const id = `g${String(i).padStart(6, '0')}_${slug(pw.name)}.txt`;
  return {
    id, text,
    record: {
      article: id, province: P, authors: byline, people, documents,
      meetings: [{ ...meeting, chairs: [...new Set(meeting.chairs)], speakers: [...new Set(meeting.speakers)] }],
    },
  };
}
