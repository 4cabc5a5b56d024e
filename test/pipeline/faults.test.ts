// Faults during an ingest, against real Neo4j: the database killed in the middle of a write, and Ctrl-C.
// Nothing is half-written (a batch is one transaction), what was not loaded is listed, the exit code says
// so, and running the same command again ends with the graph an uninterrupted run makes.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../src/gen/main';
import { ingest, ingestExitCode, INGEST_EXIT, type IngestSummary } from '../../src/pipeline/ingest';
import { openStore, type Store } from '../../src/store/connect';
import { ensureEmbedded, readState, stopEmbedded } from '../../src/store/embedded';
import { ROOT, SAMPLES, scratchDir } from '../support/paths';
import { canonicalDump, clearDatabase, openTestStore, testEnv } from '../support/store';

jest.setTimeout(300_000);

let corpus: string;
let uninterrupted: string[];
let main: Store;

beforeAll(async () => {
  const gen = scratchDir('kg-faults-gen-');
  generateCorpus({ articles: 400, out: gen, seed: 11 });
  corpus = join(gen, 'articles');
  main = await openTestStore();
  await clearDatabase(main);
  const s = await ingest(main.driver, [corpus, SAMPLES]);
  expect(ingestExitCode(s)).toBe(0);
  uninterrupted = await canonicalDump(main);
});
afterAll(async () => { await main.close(); });

const loadedKeys = (s: IngestSummary) => s.items.filter((x) => x.outcome === 'loaded').map((x) => x.id).sort();
const storedKeys = async (store: Store) =>
  (await store.driver.executeQuery('MATCH (a:Article) RETURN a.key AS k ORDER BY k')).records.map((r) => r.get('k') as string);

test('Neo4j killed in the middle of an ingest: the rest is listed as not loaded, exit 4; a re-run completes with the same graph', async () => {
  const home = scratchDir('kg-faults-home-');
  let store = await openStore({ connection: await ensureEmbedded({ home }), retryMs: 1_000 });
  try {
    let killed = false;
    const retries: string[] = [];
    const first = await ingest(store.driver, [corpus, SAMPLES], {
      batchSize: 20,
      retry: { attempts: 2, baseMs: 200, maxMs: 400 },
      onRetry: (what) => retries.push(what),
      onProgress: (done) => {
        if (done < 100 || killed) return;
        killed = true;
        // a moment into the next batch's transaction
        setTimeout(() => process.kill(readState(home)!.pid, 'SIGKILL'), 40);
      },
    });
    expect(killed).toBe(true);
    expect(first.storeError).toBeTruthy();
    expect(ingestExitCode(first)).toBe(INGEST_EXIT.storeFailed);
    expect(retries.length).toBeGreaterThan(0);
    const loaded = loadedKeys(first);
    const notLoaded = first.items.filter((x) => x.outcome === 'not-loaded');
    expect(loaded.length).toBeGreaterThanOrEqual(100);
    expect(notLoaded.length).toBeGreaterThan(0);
    expect(loaded.length + notLoaded.length).toBe(405);
    for (const x of notLoaded) expect(x.reason).toBe(first.storeError);
    await store.close();

    // Neo4j back: exactly the batches that committed are there, none in part
    store = await openStore({ connection: await ensureEmbedded({ home }) });
    expect(await storedKeys(store)).toEqual(loaded);

    const again = await ingest(store.driver, [corpus, SAMPLES]);
    expect(ingestExitCode(again)).toBe(0);
    expect(loadedKeys(again)).toEqual(notLoaded.map((x) => x.id).sort());
    expect(again.items.filter((x) => x.outcome === 'unchanged')).toHaveLength(loaded.length);
    expect(await canonicalDump(store)).toEqual(uninterrupted);
  } finally {
    await store.close();
    await stopEmbedded(home);
  }
});

