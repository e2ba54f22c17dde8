// Builds the Next app when the build is missing or its sources changed since it was made.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildBrowserScripts } from './build-browser-scripts';

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public'];
const SOURCE_FILES = ['next.config.ts', 'proxy.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json'];
const SOURCE_DIRS_EXTRA = ['messages'];

export function hashSources(root: string): string {
  const hash = crypto.createHash('sha256');
  const files = [...SOURCE_FILES.map((f) => path.join(root, f)), ...[...SOURCE_DIRS, ...SOURCE_DIRS_EXTRA].flatMap((d) => listFiles(path.join(root, d)))];
  for (const file of files.filter((f) => fs.existsSync(f)).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function buildIfStale(root: string, distDir: string, log: (line: string) => void): void {
  const stampFile = path.join(root, distDir, 'source-hash');
  const current = hashSources(root);
  const built = fs.existsSync(path.join(root, distDir, 'BUILD_ID')) && fs.existsSync(stampFile)
    ? fs.readFileSync(stampFile, 'utf8')
    : null;
  if (built === current) return;
  log(built ? 'Sources changed since the last build; rebuilding…' : 'No build yet; building (a minute or two)…');
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  // After Next's build, which empties its folder first.
  buildBrowserScripts(root, distDir);
  fs.writeFileSync(stampFile, current);
}
