// `npm run bench`: runs every bench/*.bench.ts in turn; each prints JSON lines {"name","value","unit"}.
// `npm run bench -- article-page` runs only the named ones.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = __dirname;
const only = process.argv.slice(2);
const files = fs.readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();

let failed = 0;
for (const file of files) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (result.status !== 0) {
    failed += 1;
    process.stdout.write(`${JSON.stringify({ name: 'bench_failed', value: 1, unit: 'count', file })}\n`);
  }
}
process.exit(failed ? 1 : 0);
