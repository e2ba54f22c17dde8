// Every redirect, `return`, `source` and `callbackUrl` goes through one rule: a corpus of known open-redirect bypasses,
// fed to the rule and to each route that sends a browser back, lands on the site every time.
import { beforeEach, describe, expect, it } from 'vitest';
import { rateLimits, reminders, newsletterSubscribers, emailOutbox } from '@/db/schema';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { handleNewsletterSignup } from '@/lib/newsletter/handle-newsletter-signup';
import { handleReminderSignup } from '@/lib/reminders/handle-reminder-signup';
import { POST as deferPost } from '@/app/(reader)/[locale]/support/defer/route';
import { CALLBACK_LOOPS, DEFAULT_CALLBACK_PATH } from '@/lib/auth/callback-path';
import { formPost } from '../helpers/form-post';
import { emptyTables, useTestDatabase } from '../helpers/test-database';

const APP = 'http://localhost:3000';

export const BYPASSES = [
  '//evil.example', '//evil.example/login', '///evil.example', '/\\evil.example', '\\\\evil.example', '/.//evil.example/login',
  '/./\\evil.example', '/..//evil.example', '/%2F%2Fevil.example', '/%2f/evil.example', '/%5Cevil.example', '/\t/evil.example',
  '/\n/evil.example', ' //evil.example', '\t//evil.example', 'https:evil.example', 'http:evil.example', 'https://evil.example/',
  'HTTPS://evil.example', 'http://localhost:3000@evil.example/', 'http://evil.example\\@localhost:3000/', 'javascript:alert(1)',
  'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/%0d%0aSet-Cookie:x=1', '/a\r\nLocation: //evil.example',
  '/%E5%98%8A%E5%98%8Dx', 'evil.example', '?next=//evil.example', '#//evil.example', '/\u0000//evil.example', '/ //evil.example',
  'http://localhost:3001/', 'https://localhost:3000/', '/' + 'a'.repeat(3000),
];

// Where a browser would go for a Location header, as a browser resolves it.
const landsOnSite = (location: string) => new URL(location, APP).origin === APP;

describe('the one return-path rule', () => {
  it('keeps paths and same-origin URLs of ours', () => {
    expect(safeReturnPath('/articles/a-story?x=1#support', { appUrl: APP })).toBe('/articles/a-story?x=1#support');
    expect(safeReturnPath(`${APP}/admin`, { appUrl: APP })).toBe('/admin');
  });

  it.each(BYPASSES.map((v) => [v.slice(0, 60), v]))('lands on the site for %j', (_name, value) => {
    const path = safeReturnPath(value, { appUrl: APP, fallback: '/fallback' });
    expect(path.startsWith('/')).toBe(true);
    expect(path).not.toMatch(/^\/[/\\]/);
    expect(path).not.toMatch(/[\r\n\t\u0000]/);
    expect(landsOnSite(path)).toBe(true);
  });

  it('keeps a callbackUrl off the sign-in pages (they would loop)', () => {
    for (const loop of ['/signin?callbackUrl=/admin', '/api/auth/signout', '/signout']) {
      expect(safeReturnPath(loop, { appUrl: APP, fallback: DEFAULT_CALLBACK_PATH, avoid: CALLBACK_LOOPS })).toBe(DEFAULT_CALLBACK_PATH);
    }
  });
});

describe('routes that send a browser back', () => {
  useTestDatabase();
  beforeEach(async () => {
    await emptyTables(rateLimits, reminders, newsletterSubscribers, emailOutbox);
  });
  let ip = 0;
  const post = (path: string, fields: Record<string, string>) => formPost(`${APP}${path}`, fields, { json: false, ip: `10.44.${Math.floor(ip / 250)}.${(ip++ % 250) + 1}` });

  it.each(BYPASSES.map((v) => [v.slice(0, 60), v]))('newsletter source, reminder return and defer return %j: every Location is on the site', async (_name, value) => {
    const answers = [
      await handleNewsletterSignup(post('/newsletter/subscribe', { email: 'not-an-address', source: value })),
      await handleReminderSignup(post('/support/reminder', { email: 'nope', month: '2027-03', frequency: 'monthly', return: value })),
      await deferPost(post('/support/defer', { return: value })),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(303);
      expect(landsOnSite(answer.headers.get('location')!)).toBe(true);
      expect(answer.headers.get('location')).not.toMatch(/^\/[/\\]/);
    }
  });
});
