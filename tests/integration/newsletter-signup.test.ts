// The newsletter's double opt-in: the same answer for new and known addresses, confirm (a button on the link's page) and
// unsubscribe links, bad input refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { emailOutbox, newsletterSubscribers, rateLimits } from '@/db/schema';
import { handleNewsletterSignup } from '@/lib/newsletter/handle-newsletter-signup';
import { signToken } from '@/lib/email/signed-token';
import { CONFIRM_PURPOSE } from '@/lib/newsletter/newsletter-links';
import { GET as confirmGet, POST as confirmPost } from '@/app/(reader)/[locale]/newsletter/confirm/route';
import { GET as unsubscribeGet, POST as unsubscribePost } from '@/app/(reader)/[locale]/newsletter/unsubscribe/route';
import { formPost } from '../helpers/form-post';
import { emptyTables, useTestDatabase } from '../helpers/test-database';

let ip = 0;
function signup(fields: Record<string, string>, options: { json?: boolean; ip?: string } = {}): Request {
  return formPost('http://localhost/newsletter/subscribe', fields, { json: Boolean(options.json), ip: options.ip ?? `10.1.0.${(ip += 1)}` });
}

function linkIn(text: string, path: string): string {
  const match = new RegExp(`http://localhost:3000${path}\\?token=[\\w.%-]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[0].replace('http://localhost:3000', 'http://localhost');
}

/** The confirm page's button: a same-origin POST to the emailed link. */
function pressConfirm(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return confirmPost(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000', ...headers }, body: '' }));
}

async function latestMailTo(email: string) {
  const mail = (await db.select().from(emailOutbox)).filter((m) => m.to === email);
  return mail.at(-1)!;
}

describe('newsletter signup', () => {
  useTestDatabase();
  beforeEach(async () => {
    await emptyTables(newsletterSubscribers, emailOutbox, rateLimits);
  });

  it('signs up as pending with consent time and page, confirms through the emailed link, unsubscribes through another', async () => {
    const response = await handleNewsletterSignup(signup({ email: 'New@Example.org', source: '/articles/the-story' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/newsletter/check-email');
    let [row] = await db.select().from(newsletterSubscribers);
    expect(row).toMatchObject({ email: 'new@example.org', status: 'pending', sourcePage: '/articles/the-story', confirmedAt: null });
    expect(row.consentAt).toBeInstanceOf(Date);

    const mail = await latestMailTo('new@example.org');
    expect(mail.subject).toContain('Confirm');
    expect(mail.html).toContain('The Millbrook Ledger');
    expect(mail.headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/newsletter\/unsubscribe\?token=/);
    const confirmUrl = linkIn(mail.text, '/newsletter/confirm');
    const asked = await confirmGet(new Request(confirmUrl));
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toMatch(/^\/newsletter\/confirm\/subscribe\?token=/);
    expect((await db.select().from(newsletterSubscribers))[0].status).toBe('pending');
    const confirmed = await pressConfirm(confirmUrl);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/newsletter/confirmed');
    [row] = await db.select().from(newsletterSubscribers);
    expect(row.status).toBe('confirmed');

    const unsubscribeUrl = linkIn(mail.text, '/newsletter/unsubscribe');
    const askedToLeave = await unsubscribeGet(new Request(unsubscribeUrl));
    expect(askedToLeave.status).toBe(303);
    expect(askedToLeave.headers.get('location')).toMatch(/^\/newsletter\/unsubscribe\/confirm\?token=/);
    expect((await db.select().from(newsletterSubscribers))[0].status).toBe('confirmed');
    const done = await unsubscribePost(new Request(unsubscribeUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' }, body: '' }));
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/newsletter/unsubscribed');
    [row] = await db.select().from(newsletterSubscribers);
    expect(row.status).toBe('unsubscribed');

    // The old confirmation link must not sign them up again, neither opened nor pressed.
    expect((await confirmGet(new Request(confirmUrl))).status).toBe(400);
    expect((await pressConfirm(confirmUrl)).status).toBe(400);
    expect((await db.select().from(newsletterSubscribers))[0].status).toBe('unsubscribed');
  });

  it('answers new and already-subscribed addresses identically, and a repeat signup changes nothing', async () => {
    await db.insert(newsletterSubscribers).values({ email: 'known@example.org', status: 'confirmed', sourcePage: '/first', consentAt: new Date('2026-01-01'), confirmedAt: new Date('2026-01-02') });
    const known = await handleNewsletterSignup(signup({ email: 'known@example.org', source: '/articles/b' }));
    const fresh = await handleNewsletterSignup(signup({ email: 'fresh@example.org', source: '/articles/b' }));
    expect([known.status, known.headers.get('location'), await known.text()]).toEqual([fresh.status, fresh.headers.get('location'), await fresh.text()]);
    const knownJson = await handleNewsletterSignup(signup({ email: 'known@example.org' }, { json: true }));
    const freshJson = await handleNewsletterSignup(signup({ email: 'other@example.org' }, { json: true }));
    expect([knownJson.status, await knownJson.json()]).toEqual([freshJson.status, await freshJson.json()]);

    const rows = await db.select().from(newsletterSubscribers);
    const row = rows.find((r) => r.email === 'known@example.org')!;
    expect(row).toMatchObject({ status: 'confirmed', sourcePage: '/first' });
    expect(rows.filter((r) => r.email === 'known@example.org')).toHaveLength(1);
    expect((await latestMailTo('known@example.org')).subject).toBe('You are subscribed to The Millbrook Ledger');
  });

  it('refuses a tampered, expired or foreign token with a 400 and changes nothing', async () => {
    await handleNewsletterSignup(signup({ email: 'tok@example.org' }));
    const mail = await latestMailTo('tok@example.org');
    const good = linkIn(mail.text, '/newsletter/confirm');
    const token = new URL(good).searchParams.get('token')!;
    const [body, mac] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ s: 'someone-else@example.org', x: 4102444800 })).toString('base64url');

    const cases = [
      `${body}.${mac.slice(0, -3)}abc`,
      `${forged}.${mac}`,
      'garbage',
      '',
      signToken({ purpose: CONFIRM_PURPOSE, subject: 'tok@example.org', expiresAt: new Date(Date.now() - 1000) }),
      // An unsubscribe token is not a confirmation token.
      new URL(linkIn(mail.text, '/newsletter/unsubscribe')).searchParams.get('token')!,
    ];
    for (const bad of cases) {
      const response = await confirmGet(new Request(`http://localhost/newsletter/confirm?token=${encodeURIComponent(bad)}`, { headers: { accept: 'application/json' } }));
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error: { message: string } };
      expect(json.error.message).toMatch(/expired|not valid/);
    }
    for (const bad of cases) expect((await pressConfirm(`http://localhost/newsletter/confirm?token=${encodeURIComponent(bad)}`)).status).toBe(400);
    const expired = await confirmGet(new Request(`http://localhost/newsletter/confirm?token=${cases[4]}`));
    expect(await expired.text()).toContain('expired');
    expect((await unsubscribePost(new Request('http://localhost/newsletter/unsubscribe?token=abc.def', { method: 'POST', headers: { origin: 'http://localhost:3000' } }))).status).toBe(400);
    expect((await db.select().from(newsletterSubscribers))[0].status).toBe('pending');
  });

  it('opening the confirmation link changes nothing (mail scanners fetch links): only the page\'s button confirms', async () => {
    await handleNewsletterSignup(signup({ email: 'scanned@example.org' }));
    const url = linkIn((await latestMailTo('scanned@example.org')).text, '/newsletter/confirm');
    const before = await db.select().from(newsletterSubscribers);
    for (let i = 0; i < 3; i += 1) {
      expect((await confirmGet(new Request(url))).status).toBe(303);
      expect((await confirmGet(new Request(url, { method: 'HEAD' }))).status).toBe(303);
    }
    expect(await db.select().from(newsletterSubscribers)).toEqual(before);
    expect(before[0]).toMatchObject({ status: 'pending', confirmedAt: null });
    // Another site cannot press the button, and a mail provider's one-click is for unsubscribing only.
    expect((await pressConfirm(url, { origin: 'https://evil.example' })).status).toBe(403);
    const oneClick = await confirmPost(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }));
    expect(oneClick.status).toBe(403);
    expect(await db.select().from(newsletterSubscribers)).toEqual(before);
    expect((await pressConfirm(url)).headers.get('location')).toBe('/newsletter/confirmed');
    expect((await db.select().from(newsletterSubscribers))[0].status).toBe('confirmed');
    // Pressing again (a double click) lands on the same page.
    expect((await pressConfirm(url)).headers.get('location')).toBe('/newsletter/confirmed');
  });

  it('unsubscribes with an RFC 8058 one-click POST', async () => {
    await db.insert(newsletterSubscribers).values({ email: 'one@example.org', status: 'confirmed', consentAt: new Date() });
    await handleNewsletterSignup(signup({ email: 'one@example.org' }));
    const url = (await latestMailTo('one@example.org')).headers['List-Unsubscribe'].slice(1, -1).replace('http://localhost:3000', 'http://localhost');
    const response = await unsubscribePost(new Request(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' }));
    expect(response.status).toBe(200);
    expect((await db.select().from(newsletterSubscribers))[0].status).toBe('unsubscribed');
  });

  const badInputs: [string, Record<string, string>][] = [
    ['no address', {}],
    ['an invalid address', { email: 'someone' }],
    ['a line break (header injection)', { email: 'a@example.org\nBcc: b@example.org' }],
    ['an oversized address', { email: `${'a'.repeat(260)}@example.org` }],
  ];
  for (const [what, fields] of badInputs) {
    it(`refuses ${what} with a 400 and writes nothing`, async () => {
      const response = await handleNewsletterSignup(signup(fields, { json: true }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe('email');
      expect(await db.select().from(newsletterSubscribers)).toHaveLength(0);
      expect(await db.select().from(emailOutbox)).toHaveLength(0);
    });
  }

  it('a plain form with a bad address goes back to the article with the message', async () => {
    const response = await handleNewsletterSignup(signup({ email: 'bad', source: '/articles/x' }));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, 'http://localhost');
    expect(location.pathname).toBe('/articles/x');
    expect(location.hash).toBe('#newsletter');
    expect(location.searchParams.get('form')).toBe('newsletter');
    expect(location.searchParams.get('error')).toBe('email_invalid');
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('marks the browser as a newsletter reader on a signup, for tests that target subscribers', async () => {
    const response = await handleNewsletterSignup(signup({ email: 'marked@example.org', source: '/articles/x' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('set-cookie')).toMatch(/^rr_newsletter=1; Path=\/; Max-Age=34560000; SameSite=Lax/);
  });

  it('limits signups per address and per client (429 with Retry-After)', async () => {
    const perAddress = [];
    for (let i = 0; i < 4; i += 1) perAddress.push(await handleNewsletterSignup(signup({ email: 'spam@example.org' }, { json: true })));
    expect(perAddress.map((r) => r.status)).toEqual([202, 202, 202, 429]);
    expect(Number(perAddress[3].headers.get('retry-after'))).toBeGreaterThan(0);
    const perClient = [];
    for (let i = 0; i < 11; i += 1) perClient.push(await handleNewsletterSignup(signup({ email: `c${i}@example.org` }, { json: true, ip: '198.51.100.9' })));
    expect(perClient.at(-1)!.status).toBe(429);
    expect(perClient.slice(0, 10).every((r) => r.status === 202)).toBe(true);
  });
});