/** `kg ingest` as a user runs it, stopped with Ctrl-C once some articles are in. */
function interruptedIngest(store: Store): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [join(ROOT, 'bin', 'kg.js'), 'ingest', corpus, SAMPLES, '--batch', '10', '--json'], { env: testEnv() });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d; });
    child.stderr.on('data', (d: Buffer) => { stderr += d; });
    // one Ctrl-C only: polls still in flight when the first one sends it must not send a second (which stops at once)
    let sent = false;
    const poll = setInterval(() => {
      storedKeys(store).then((k) => {
        if (k.length > 0 && !sent) { sent = true; clearInterval(poll); child.kill('SIGINT'); }
      }, () => undefined);
    }, 25);
    child.on('error', reject);
    child.on('close', (code) => { clearInterval(poll); resolve({ code, stdout, stderr }); });
  });
}

test('Ctrl-C during an ingest: the batch being written finishes, nothing is half-written, exit 130; a re-run completes with the same graph', async () => {
  await clearDatabase(main);
  const r = await interruptedIngest(main);
  expect(r.stderr).toContain('stopping after the batch being written');
  expect(r.code).toBe(INGEST_EXIT.interrupted);
  const summary = JSON.parse(r.stdout) as IngestSummary;
  expect(summary.interrupted).toBe(true);
  const loaded = loadedKeys(summary);
  const notLoaded = summary.items.filter((x) => x.outcome === 'not-loaded');
  expect(loaded.length).toBeGreaterThan(0);
  expect(notLoaded.length).toBeGreaterThan(0);
  expect(notLoaded[0]!.reason).toBe('the run was stopped before it was loaded');
  expect(await storedKeys(main)).toEqual(loaded);
  // the tenures of what was loaded were computed before it stopped: no post is left due
  const due = await main.driver.executeQuery('MATCH (p:Post) WHERE p.tenuresDue IS NOT NULL RETURN count(p) AS n');
  expect(due.records[0]!.get('n').toNumber()).toBe(0);

  const again = await ingest(main.driver, [corpus, SAMPLES]);
  expect(ingestExitCode(again)).toBe(0);
  expect(await canonicalDump(main)).toEqual(uninterrupted);
});

test('a run that died between its last batch and its tenures leaves them due, and the next run computes them', async () => {
  await clearDatabase(main);
  await ingest(main.driver, [SAMPLES]);
  const fresh = await canonicalDump(main);
  // as the load leaves a post it changed: flagged in the batch's transaction, tenures not yet computed again
  await main.driver.executeQuery('MATCH (p:Post)<-[:OF_POST]-(t:Tenure) SET p.tenuresDue = true, t.outdated = true');
  const again = await ingest(main.driver, [SAMPLES]);
  expect(again.items.every((x) => x.outcome === 'unchanged')).toBe(true);
  expect(again.tenures?.posts).toBeGreaterThan(0);
  expect(await canonicalDump(main)).toEqual(fresh);
});

const kgIngest = (dir: string) => new Promise<number | null>((resolve, reject) => {
  const child = spawn('node', [join(ROOT, 'bin', 'kg.js'), 'ingest', dir, '--batch', '25'], { env: testEnv(), stdio: 'ignore' });
  child.on('error', reject);
  child.on('close', resolve);
});

test('two kg ingest processes of overlapping corpora at once: no duplicates, the graph of one run', async () => {
  await clearDatabase(main);
  const names = readdirSync(corpus).sort();
  const [a, b] = [scratchDir('kg-overlap-a-'), scratchDir('kg-overlap-b-')];
  for (const n of names.slice(0, 300)) copyFileSync(join(corpus, n), join(a, n));
  for (const n of names.slice(100)) copyFileSync(join(corpus, n), join(b, n));
  mkdirSync(join(b, 'samples'));
  for (const n of readdirSync(SAMPLES)) copyFileSync(join(SAMPLES, n), join(b, 'samples', n));
  expect(await Promise.all([kgIngest(a), kgIngest(b)])).toEqual([0, 0]);
  expect(await canonicalDump(main)).toEqual(uninterrupted);
});
