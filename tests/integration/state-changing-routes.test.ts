// Every state-changing route on disk (POST, PUT, PATCH, DELETE in app/**/route.ts, so a new one cannot be forgotten)
// is tried from another site, from no site and from a "null" origin, by a signed-in admin: each is refused with 403
// and no table changes. The Stripe webhook has no Origin; it is refused without Stripe's signature instead.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { seedContent } from '@/db/seed/seed-content';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser } from './admin-session-helper';
import { routeUrlPath } from '../helpers/route-url';

const APP = 'http://localhost:3000';
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Handler = (request: Request, context: unknown) => Promise<Response>;

const routeFiles = fs
  .readdirSync(path.resolve('app'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('route.ts'))
  .sort();

// What a browser on the page would post to any of them: enough fields that only the origin can be the reason to refuse.
const FIELDS = {
  email: 'someone@example.org', month: '2099-01', frequency: 'monthly', amount: '10', currency: 'usd', placement: 'article-end',
  return: '/support', source: '/', subscription: 'sub_x', newsletter: 'on', confirm: 'DELETE', role: 'admin', token: 'x', now: new Date().toISOString(),
};

const urlPath = routeUrlPath;

async function tableCounts(): Promise<Record<string, number>> {
  const tables = await db.execute<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) counts[name] = Number((await db.execute(sql.raw(`select count(*)::int as n from "${name}"`))).rows[0].n);
  return counts;
}

describe('state-changing routes refuse other sites', () => {
  useTestDatabase();
  let cookie = '';
  const routes: { file: string; method: string; handler: Handler }[] = [];

  beforeAll(async () => {
    process.env.E2E_TEST_HOOKS = '1'; // the test hook is tried too
    // The webhook route builds its Stripe client first (no call is made: it is refused before that).
    process.env.STRIPE_SECRET_KEY = 'sk_test_routes';
    process.env.STRIPE_API_URL = 'http://127.0.0.1:9'; // nothing listens: a checkout fails fast, offline
    process.env.STRIPE_WEBHOOK_SECRET ??= 'whsec_routes';
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('reader-revenue.config')];
    await seedContent(db);
    cookie = (await createSignedInUser({ email: 'admin@example.org', role: 'admin' })).cookie;
    for (const file of routeFiles) {
      const routeModule = (await import(/* @vite-ignore */ path.resolve('app', file))) as Record<string, unknown>;
      for (const method of METHODS) if (typeof routeModule[method] === 'function') routes.push({ file, method, handler: routeModule[method] as Handler });
    }
  });

  it('finds the routes on disk, the forms among them', () => {
    const found = routes.map((r) => `${r.method} ${urlPath(r.file)}`);
    for (const known of ['POST /support/checkout', 'POST /support/reminder', 'POST /newsletter/subscribe', 'POST /api/account/delete', 'POST /api/admin/staff', 'POST /api/stripe/webhook']) {
      expect(found).toContain(known);
    }
  });

  const attempts: [string, Record<string, string>][] = [
    ['another site', { origin: 'https://evil.example' }],
    ['another site, fetched cross-site', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }],
    ['no Origin at all', {}],
    ['no Origin, a same-site subdomain', { 'sec-fetch-site': 'same-site' }],
    ['a "null" origin', { origin: 'null' }],
    ['a "null" origin claiming same-origin', { origin: 'null', 'sec-fetch-site': 'same-origin' }],
    ['a look-alike origin', { origin: `${APP}.evil.example` }],
  ];

  for (const [what, headers] of attempts) {
    it(`refuses ${what} on every one, writing nothing`, async () => {
      const before = await tableCounts();
      for (const route of routes) {
        const webhook = route.file === path.join('api', 'stripe', 'webhook', 'route.ts');
        const request = new Request(`${APP}${urlPath(route.file)}?token=x`, {
          method: route.method,
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', cookie, ...headers },
          body: new URLSearchParams(FIELDS).toString(),
        });
        const response = await route.handler(request, { params: Promise.resolve({ nextauth: ['signin', 'email'], slug: 'x', id: '1' }) });
        expect(response.status, `${route.method} ${urlPath(route.file)}`).toBe(webhook ? 400 : 403);
      }
      expect(await tableCounts()).toEqual(before);
    });
  }

  it('lets the same forms through from the site itself (the refusal above is the origin, nothing else)', async () => {
    for (const route of routes) {
      if (route.file.includes('webhook') || route.file.includes('nextauth') || route.file.includes(path.join('account', 'delete'))) continue;
      const request = new Request(`${APP}${urlPath(route.file)}`, {
        method: route.method,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', cookie, origin: APP },
        body: new URLSearchParams(FIELDS).toString(),
      });
      const response = await route.handler(request, { params: Promise.resolve({}) });
      expect(response.status, `${route.method} ${urlPath(route.file)}`).not.toBe(403);
    }
  });
});
