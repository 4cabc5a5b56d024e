// compromise, made safe for Vietnamese (folding table emptied, canonical NFC input), must cut every sentence
// into the same syllable tokens as kg's own tokenizer, and so give the same records: a differential check.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compromiseTokenize } from '../../src/extract/compromise-tokens';
import { createContext } from '../../src/extract/context';
import { extractRecords } from '../../src/extract/extract-records';
import { tokenize } from '../../src/extract/tokens';
import { parseArticle } from '../../src/parse/parse-article';
import { FIXTURES, SAMPLES } from '../support/paths';

const files = [
  ...readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => join(SAMPLES, f)),
  ...readdirSync(join(FIXTURES, 'articles')).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, 'articles', f)),
];
const parsed = (file: string) => parseArticle(readFileSync(file, 'utf8'), { id: file.split('/').pop()! });

test.each([
  ['Đồng chí Nguyễn Quốc Đoàn, Ủy viên Trung ương Đảng', ['Đồng', 'chí', 'Nguyễn', 'Quốc', 'Đoàn', 'Ủy', 'viên', 'Trung', 'ương', 'Đảng']],
  ['Nghị quyết số 101-NQ/TU, ngày 12/12/2019', ['Nghị', 'quyết', 'số', '101', 'NQ', 'TU', 'ngày', '12', '12', '2019']],
  ['Ủy viên T.Ư Đảng; TP.HCM', ['Ủy', 'viên', 'T.', 'Ư', 'Đảng', 'TP.', 'HCM']],
])('both tokenizers cut "%s" alike', (text, words) => {
  expect(tokenize(text).map((t) => t.text)).toEqual(words);
  expect(compromiseTokenize(text)).toEqual(tokenize(text));
});

test.each(files.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s: compromise gives the same tokens and the same record', (_name, file) => {
  const article = parsed(file);
  const ours = createContext(article).sentences.map((s) => s.tokens);
  const theirs = createContext(article, compromiseTokenize).sentences.map((s) => s.tokens);
  expect(theirs).toEqual(ours);
  expect(extractRecords(article, { tokenizer: 'compromise' })).toEqual(extractRecords(article));
});
