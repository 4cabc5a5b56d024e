// The post grammar on the inventory of offices (src/lexicon/offices.ts): every title of every body, at a province
// and at a district, in full and as papers abbreviate it, with its place written out or left to the article,
// reads as one whole post (compared as the reference scorer compares posts); and so it does in every frame a report
// writes a post in (after the name, before it, in brackets after an age, after a dash or a membership, after "được
// bầu giữ chức"), with whatever capitals a paper gives it. Sentences written for the test.
import { extractRecords } from '../../src/extract/extract-records';
import { normForScore } from '../../src/eval/score';
import { CENTRAL_OFFICES, COMMUNE_OFFICES, DISTRICT_OFFICES, postOf, PROVINCIAL_OFFICES, type Office } from '../../src/lexicon/offices';
import { parseArticle } from '../../src/parse/parse-article';

interface Case { name: string; sentence: string; expected: string }

/** The ways papers write one phrase: long forms of the councils, old tone placement, abbreviated titles. */
const SPELLINGS: Array<{ name: string; write: (phrase: string) => string }> = [
  { name: 'long forms', write: (p) => p.replace(/HĐND/gu, 'Hội đồng nhân dân').replace(/UBND/gu, 'Ủy ban nhân dân') },
  { name: 'old tone placement', write: (p) => p.replace(/ủy/gu, 'uỷ').replace(/Ủy/gu, 'Uỷ').replace(/hóa/gu, 'hoá') },
  { name: 'titles abbreviated', write: (p) => p.replace(/^Phó Chủ tịch (?=UBND|HĐND)/u, 'PCT ').replace(/^Chủ tịch (?=UBND|HĐND)/u, 'CT ')
    .replace(/^Phó Bí thư (?=Tỉnh ủy|Huyện ủy)/u, 'PBT ').replace(/^Phó Giám đốc (?=Sở)/u, 'PGĐ ').replace(/^Giám đốc (?=Sở)/u, 'GĐ ') },
];

function cases(offices: Office[], level: { opening: string; word: string; name: string }): Case[] {
  const out: Case[] = [];
  for (const o of offices) {
    const place = o.place === 'department' ? `${level.word} ${level.name}` : o.place === 'national' ? '' : level.name;
    for (const title of o.titles) {
      const full = `${title} ${o.body} ${place}`.trim();
      for (const body of [o.body, ...(o.short ? [o.short] : [])]) {
        out.push({ name: `${title} ${body} (place from the article)`, sentence: `${level.opening} Ông Lê Văn Sáu, ${title} ${body} phát biểu.`, expected: full });
        if (place) out.push({ name: `${title} ${body} ${place}`, sentence: `${level.opening} Ông Lê Văn Sáu, ${title} ${body} ${place} phát biểu.`, expected: full });
        for (const sp of SPELLINGS) {
          const written = sp.write(`${title} ${body}`);
          if (written !== `${title} ${body}`) out.push({ name: `${written} (${sp.name})`, sentence: `${level.opening} Ông Lê Văn Sáu, ${written} phát biểu.`, expected: full });
        }
      }
    }
  }
  return out;
}

const ALL = [
  ...cases(PROVINCIAL_OFFICES, { opening: 'Sáng 3/3, Tỉnh ủy Kon Tum tổ chức hội nghị.', word: 'tỉnh', name: 'Kon Tum' }),
  ...cases(DISTRICT_OFFICES, { opening: 'Sáng 3/3, Huyện ủy Đắk Hà tổ chức hội nghị.', word: 'huyện', name: 'Đắk Hà' }),
  // a central post in a provincial report takes no province
  ...cases(CENTRAL_OFFICES, { opening: 'Sáng 3/3, Tỉnh ủy Kon Tum tổ chức hội nghị.', word: '', name: '' }),
  ...cases(COMMUNE_OFFICES, { opening: 'Sáng 3/3, Đảng ủy xã Hải An tổ chức hội nghị.', word: 'xã', name: 'Hải An' }),
];

test.each(ALL.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const r = extractRecords(parseArticle(`Thứ hai, 10/01/2022\n\nTiêu đề\n\n${c.sentence}`, { id: 'x.txt' }));
  const posts = r.people.find((p) => p.name === 'Lê Văn Sáu')?.posts ?? [];
  expect(posts.map(normForScore)).toEqual([normForScore(c.expected)]);
});

