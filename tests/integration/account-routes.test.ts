// The account routes as a browser and a script reach them: sign-in required, same-site forms, 404 for other readers' ids.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { POST as changePost } from '@/app/api/account/subscription/route';
import { POST as cancelPost } from '@/app/api/account/subscription/cancel/route';
import { POST as portalPost } from '@/app/api/account/portal/route';
import { POST as deletePost } from '@/app/api/account/delete/route';
import { POST as newsletterPost } from '@/app/api/account/newsletter/route';
import { GET as exportGet } from '@/app/api/account/export/route';
import { useTestDatabase } from '../helpers/test-database';
import { createReader, createUser, getSubscriptionRow, useAccountEmulator, type Reader } from './account-fixtures';

async function signIn(reader: Reader): Promise<string> {
  const token = crypto.randomUUID();
  await db.insert(sessions).values({ sessionToken: token, userId: reader.user.id, expires: new Date(Date.now() + 86_400_000) });
  return `next-auth.session-token=${token}`;
}

function form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost:3999${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', host: 'localhost:3999', origin: 'http://localhost:3999', ...headers },
    body: new URLSearchParams(fields),
  });
}

describe('account routes', () => {
  useTestDatabase();
  const stripeEnv = useAccountEmulator();

  it('sends a signed-out browser to sign in and answers a script 401', async () => {
    const browser = await changePost(form('/api/account/subscription', { subscription: 'sub_x', amount: '5', frequency: 'monthly' }));
    expect(browser.status).toBe(303);
    expect(browser.headers.get('location')).toBe('/signin?callbackUrl=%2Faccount');
    const script = await cancelPost(form('/api/account/subscription/cancel', { subscription: 'sub_x' }, { accept: 'application/json' }));
    expect(script.status).toBe(401);
    expect((await exportGet(new Request('http://localhost:3999/api/account/export'))).status).toBe(401);
  });

  it('changes support with a 303 back to the account and the message, or JSON', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'routes@example.org');
    const cookie = await signIn(reader);
    const browser = await changePost(form('/api/account/subscription', { subscription: reader.subscriptionId, amount: '20', frequency: 'monthly' }, { cookie }));
    expect(browser.status).toBe(303);
    // The notice travels as a code (and which support it is about); the account page words it from the support as stored.
    expect(browser.headers.get('location')).toBe(`/account?notice=support_changed_from&subscription=${reader.subscriptionId}`);
    const bad = await changePost(form('/api/account/subscription', { subscription: reader.subscriptionId, amount: '1', frequency: 'monthly' }, { cookie, accept: 'application/json' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { field: 'amount', message: expect.stringMatching(/starts at \$2/) } });
    const portal = await portalPost(form('/api/account/portal', {}, { cookie }));
    expect(portal.status).toBe(303);
    expect(portal.headers.get('location')).toMatch(/\/p\/session\/bps_/);
  });

  it('refuses a form posted from another site', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'csrf@example.org');
    const cookie = await signIn(reader);
    const response = await cancelPost(form('/api/account/subscription/cancel', { subscription: reader.subscriptionId }, { cookie, origin: 'https://evil.example' }));
    expect(response.status).toBe(403);
    expect((await stripe.subscriptions.retrieve(reader.subscriptionId)).cancel_at_period_end).toBe(false);
  });

  it('limits a reader to 30 actions in ten minutes, with Retry-After', async () => {
    const user = await createUser('busy@example.org');
    const cookie = await signIn({ user } as Reader);
    const post = () => newsletterPost(form('/api/account/newsletter', { newsletter: 'on' }, { cookie, accept: 'application/json' }));
    for (let i = 0; i < 30; i++) expect((await post()).status).toBe(200);
    const limited = await post();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 404 for another reader\'s subscription or customer, and changes nothing', async () => {
    const { stripe } = stripeEnv();
    const victim = await createReader(stripe, 'victim-routes@example.org');
    const intruder = await createReader(stripe, 'intruder-routes@example.org');
    const cookie = await signIn(intruder);
    const attempts = [
      () => changePost(form('/api/account/subscription', { subscription: victim.subscriptionId, amount: '50', frequency: 'annual' }, { cookie })),
      () => cancelPost(form('/api/account/subscription/cancel', { subscription: victim.subscriptionId }, { cookie })),
      () => portalPost(form('/api/account/portal', { customer: victim.customerId }, { cookie })),
      () => cancelPost(form('/api/account/subscription/cancel', { subscription: victim.subscriptionId }, { cookie, accept: 'application/json' })),
    ];
    for (const attempt of attempts) expect((await attempt()).status).toBe(404);
    const remote = await stripe.subscriptions.retrieve(victim.subscriptionId);
    expect(remote).toMatchObject({ cancel_at_period_end: false, status: 'active' });
    expect(remote.items.data[0].price.unit_amount).toBe(1000);
    expect(await getSubscriptionRow(victim.subscriptionId)).toMatchObject({ amount: 1000, cancelAtPeriodEnd: false });
  });

  it('exports as a JSON download and deletes the account, ending the browser session', async () => {
    const { stripe } = stripeEnv();
    const reader = await createReader(stripe, 'route-delete@example.org');
    const cookie = await signIn(reader);
    const exported = await exportGet(new Request('http://localhost:3999/api/account/export', { headers: { cookie } }));
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(await exported.json()).toMatchObject({ user: { email: 'route-delete@example.org' } });

    const refused = await deletePost(form('/api/account/delete', { confirm: '' }, { cookie }));
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toMatch(/field=confirm/);
    const deleted = await deletePost(form('/api/account/delete', { confirm: 'DELETE' }, { cookie }));
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/account/deleted');
    expect(deleted.headers.get('set-cookie')).toMatch(/^next-auth\.session-token=; Path=\/; Max-Age=0/);
    expect(await db.select().from(users).where(eq(users.id, reader.user.id))).toHaveLength(0);
    // The old cookie no longer signs anyone in.
    expect((await exportGet(new Request('http://localhost:3999/api/account/export', { headers: { cookie } }))).status).toBe(401);
  });
});
