// One Neo4j for the whole run: NEO4J_URI when given, else the embedded one in a temporary KG_HOME.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEmbedded } from '../../src/store/embedded';
import { ensureChromium } from './chromium';

export default async function globalSetup(): Promise<void> {
  process.env.KG_CHROMIUM = ensureChromium((l) => process.stderr.write(`${l}\n`));
  if (process.env.NEO4J_URI) {
    process.env.KG_TEST_NEO4J_URI = process.env.NEO4J_URI;
    process.env.KG_TEST_NEO4J_USER = process.env.NEO4J_USER ?? 'neo4j';
    process.env.KG_TEST_NEO4J_PASSWORD = process.env.NEO4J_PASSWORD ?? '';
    return;
  }
  const home = mkdtempSync(join(tmpdir(), 'kg-test-'));
  const c = await ensureEmbedded({ home, log: (l) => process.stderr.write(`${l}\n`) });
  process.env.KG_TEST_HOME = home;
  process.env.KG_TEST_NEO4J_URI = c.uri;
  process.env.KG_TEST_NEO4J_USER = c.user;
  process.env.KG_TEST_NEO4J_PASSWORD = c.password;
}
