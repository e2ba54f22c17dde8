// `npm test`: lint, types, unit, integration and browser tests, in that order, with one summary at the end.
// `npm test -- integration e2e` runs only the named suites. With DATABASE_URL the database suites run on
// that server, each in a database of its own that is created here (or by the test) and dropped after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createThrowawayDatabase } from '../db/throwaway-database';
import { findOrInstallChromium } from './lib/find-chromium';

type Suite = 'lint' | 'types' | 'unit' | 'integration' | 'e2e';
type Outcome = { suite: Suite; ok: boolean; passed: number; failed: number; skipped: number; seconds: number };

const ALL: Suite[] = ['lint', 'types', 'unit', 'integration', 'e2e'];
const root = path.resolve(__dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-test-'));

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(project: 'unit' | 'integration'): Omit<Outcome, 'suite' | 'seconds'> {
  const output = path.join(reportDir, `${project}.json`);
  const ok = run(bin('vitest'), ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  const report = readJson(output);
  return { ok, passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? (ok ? 0 : 1), skipped: report?.numPendingTests ?? 0 };
}

async function playwright(): Promise<Omit<Outcome, 'suite' | 'seconds'>> {
  const chromium = findOrInstallChromium((line) => console.log(line));
  const output = path.join(reportDir, 'e2e.json');
  const database = process.env.DATABASE_URL ? await createThrowawayDatabase(process.env.DATABASE_URL, 'rr_e2e') : undefined;
  try {
    const ok = run(bin('playwright'), ['test'], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: output,
      ...(database ? { DATABASE_URL: database.url } : {}),
    });
    const stats = readJson(output)?.stats;
    return { ok, passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? (ok ? 0 : 1), skipped: stats?.skipped ?? 0 };
  } finally {
    await database?.drop();
  }
}

function readJson(file: string) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function runSuite(suite: Suite): Promise<Omit<Outcome, 'suite' | 'seconds'>> {
  switch (suite) {
    case 'lint': {
      const ok = run(bin('eslint'), ['.', '--max-warnings=0']);
      return { ok, passed: 0, failed: ok ? 0 : 1, skipped: 0 };
    }
    case 'types': {
      const ok = run(bin('tsc'), ['--noEmit']);
      return { ok, passed: 0, failed: ok ? 0 : 1, skipped: 0 };
    }
    case 'unit':
    case 'integration':
      return vitest(suite);
    case 'e2e':
      return playwright();
  }
}

async function main() {
  const asked = process.argv.slice(2).filter((a) => ALL.includes(a as Suite)) as Suite[];
  const suites = asked.length ? asked : ALL;
  const outcomes: Outcome[] = [];
  for (const suite of suites) {
    console.log(`\n=== ${suite}${process.env.DATABASE_URL && ['integration', 'e2e'].includes(suite) ? ' (PostgreSQL)' : ''} ===`);
    const started = Date.now();
    outcomes.push({ suite, ...(await runSuite(suite)), seconds: Math.round((Date.now() - started) / 1000) });
  }
  console.log('\n=== summary ===');
  for (const o of outcomes) {
    const counts = o.passed + o.failed + o.skipped > 0 && !['lint', 'types'].includes(o.suite) ? ` ${o.passed} passed, ${o.failed} failed, ${o.skipped} skipped` : '';
    console.log(`${o.ok ? 'ok  ' : 'FAIL'} ${o.suite.padEnd(12)}${counts} (${o.seconds}s)`);
  }
  const passed = outcomes.reduce((n, o) => n + o.passed, 0);
  const failed = outcomes.reduce((n, o) => n + (o.ok ? 0 : Math.max(o.failed, 1)), 0);
  const skipped = outcomes.reduce((n, o) => n + o.skipped, 0);
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  fs.rmSync(reportDir, { recursive: true, force: true });
  process.exit(outcomes.every((o) => o.ok) ? 0 : 1);
}

void main();
