// Email building blocks: back-off, signed link tokens, address parsing, the layout and message checks.
import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '@/lib/email/retry-delay';
import { signToken, verifyToken } from '@/lib/email/signed-token';
import { parseEmailAddress } from '@/lib/email/parse-email-address';
import { renderEmail } from '@/lib/email/render-email';
import { validateOutgoingEmail } from '@/lib/email/outgoing-email';
import { extractHtmlBody } from '@/lib/email/extract-html-body';

const now = new Date('2027-01-01T00:00:00Z');

describe('email', () => {
  it('backs off exponentially, capped at six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(20)).toBe(6 * 3_600_000);
  });

  it('signs tokens per purpose and detects tampering and expiry', () => {
    const token = signToken({ purpose: 'p', subject: 'a@example.org', expiresAt: new Date(now.getTime() + 1000) });
    expect(verifyToken({ token, purpose: 'p', now })).toEqual({ ok: true, subject: 'a@example.org' });
    expect(verifyToken({ token, purpose: 'other', now })).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken({ token: `${token}x`, purpose: 'p', now })).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken({ token, purpose: 'p', now: new Date(now.getTime() + 2000) })).toEqual({ ok: false, reason: 'expired' });
    const forever = signToken({ purpose: 'p', subject: 's' });
    expect(verifyToken({ token: forever, purpose: 'p', now: new Date('2100-01-01') }).ok).toBe(true);
  });

  it('parses reader-typed addresses', () => {
    expect(parseEmailAddress(' Ann@Example.ORG ')).toEqual({ ok: true, email: 'ann@example.org' });
    for (const bad of ['', 'ann', 'ann@', 'a@b@c.org', 'a@example.org\nBcc: x@y.org', `${'a'.repeat(250)}@example.org`, undefined]) {
      expect(parseEmailAddress(bad).ok).toBe(false);
    }
  });

  it('renders matching text and HTML parts with the name and an escaped footer link', () => {
    const { text, html } = renderEmail({
      publicationName: 'The <Ledger>', heading: 'Hi', paragraphs: ['One & two'],
      action: { label: 'Go', url: 'https://x.example/a?b=1&c=2' }, footer: { text: 'Bye.', linkLabel: 'Unsubscribe', url: 'https://x.example/u' },
    });
    expect(text).toContain('The <Ledger>');
    expect(text).toContain('Go: https://x.example/a?b=1&c=2');
    expect(text).toContain('Unsubscribe: https://x.example/u');
    expect(html).toContain('The &lt;Ledger&gt;');
    expect(html).toContain('href="https://x.example/a?b=1&amp;c=2"');
    expect(html).toContain('<a href="https://x.example/u"');
    expect(extractHtmlBody(html)).not.toContain('<title>');
  });

  it('refuses messages that could inject headers', () => {
    const ok = { to: 'a@example.org', subject: 'S', text: 't', html: 'h', dedupeKey: 'k' };
    expect(() => validateOutgoingEmail(ok)).not.toThrow();
    expect(() => validateOutgoingEmail({ ...ok, subject: 'S\r\nBcc: b@example.org' })).toThrow(/line breaks/);
    expect(() => validateOutgoingEmail({ ...ok, headers: { 'Bad Name': 'x' } })).toThrow();
    expect(() => validateOutgoingEmail({ ...ok, to: 'nobody' })).toThrow();
  });
});
