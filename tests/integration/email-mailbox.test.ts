// The local mailbox: newest first, filtered by recipient, and gone (404) as soon as SMTP_URL is set.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { parseConfig } from '@/lib/config';
import { sendEmail } from '@/lib/email/send-email';
import { getMailboxMessage, listMailboxMessages } from '@/lib/email/list-mailbox-messages';
import MailboxPage from '@/app/dev/mailbox/page';
import MailboxMessagePage from '@/app/dev/mailbox/[id]/page';
import { useTestDatabase } from '../helpers/test-database';

const configKey = Symbol.for('reader-revenue.config');
type WithConfig = typeof globalThis & { [configKey]?: unknown };

const mail = (to: string, subject: string) => ({ to, subject, text: 'Hello', html: '<p><a href="http://localhost:3000/x">Sign in</a></p>', dedupeKey: `${to}:${subject}` });

describe('local mailbox', () => {
  useTestDatabase();
  afterEach(() => {
    delete (globalThis as WithConfig)[configKey];
  });

  it('lists messages newest first and filters by recipient, whatever the case', async () => {
    await db.delete(emailOutbox);
    await sendEmail(mail('ann@example.org', 'First'), { now: new Date('2027-01-01T10:00:00Z'), smtpUrl: null });
    await sendEmail(mail('bob@example.org', 'Second'), { now: new Date('2027-01-01T11:00:00Z'), smtpUrl: null });
    await sendEmail(mail('ann@example.org', 'Third'), { now: new Date('2027-01-01T12:00:00Z'), smtpUrl: null });
    expect((await listMailboxMessages({})).map((m) => m.subject)).toEqual(['Third', 'Second', 'First']);
    expect((await listMailboxMessages({ to: ' ANN@example.org ' })).map((m) => m.subject)).toEqual(['Third', 'First']);
    const [newest] = await listMailboxMessages({});
    expect((await getMailboxMessage(newest.id))?.html).toContain('Sign in');
    expect(await getMailboxMessage(-1)).toBeNull();
  });

  it('does not exist while SMTP_URL is set', async () => {
    (globalThis as WithConfig)[configKey] = parseConfig({ ...process.env, SMTP_URL: 'smtp://mail.example.org:587' });
    await expect(MailboxPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    await expect(MailboxMessagePage({ params: Promise.resolve({ id: '1' }) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
