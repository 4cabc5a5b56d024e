// Debian's chromium for the browser tests, driven by playwright-core: found at KG_CHROMIUM or /usr/bin/chromium,
// installed with apt-get when missing and allowed (root, apt-get present), else a clear error. Headless with
// the flags a machine without internet needs: no background networking, no component updates, no sync.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | null {
  const env = process.env.KG_CHROMIUM;
  if (env) return existsSync(env) ? env : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Called once per test run (global setup): installs Debian's chromium when it is missing and we may. */
export function ensureChromium(log: (line: string) => void): string {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!process.env.KG_CHROMIUM && root && apt) {
    log('Installing Debian\'s chromium for the browser tests (apt-get install chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const now = findChromium();
    if (now) return now;
  }
  throw new Error('Chromium not found for the browser tests: install Debian\'s chromium (`apt-get install chromium`, as `.ci/run` does) or set KG_CHROMIUM to a Chromium binary.');
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-default-apps', '--disable-extensions',
];

/** A browser with a fresh, empty profile; close() also removes the profile. */
export async function launchChromium(viewport = { width: 1500, height: 920 }): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: install Debian\'s chromium or set KG_CHROMIUM');
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS, viewport, locale: 'vi-VN' });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
