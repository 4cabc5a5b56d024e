// The embedded Neo4j: built once with Maven, started on a free loopback port with a generated password
// kept in KG_HOME/neo4j, alive while a lease holder lives (or until `kg db stop` for `kg db start`).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, resolve } from 'node:path';
import { MissingToolchainError, StoreUnavailableError } from '../errors';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const LAUNCHER_DIR = join(PROJECT_ROOT, 'src', 'store', 'neo4j-launcher');
const TARGET = join(LAUNCHER_DIR, 'target');
const STAMP = join(TARGET, 'kg-build.stamp');

export function kgHome(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KG_HOME || join(PROJECT_ROOT, '.kg'));
}
export const neo4jDir = (home: string): string => join(home, 'neo4j');

export interface EmbeddedState { pid: number; port: number; uri: string; user: string }
export interface Connection { uri: string; user: string; password: string; embedded: boolean; home?: string }

function pomHash(): string {
  return createHash('sha256').update(readFileSync(join(LAUNCHER_DIR, 'pom.xml'))).update(
    readFileSync(join(LAUNCHER_DIR, 'java', 'kg', 'launcher', 'Launcher.java')),
  ).digest('hex');
}

export function launcherBuilt(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === pomHash();
}

function requireTool(cmd: string, args: string[], name: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new MissingToolchainError(name);
}

/** Fetches Neo4j from Maven Central and builds the launcher; a no-op when already built. */
export function buildLauncher(log: (line: string) => void = () => {}): void {
  if (launcherBuilt()) return;
  requireTool('java', ['-version'], 'java (JDK 17+)');
  requireTool('mvn', ['-v'], 'mvn (Maven 3.8+)');
  log('Building the embedded Neo4j launcher (first run: Maven fetches Neo4j Community, about 130 MB)…');
  const r = spawnSync('mvn', ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new StoreUnavailableError(`building the Neo4j launcher failed (mvn exit ${r.status}):\n${(r.stdout + r.stderr).split('\n').slice(-25).join('\n')}`);
  }
  writeFileSync(STAMP, pomHash());
}

const alive = (pid: number): boolean => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};

function portOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((res) => {
    const sock = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => { sock.destroy(); res(ok); };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

export function readState(home: string): EmbeddedState | null {
  try {
    const s = JSON.parse(readFileSync(join(neo4jDir(home), 'state.json'), 'utf8')) as EmbeddedState;
    return alive(s.pid) ? s : null;
  } catch {
    return null;
  }
}

function password(home: string): string {
  return readFileSync(join(neo4jDir(home), 'password'), 'utf8').trim();
}

function addLease(home: string, name: string): void {
  const dir = join(neo4jDir(home), 'leases');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), '');
}

export function releaseLease(home: string, name = String(process.pid)): void {
  rmSync(join(neo4jDir(home), 'leases', name), { force: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A running embedded Neo4j for this KG_HOME: the one already up, or a new one. The caller's process
 * holds a lease (or, with `persistent`, the database stays up until `kg db stop`).
 */
export async function ensureEmbedded(opts: { home?: string; persistent?: boolean; log?: (l: string) => void } = {}): Promise<Connection> {
  const home = opts.home ?? kgHome();
  const dir = neo4jDir(home);
  mkdirSync(dir, { recursive: true });
  addLease(home, opts.persistent ? 'persistent' : String(process.pid));
  const running = readState(home);
  if (running && (await portOpen(running.port))) return { uri: running.uri, user: running.user, password: password(home), embedded: true, home };

  buildLauncher(opts.log);
  // One starter at a time per KG_HOME; a stale lock (its holder dead) is taken over.
  const lock = join(dir, 'start.lock');
  for (let tries = 0; ; tries++) {
    try {
      closeSync(openSync(lock, 'wx'));
      writeFileSync(lock, String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSync(lock, 'utf8') || '0');
      if (!holder || !alive(holder)) { rmSync(lock, { force: true }); continue; }
      const st = readState(home);
      if (st && (await portOpen(st.port))) return { uri: st.uri, user: st.user, password: password(home), embedded: true, home };
      if (tries > 600) throw new StoreUnavailableError(`another process (pid ${holder}) has been starting Neo4j in ${dir} for too long`);
      await sleep(200);
    }
  }
  try {
    const again = readState(home);
    if (again && (await portOpen(again.port))) return { uri: again.uri, user: again.user, password: password(home), embedded: true, home };
    rmSync(join(dir, 'state.json'), { force: true });
    const port = await freePort();
    const logFile = join(dir, 'launcher.log');
    const out = openSync(logFile, 'a');
    const heap = process.env.KG_NEO4J_HEAP || '1g';
    const child = spawn('java', [
      `-Xmx${heap}`, '-XX:+UseG1GC', '-Dfile.encoding=UTF-8',
      '-cp', `${join(TARGET, 'classes')}:${join(TARGET, 'lib', '*')}`, 'kg.launcher.Launcher',
      '--dir', dir, '--port', String(port), '--pagecache', process.env.KG_NEO4J_PAGECACHE || '512m',
      '--tx-memory', process.env.KG_NEO4J_TX_MEMORY || '256m',
    ], { detached: true, stdio: ['ignore', out, out] });
    closeSync(out);
    let exited: number | null = null;
    child.once('exit', (code) => { exited = code ?? -1; });
    child.unref();
    opts.log?.(`Starting the embedded Neo4j (${dir})…`);
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (exited !== null) {
        const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
        throw new StoreUnavailableError(`the embedded Neo4j exited (code ${exited}) while starting; ${logFile} says:\n${tail}`);
      }
      const st = readState(home);
      if (st && st.pid === child.pid && (await portOpen(st.port))) {
        return { uri: st.uri, user: st.user, password: password(home), embedded: true, home };
      }
      await sleep(250);
    }
    try { process.kill(child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    throw new StoreUnavailableError(`the embedded Neo4j did not become ready within 180 s (see ${logFile})`);
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Stops the embedded Neo4j of this KG_HOME; true when one was running. */
export async function stopEmbedded(home = kgHome()): Promise<boolean> {
  releaseLease(home, 'persistent');
  const st = readState(home);
  if (!st) return false;
  process.kill(st.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(st.pid) && Date.now() < deadline) await sleep(200);
  if (alive(st.pid)) process.kill(st.pid, 'SIGKILL');
  return true;
}

export async function embeddedStatus(home = kgHome()): Promise<{ running: boolean; state: EmbeddedState | null; leases: string[]; dir: string }> {
  const st = readState(home);
  const running = !!st && (await portOpen(st.port));
  let leases: string[] = [];
  try { leases = readdirSync(join(neo4jDir(home), 'leases')); } catch { /* none yet */ }
  return { running, state: running ? st : null, leases, dir: neo4jDir(home) };
}
