// The example queries of cypher/examples as the viewer's Cypher box offers them: a Vietnamese title (the
// "// vi: …" line, else the first comment line), the query, and parameters filled with the example values their comments give ($post — e.g. "…").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../store/cypher';

export interface ExampleJson { name: string; title: string; query: string; params: Record<string, string> }

export function exampleParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const line of text.split('\n').filter((l) => /^\s*\/\/.*Parameters:/.test(l))) {
    for (const m of line.matchAll(/\$(\w+)\s*—[^$]*?e\.g\.\s*"([^"]*)"/g)) params[m[1]!] = m[2]!;
  }
  return params;
}

export function listExamples(dir = join(CYPHER_DIR, 'examples')): ExampleJson[] {
  return readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort().map((file) => {
    const query = readFileSync(join(dir, file), 'utf8').trim();
    const title = (/^\/\/\s*vi:\s*(.*)$/m.exec(query) ?? /^\/\/\s*(.*)$/m.exec(query))?.[1] ?? file;
    return { name: file.replace(/\.cypher$/, ''), title, query, params: exampleParams(query) };
  });
}
