// Bodies are refused with 413 as they stream, before they are buffered: a chunked body with no Content-Length, far
// larger than the limit, is read no further than the limit (plus the chunk that crossed it) by every state-changing
// route, the Stripe webhook included, and nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { MAX_WEBHOOK_BYTES } from '@/lib/stripe/handle-stripe-webhook';
import { MAX_BEACON_BYTES } from '@/lib/funnel/parse-appeal-events';
import { MAX_FORM_BYTES } from '@/lib/http/read-form';
import { routeUrlPath } from '../helpers/route-url';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser } from './admin-session-helper';

const APP = 'http://localhost:3000';
const CHUNK = 64 * 1024;
const STAFF_EDITOR_BYTES = 64 * 1024;
const OFFERED = 512 * 1024 * 1024; // what the client would send if the server kept reading

/** A body that would go on for half a gigabyte, counting what the server actually pulls from it. */
function endlessBody() {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= OFFERED) return controller.close();
      pulled += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}

function post(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}): Request {
  return new Request(`${APP}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP, accept: 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

async function totalRows(): Promise<number> {
  const tables = await db.execute<{ name: string }>(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  let total = 0;
  for (const { name } of tables.rows) total += Number((await db.execute(sql.raw(`select count(*)::int as n from "${name}"`))).rows[0].n);
  return total;
}

describe('body limits, as the body streams', () => {
  useTestDatabase();
  let cookie = '';
  const routes: { url: string; handler: (request: Request, context: unknown) => Promise<Response> }[] = [];

  beforeAll(async () => {
    process.env.E2E_TEST_HOOKS = '1';
    // The webhook route builds its Stripe client first (no call is made: it is refused before that).
    process.env.STRIPE_SECRET_KEY = 'sk_test_routes';
    process.env.STRIPE_API_URL = 'http://127.0.0.1:9'; // nothing listens: a checkout fails fast, offline
    process.env.STRIPE_WEBHOOK_SECRET ??= 'whsec_routes';
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('reader-revenue.config')];
    cookie = (await createSignedInUser({ email: 'admin@example.org', role: 'admin' })).cookie;
    const files = fs.readdirSync(path.resolve('app'), { recursive: true }).map(String).filter((f) => f.endsWith('route.ts'));
    for (const file of files) {
      const routeModule = (await import(/* @vite-ignore */ path.resolve('app', file))) as Record<string, unknown>;
      const url = routeUrlPath(file);
      if (typeof routeModule.POST === 'function') routes.push({ url, handler: routeModule.POST as (request: Request, context: unknown) => Promise<Response> });
    }
  });

  it('every POST route answers a chunked half-gigabyte with 413 after reading at most its limit', async () => {
    expect(routes.length).toBeGreaterThan(10);
    const before = await totalRows();
    for (const route of routes) {
      const body = endlessBody();
      const extra: Record<string, string> = route.url === '/api/stripe/webhook' ? { 'stripe-signature': 't=1,v1=00' } : {};
      const response = await route.handler(post(route.url, body.stream, { cookie, ...extra }), { params: Promise.resolve({ nextauth: ['signin', 'email'] }) });
      expect(response.status, route.url).toBe(413);
      // No form takes more than the staff editors' 64 KiB (most take 8 KiB, the beacon 4 KiB).
      const limit = route.url === '/api/stripe/webhook' ? MAX_WEBHOOK_BYTES : route.url === '/api/appeal-events' ? MAX_BEACON_BYTES : STAFF_EDITOR_BYTES;
      expect(body.pulled(), route.url).toBeLessThanOrEqual(limit + 2 * CHUNK);
      if (route.url === '/newsletter/subscribe') expect(body.pulled()).toBeLessThanOrEqual(MAX_FORM_BYTES + 2 * CHUNK);
    }
    expect(await totalRows()).toBe(before);
  });

  it('a declared Content-Length over the limit is refused before a byte is read', async () => {
    const form = routes.find((r) => r.url === '/newsletter/subscribe')!;
    const body = endlessBody();
    const response = await form.handler(post(form.url, body.stream, { 'content-length': String(OFFERED) }), {});
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { field: null, message: 'The form was too large to accept.' } });
    expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it('the webhook refuses an oversized event before checking its signature', async () => {
    const webhook = routes.find((r) => r.url === '/api/stripe/webhook')!;
    const body = endlessBody();
    const response = await webhook.handler(post(webhook.url, body.stream, { 'stripe-signature': 't=1,v1=00' }), {});
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(MAX_WEBHOOK_BYTES + 2 * CHUNK);
  });
});
