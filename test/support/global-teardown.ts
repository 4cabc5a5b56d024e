// Stops the embedded Neo4j of the test run and removes its KG_HOME.
import { rmSync } from 'node:fs';
import { stopEmbedded } from '../../src/store/embedded';

export default async function globalTeardown(): Promise<void> {
  const home = process.env.KG_TEST_HOME;
  if (!home) return;
  await stopEmbedded(home);
  rmSync(home, { recursive: true, force: true });
}
