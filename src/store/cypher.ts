// Cypher lives in cypher/*.cypher; statements are loaded by name ("// name: x" sections) or by file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CYPHER_DIR = join(__dirname, '..', '..', 'cypher');
const cache = new Map<string, Map<string, string>>();

/** All "// name: x" sections of a file. */
export function cypherSections(file: string): Map<string, string> {
  let sections = cache.get(file);
  if (sections) return sections;
  sections = new Map();
  const text = readFileSync(join(CYPHER_DIR, file), 'utf8');
  let name: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (name) sections!.set(name, body.join('\n').trim().replace(/;\s*$/, ''));
  };
  for (const line of text.split('\n')) {
    const m = /^\/\/\s*name:\s*(\S+)/.exec(line);
    if (m) { flush(); name = m[1]!; body = []; continue; }
    if (!/^\s*\/\//.test(line)) body.push(line);
  }
  flush();
  cache.set(file, sections);
  return sections;
}

export function cypher(file: string, name: string): string {
  const q = cypherSections(file).get(name);
  if (!q) throw new Error(`no statement "${name}" in cypher/${file}`);
  return q;
}

/** The statements of a plain file (schema.cypher): split on ";" at line ends, comments dropped. */
export function cypherStatements(file: string): string[] {
  return readFileSync(join(CYPHER_DIR, file), 'utf8')
    .split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n')
    .split(/;\s*\n/).map((s) => s.trim().replace(/;$/, '')).filter(Boolean);
}
