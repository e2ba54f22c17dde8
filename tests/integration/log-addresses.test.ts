// No email address in any log line: the flows that handle addresses run with every log level on and a capturing
// logger, including the failures whose error text (Drizzle's "params: ...", SMTP's recipients) carries them.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { deleteAccount } from '@/lib/account/delete-account';
import { deliverDueEmails } from '@/lib/email/deliver-due-emails';
import { sendEmail } from '@/lib/email/send-email';
import { startBackgroundJobs } from '@/lib/jobs/start-background-jobs';
import { createLogger, setLogger } from '@/lib/log/logger';
import { handleNewsletterSignup } from '@/lib/newsletter/handle-newsletter-signup';
import { handleReminderSignup } from '@/lib/reminders/handle-reminder-signup';
import { formPost } from '../helpers/form-post';
import { useTestDatabase } from '../helpers/test-database';
import { createReader, useAccountEmulator } from './account-fixtures';

const lines: string[] = [];
const capture = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });

const ADDRESSES = ['leaving.reader@example.org', 'news.reader@example.org', 'remind.me@example.org', 'bounce.me@example.org', 'job.reader@example.org'];

describe('log lines', () => {
  useTestDatabase();
  const account = useAccountEmulator();
  beforeAll(() => {
    process.env.LOG_LEVEL = 'trace';
    setLogger(createLogger(capture));
  });
  afterAll(() => {
    setLogger(undefined);
    delete process.env.LOG_LEVEL;
  });

  it('carry no email address through signups, a failed erasure, a failed delivery and a failed job', async () => {
    await handleNewsletterSignup(formPost('http://localhost:3999/newsletter/subscribe', { email: 'News.Reader@example.org', source: '/' }, { json: false, ip: '10.5.0.1' }));
    await handleReminderSignup(formPost('http://localhost:3999/support/reminder', { email: 'remind.me@example.org', month: '2099-03', frequency: 'monthly' }, { json: true, ip: '10.5.0.2' }));

    // The erasure fails at the database (a statement whose parameters hold the address), after Stripe's step.
    const reader = await createReader(account().stripe, 'leaving.reader@example.org');
    await db.execute(sql.raw(`create or replace function refuse_delete() returns trigger language plpgsql as $$ begin raise exception 'refused'; end $$`));
    await db.execute(sql.raw('create trigger refuse_reminder_delete before delete on reminders for each row execute function refuse_delete()'));
    await db.execute(sql`insert into reminders (email, month, token) values ('leaving.reader@example.org', '2099-04', 'tok-log')`);
    const result = await deleteAccount({ user: reader.user, fields: { confirm: 'DELETE' }, now: new Date() });
    expect(result).toMatchObject({ ok: false, status: 502 });
    await db.execute(sql.raw('drop trigger refuse_reminder_delete on reminders'));

    // SMTP refuses the connection; the outbox retries later.
    await sendEmail({ to: 'bounce.me@example.org', subject: 'Hello', text: 'Hi', html: '<p>Hi</p>', dedupeKey: 'log-bounce' }, { smtpUrl: null });
    await deliverDueEmails({ smtpUrl: 'smtp://127.0.0.1:9', ids: undefined });

    // A background job whose query fails with an address among its parameters.
    const failed = new Promise<void>((resolve) => {
      const stop = startBackgroundJobs({
        jobs: [{ name: 'failing', intervalMs: 10, run: async () => {
          setTimeout(() => { stop(); resolve(); }, 50);
          await db.execute(sql`select ${'job.reader@example.org'}::int`);
          return '';
        } }],
      });
    });
    await failed;

    const log = lines.join('');
    expect(log).toMatch(/account deletion: erasing failed/);
    expect(log).toMatch(/job failed/);
    expect(log).toMatch(/email send failed/);
    for (const address of ADDRESSES) expect(log.toLowerCase()).not.toContain(address);
    expect(log).not.toMatch(/[\w.+-]+@example\.org/i);
  });
});
