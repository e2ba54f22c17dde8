// What an operator sees at start: a bad variable stops the app in one line; health reports the database.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, setDatabaseHandle } from '@/db/client';
import { GET as health } from '@/app/api/health/route';

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm start with a malformed variable', () => {
  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT must be a whole number between 1 and 65535 (got "abc")'],
    [{ DATABASE_URL: 'not-a-url' }, 'Configuration error: DATABASE_URL must be a URL such as postgres://user@127.0.0.1:5432/news'],
    // The local mailbox would hold every sign-in link of a public site.
    [{ APP_URL: 'https://news.example.org', SMTP_URL: '' }, 'Configuration error: SMTP_URL must be set when APP_URL is public (news.example.org): sign-in links would otherwise go to the local mailbox, which only exists on localhost'],
  ])('stops with one line naming it: %o', (env, line) => {
    const result = start(env);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(line);
    expect(result.stdout.trim()).toBe('');
  });
});

describe('GET /api/health', () => {
  it('is 503 with a reason when the database does not answer', async () => {
    const unreachable = openDatabase({ url: 'postgres://postgres@127.0.0.1:1/none' });
    setDatabaseHandle(unreachable);
    try {
      const response = await health();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database unavailable' });
    } finally {
      setDatabaseHandle(undefined);
      await unreachable.close();
    }
  });

  it('is 200 ok when it does', async () => {
    const memory = openDatabase({ dataDir: null });
    await memory.db.execute(sql`select 1`); // a new PGlite takes seconds to boot on a busy machine; health's budget is for a running one
    setDatabaseHandle(memory);
    try {
      const response = await health();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    } finally {
      setDatabaseHandle(undefined);
      await memory.close();
    }
  });
});
