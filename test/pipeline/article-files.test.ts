// Finding and reading article files (src/pipeline/article-files.ts): what is walked, what is named as a problem.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash, listArticleFiles, readArticleFile } from '../../src/pipeline/article-files';
import { scratchDir } from '../support/paths';

test('folders are walked once, sorted; other files, dot files and loops are skipped; broken links are named', () => {
  const dir = scratchDir('kg-files-');
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', '2.txt'), 'x');
  writeFileSync(join(dir, '1.txt'), 'x');
  writeFileSync(join(dir, 'page.HTML'), 'x');
  writeFileSync(join(dir, 'notes.md'), 'x');
  writeFileSync(join(dir, '.hidden.txt'), 'x');
  symlinkSync(dir, join(dir, 'b', 'loop'));
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
  const { files, missing } = listArticleFiles([dir, join(dir, 'nothing-here')]);
  expect(files.map((f) => f.file.slice(dir.length + 1))).toEqual(['1.txt', 'b/2.txt', 'page.HTML']);
  expect(missing.map((m) => [m.file.slice(dir.length + 1), m.ok ? '' : m.reason])).toEqual([
    ['dangling.txt', 'a link to nothing'],
    ['nothing-here', 'no such file or folder'],
  ]);
});

test('a file that cannot be read is named with the reason', () => {
  const dir = scratchDir('kg-files-');
  expect(readArticleFile({ file: dir, id: 'folder.txt' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^cannot read: EISDIR/) });
});

test.each([
  ['a BOM, NFD, CRLF and trailing spaces', '\uFEFFHội nghị  \r\nTỉnh ủy'.normalize('NFD')],
  ['white space collapsed', 'Hội nghị\n\n\nTỉnh   ủy'],
])('the content hash ignores %s', (_n, variant) => {
  const dir = scratchDir('kg-files-');
  writeFileSync(join(dir, 'a.txt'), 'Hội nghị\nTỉnh ủy');
  writeFileSync(join(dir, 'b.txt'), variant);
  const a = readArticleFile({ file: join(dir, 'a.txt'), id: 'a.txt' });
  const b = readArticleFile({ file: join(dir, 'b.txt'), id: 'b.txt' });
  expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
  expect(a.ok && a.hash).toBe(contentHash('Hội nghị Tỉnh ủy'));
});
