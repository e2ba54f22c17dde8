// Finds a Chromium for the browser tests: Playwright's own, else a system one, else installs one.
import fs from 'node:fs';
import { execSync, spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  const own = safe(() => chromium.executablePath());
  if (own && fs.existsSync(own)) return own;
  return SYSTEM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

export function findOrInstallChromium(log: (line: string) => void): string {
  const found = findChromium();
  if (found) return found;
  log('No Chromium found; installing one…');
  const isRoot = process.getuid?.() === 0;
  if (isRoot && safe(() => execSync('command -v apt-get', { stdio: 'pipe' }))) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } else {
    spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  }
  const installed = findChromium();
  if (!installed) throw new Error('Could not find or install Chromium; set CHROMIUM_PATH to a Chromium or Chrome binary.');
  return installed;
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
