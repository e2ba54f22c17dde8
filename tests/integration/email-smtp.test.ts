// lib/email against a real SMTP server: both parts and headers arrive, failures are retried with back-off, nothing is sent twice.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import type { OutgoingEmail } from '@/lib/email/outgoing-email';
import { sendEmail } from '@/lib/email/send-email';
import { deliverDueEmails } from '@/lib/email/deliver-due-emails';
import { closeSmtpTransports } from '@/lib/email/get-smtp-transport';
import { useTestDatabase } from '../helpers/test-database';
import { startSmtpTestServer, type SmtpTestServer } from '../helpers/smtp-test-server';

let smtp: SmtpTestServer;
beforeAll(async () => { smtp = await startSmtpTestServer(); });
afterAll(async () => {
  closeSmtpTransports();
  await smtp.close();
});
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuseNext(0);
  await db.delete(emailOutbox);
});

const message = (key: string): OutgoingEmail => ({
  to: 'reader@example.org',
  subject: `Your reminder ${key}`,
  text: `Plain words for ${key}.\nCancel: http://localhost:3000/support/reminder/cancel?token=abc`,
  html: `<p>Rich words for <strong>${key}</strong>.</p><p><a href="http://localhost:3000/support/reminder/cancel?token=abc">Cancel</a></p>`,
  dedupeKey: key,
  headers: {
    'List-Unsubscribe': '<http://localhost:3000/support/reminder/cancel?token=abc>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
});

async function outboxRow(key: string) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.dedupeKey, key));
  return row;
}

describe('sendEmail through SMTP', () => {
  useTestDatabase();

  it('delivers a text and an HTML part with From, Subject and List-Unsubscribe', async () => {
    await sendEmail(message('first'), { smtpUrl: smtp.url });
    expect(smtp.received).toHaveLength(1);
    const got = smtp.received[0];
    expect(got.envelopeTo).toEqual(['reader@example.org']);
    expect(got.headers.from).toContain('The Millbrook Ledger');
    expect(got.headers.to).toBe('reader@example.org');
    expect(got.headers.subject).toBe('Your reminder first');
    expect(got.headers['list-unsubscribe']).toBe('<http://localhost:3000/support/reminder/cancel?token=abc>');
    expect(got.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(got.text).toContain('Plain words for first.');
    expect(got.html).toContain('<strong>first</strong>');
    expect((await outboxRow('first')).status).toBe('sent');
  });

  it('never queues or sends the same dedupeKey twice', async () => {
    await sendEmail(message('once'), { smtpUrl: smtp.url });
    await sendEmail(message('once'), { smtpUrl: smtp.url });
    await deliverDueEmails({ smtpUrl: smtp.url, now: new Date(Date.now() + 86_400_000) });
    expect(smtp.received).toHaveLength(1);
    expect(await db.select().from(emailOutbox)).toHaveLength(1);
  });

  it('keeps a refused message and retries it with back-off until it goes, exactly once', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    smtp.refuseNext(2);
    await sendEmail(message('retry'), { smtpUrl: smtp.url, now });
    let row = await outboxRow('retry');
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.lastError).toMatch(/451|Try again/);
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe(60_000);

    // Not yet due: nothing happens.
    expect(await deliverDueEmails({ smtpUrl: smtp.url, now: new Date(now.getTime() + 30_000) })).toEqual({ sent: 0, failed: 0 });
    // Second try fails too; the wait doubles.
    const second = new Date(now.getTime() + 60_000);
    expect(await deliverDueEmails({ smtpUrl: smtp.url, now: second })).toEqual({ sent: 0, failed: 1 });
    row = await outboxRow('retry');
    expect(row).toMatchObject({ status: 'pending', attempts: 2 });
    expect(row.nextAttemptAt.getTime() - second.getTime()).toBe(120_000);

    const third = new Date(second.getTime() + 120_000);
    expect(await deliverDueEmails({ smtpUrl: smtp.url, now: third })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueEmails({ smtpUrl: smtp.url, now: new Date(third.getTime() + 86_400_000) })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((m) => m.headers.subject)).toEqual(['Your reminder retry']);
    expect(await outboxRow('retry')).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('keeps a message when the SMTP server is down, and sends it once it is back', async () => {
    const now = new Date('2026-12-02T10:00:00Z');
    await sendEmail(message('down'), { smtpUrl: 'smtp://127.0.0.1:1', now });
    expect(await outboxRow('down')).toMatchObject({ status: 'pending', attempts: 1 });
    await deliverDueEmails({ smtpUrl: smtp.url, now: new Date(now.getTime() + 60_000) });
    expect(smtp.received).toHaveLength(1);
    expect((await outboxRow('down')).status).toBe('sent');
  });

  it('two runners at once deliver every due message exactly once', async () => {
    const now = new Date('2026-12-03T10:00:00Z');
    const rows = Array.from({ length: 40 }, (_, i) => ({
      dedupeKey: `bulk-${i}`, to: `r${i}@example.org`, subject: `Bulk ${i}`, text: 't', html: '<p>h</p>', nextAttemptAt: now,
    }));
    await db.insert(emailOutbox).values(rows);
    const results = await Promise.all([
      deliverDueEmails({ smtpUrl: smtp.url, now, limit: 100 }),
      deliverDueEmails({ smtpUrl: smtp.url, now, limit: 100 }),
      deliverDueEmails({ smtpUrl: smtp.url, now, limit: 100 }),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(40);
    const subjects = smtp.received.map((m) => m.headers.subject).sort();
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
  });

  it('refuses header injection and writes nothing', async () => {
    await expect(sendEmail({ ...message('inject'), subject: 'Hi\r\nBcc: victim@example.org' }, { smtpUrl: smtp.url })).rejects.toThrow(/line breaks/);
    await expect(sendEmail({ ...message('inject2'), to: 'a@example.org\r\nBcc: b@example.org' }, { smtpUrl: smtp.url })).rejects.toThrow();
    await expect(sendEmail({ ...message('inject3'), headers: { 'X-Evil': 'a\nb' } }, { smtpUrl: smtp.url })).rejects.toThrow();
    expect(await db.select().from(emailOutbox)).toHaveLength(0);
    expect(smtp.received).toHaveLength(0);
  });

  it('without SMTP the outbox is the mailbox: stored as delivered at once', async () => {
    await sendEmail(message('local'), { smtpUrl: null });
    expect(await outboxRow('local')).toMatchObject({ status: 'sent', attempts: 1 });
    expect(smtp.received).toHaveLength(0);
  });
});
