// `npm run test:isolated`: every vitest file run on its own (`vitest run FILE`), in a shuffled order, so a file that
// leans on another's data or leftovers fails here. `-- PATTERN` runs only the files whose path contains it; with
// DATABASE_URL the database files run on that server, as in `npm test`. Too slow for every CI run (one process per file).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(__dirname, '..');
const folders = ['tests/unit', 'tests/integration', 'stripe-emulator/tests/unit', 'stripe-emulator/tests/integration'];

function testFiles(): string[] {
  return folders.flatMap((folder) =>
    fs.readdirSync(path.join(root, folder), { recursive: true }).map(String).filter((f) => f.endsWith('.test.ts')).map((f) => `${folder}/${f}`));
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const patterns = process.argv.slice(2);
const files = shuffled(testFiles().filter((f) => patterns.length === 0 || patterns.some((p) => f.includes(p))));
const failed: string[] = [];
const started = Date.now();
for (const [i, file] of files.entries()) {
  const t0 = Date.now();
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', file, '--reporter=dot'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ok = result.status === 0;
  if (!ok) failed.push(file);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${String(i + 1).padStart(3)}/${files.length} ${file} (${Math.round((Date.now() - t0) / 1000)}s)`);
  if (!ok) console.log(`${result.stdout}\n${result.stderr}`.split('\n').filter((l) => /FAIL|Error|expected|×/.test(l)).slice(0, 20).join('\n'));
}
console.log(`\n${files.length - failed.length} of ${files.length} files pass alone (${Math.round((Date.now() - started) / 1000)}s)`);
if (failed.length) console.log(`failing alone:\n  ${failed.join('\n  ')}`);
process.exit(failed.length ? 1 : 0);
