// Starts `npm start` (the real launcher) for a benchmark and reports the server's memory.
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../db/throwaway-database';

const root = path.resolve(__dirname, '..', '..');

export type RunningApp = { url: string; pid: number; rssBytes(): number; stop(): Promise<void> };

export async function startApp(options: { port: number; emulatorPort: number; databaseUrl?: string; dataDir: string; env?: Record<string, string> }): Promise<RunningApp> {
  fs.rmSync(path.join(root, options.dataDir), { recursive: true, force: true });
  // The same command line as `npm start`, heap cap included.
  const child: ChildProcess = spawn(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(options.port),
      STRIPE_EMULATOR_PORT: String(options.emulatorPort),
      DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      STRIPE_SECRET_KEY: '',
      ...options.env,
    },
  });
  const url = `http://localhost:${options.port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${options.port}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    pid: child.pid!,
    rssBytes: () => readRss(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

function readRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

/** A throwaway database on the local PostgreSQL server, or undefined when none answers. */
export async function createBenchDatabase(): Promise<ThrowawayDatabase | undefined> {
  const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  return createThrowawayDatabase(serverUrl, 'rr_bench').catch(() => undefined);
}