/** Where a report writes a post: each frame puts the post in a sentence about Lê Văn Sáu. */
const FRAMES: Array<{ name: string; write: (post: string) => string }> = [
  { name: 'after the name', write: (p) => `Ông Lê Văn Sáu, ${p}, phát biểu.` },
  { name: 'before the name', write: (p) => `${p} Lê Văn Sáu phát biểu.` },
  { name: 'in brackets after an age', write: (p) => `Ông Lê Văn Sáu (52 tuổi, ${p}) phát biểu.` },
  { name: 'after a dash', write: (p) => `Đồng chí Lê Văn Sáu - ${p} phát biểu.` },
  { name: 'after a membership', write: (p) => `Đồng chí Lê Văn Sáu, Tỉnh ủy viên, ${p} chủ trì.` },
  { name: 'elected to it', write: (p) => `Ông Lê Văn Sáu được bầu giữ chức ${p}.` },
];

/** The capitals papers give a post: the title in lower case (the body as the grammar writes it), only its first letter a capital, every word in lower case. */
const KEEP_CAPITALS = /^(?:Kon|Tum|Đắk|Hà|Hải|An|Hồ|Chí|Minh|Việt|Nam|Nội|Thủ|Đô|Nhân|Dân)$/u;
const CAPITALS: Array<{ name: string; write: (post: string, title: string) => string }> = [
  { name: 'as the grammar writes it', write: (p) => p },
  { name: 'title in lower case', write: (p, t) => t.toLowerCase() + p.slice(t.length) },
  { name: 'title with one capital', write: (p, t) => t.charAt(0) + t.slice(1).toLowerCase() + p.slice(t.length) },
  { name: 'all in lower case', write: (p) => p.replace(/(?<![\p{L}])\p{Lu}[\p{Ll}\p{M}]*(?![\p{L}])/gu, (w) => (KEEP_CAPITALS.test(w) ? w : w.toLowerCase())) },
];

const LEVELS: Array<{ offices: Office[]; opening: string; word: string; name: string }> = [
  { offices: PROVINCIAL_OFFICES, opening: 'Sáng 3/3, Tỉnh ủy Kon Tum tổ chức hội nghị.', word: 'tỉnh', name: 'Kon Tum' },
  { offices: DISTRICT_OFFICES, opening: 'Sáng 3/3, Huyện ủy Đắk Hà tổ chức hội nghị.', word: 'huyện', name: 'Đắk Hà' },
  { offices: COMMUNE_OFFICES, opening: 'Sáng 3/3, Đảng ủy xã Hải An tổ chức hội nghị.', word: 'xã', name: 'Hải An' },
  { offices: CENTRAL_OFFICES, opening: 'Sáng 3/3, Tỉnh ủy Kon Tum tổ chức hội nghị.', word: '', name: '' },
];

describe('every post of the inventory in every frame, with whatever capitals', () => {
  const rows = LEVELS.flatMap((l) => l.offices.flatMap((o) => o.titles.map((title) => {
    const place = o.place === 'department' ? `${l.word} ${l.name}` : o.place === 'national' ? '' : l.name;
    return { post: `${postOf(title, o.body)} ${place}`.trim(), title, opening: l.opening };
  })));
  test.each(rows.map((r) => [r.post, r] as const))('%s', (_name, r) => {
    const misread: string[] = [];
    for (const frame of FRAMES) {
      for (const capitals of CAPITALS) {
        const written = capitals.write(r.post, r.title);
        if (capitals.name !== 'as the grammar writes it' && written === r.post) continue;
        const rec = extractRecords(parseArticle(`Thứ hai, 10/01/2022\n\nTiêu đề\n\n${r.opening} ${frame.write(written)}`, { id: 'x.txt' }));
        // (the membership the frame adds is another post of his)
        const posts = (rec.people.find((p) => p.name === 'Lê Văn Sáu')?.posts ?? []).filter((p) => !/^Ủy viên Ban Chấp hành Đảng bộ tỉnh/u.test(p));
        if (JSON.stringify(posts.map(normForScore)) !== JSON.stringify([normForScore(r.post)])) misread.push(`${frame.name}, ${capitals.name}: "${written}" → ${JSON.stringify(posts)}`);
      }
    }
    expect(misread).toEqual([]);
  });
});
