// The local mailbox: newest first, filtered by recipient, and gone (404) as soon as SMTP_URL is set.
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { parseConfig } from '@/lib/config';
import { sendEmail } from '@/lib/email/send-email';
import { getMailboxMessage, listMailboxMessages } from '@/lib/email/list-mailbox-messages';
import MailboxPage from '@/app/(staff)/dev/mailbox/page';
import MailboxMessagePage from '@/app/(staff)/dev/mailbox/[id]/page';
import { CLIENT_IP_HEADER, launcherHeaders } from '@/lib/http/client-ip';
import { canReadLocalMailbox } from '@/lib/http/local-mailbox-access';
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

  it('does not exist on a public APP_URL, even for a client on this machine', async () => {
    const config = parseConfig({ ...process.env, APP_URL: 'https://news.example.org' });
    (globalThis as WithConfig)[configKey] = config;
    expect(await canReadLocalMailbox(async () => new Headers(launcherHeaders('127.0.0.1')), config)).toBe(false);
    await expect(MailboxPage({ searchParams: Promise.resolve({}) })).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });

  it('answers only a client on this machine, as the launcher saw its socket', async () => {
    const config = parseConfig({ ...process.env, APP_URL: 'http://localhost:3000', SMTP_URL: '' });
    const read = (headers: Record<string, string>) => canReadLocalMailbox(async () => new Headers(headers), config);
    expect(await read(launcherHeaders('127.0.0.1'))).toBe(true);
    expect(await read(launcherHeaders('::1'))).toBe(true);
    expect(await read(launcherHeaders('203.0.113.9'))).toBe(false);
    expect(await read(launcherHeaders('10.1.2.3'))).toBe(false);
    // A client's own claim to be local, without the launcher's proof, is not believed.
    expect(await read({ [CLIENT_IP_HEADER]: '127.0.0.1' })).toBe(false);
    expect(await read({ [CLIENT_IP_HEADER]: '127.0.0.1', 'x-client-ip-proof': 'guess' })).toBe(false);
  });
});
