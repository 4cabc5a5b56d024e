// The post grammar on the inventory of offices (src/lexicon/offices.ts): every title of every body, at a province
// and at a district, in full and as papers abbreviate it, with its place written out or left to the article,
// reads as one whole post (compared as the reference scorer compares posts). Sentences written for the test.
import { extractRecords } from '../../src/extract/extract-records';
import { normForScore } from '../../src/eval/score';
import { CENTRAL_OFFICES, DISTRICT_OFFICES, PROVINCIAL_OFFICES, type Office } from '../../src/lexicon/offices';
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
];

test.each(ALL.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const r = extractRecords(parseArticle(`Thứ hai, 10/01/2022\n\nTiêu đề\n\n${c.sentence}`, { id: 'x.txt' }));
  const posts = r.people.find((p) => p.name === 'Lê Văn Sáu')?.posts ?? [];
  expect(posts.map(normForScore)).toEqual([normForScore(c.expected)]);
});
