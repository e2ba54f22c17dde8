// The campaign routes as staff and readers reach them: the settings form checked again on the server (role, origin,
// rules, a colleague's newer save), and the checkout held to the published appeal, or to the variant the form names.
import { launcherHeaders } from '@/lib/http/client-ip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appealDraft, appealTests, auditLog, checkoutSessions } from '@/db/schema';
import { seedContent } from '@/db/seed/seed-content';
import * as settingsRoute from '@/app/(staff)/admin/appeal/settings/route';
import { configToFormFields } from '@/lib/campaigns/appeal-form';
import { DEFAULT_APPEAL_CONFIG } from '@/lib/campaigns/default-appeal-config';
import { forgetPublishedAppeal, getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { offerOf, variantConfig } from '@/lib/campaigns/variant-config';
import { startCheckout } from '@/lib/support/start-checkout';
import { useTestDatabase } from '../helpers/test-database';
import { startTestStripe, type TestStripe } from '../helpers/stripe-checkout';
import { createSignedInUser, requestAs } from './admin-session-helper';
import { euroAmountsTest } from './campaign-fixtures';

const ORIGIN = 'http://localhost:3000';

function settingsPost(cookie: string | null, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return requestAs(cookie, '/admin/appeal/settings', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: ORIGIN, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

describe('campaign routes', () => {
  const database = useTestDatabase();
  let staff: string;
  let reader: string;
  let t: TestStripe;
  const form = (changes: Record<string, string> = {}) => ({ ...configToFormFields(DEFAULT_APPEAL_CONFIG), revision: '0', ...changes });

  beforeAll(async () => {
    process.env.APP_URL = ORIGIN;
    t = await startTestStripe();
    await seedContent(database().db);
    staff = (await createSignedInUser({ email: 'editor@example.org', role: 'staff' })).cookie;
    reader = (await createSignedInUser({ email: 'reader@example.org', role: 'reader' })).cookie;
  });
  afterAll(async () => {
    await t.emulator.close();
  });

  it('refuses anonymous visitors, readers and other sites, writing nothing', async () => {
    expect((await settingsRoute.POST(settingsPost(null, form()))).status).toBe(401);
    expect((await settingsRoute.POST(settingsPost(reader, form()))).status).toBe(403);
    expect((await settingsRoute.POST(settingsPost(staff, form(), { origin: 'https://evil.example' }))).status).toBe(403);
    expect(await database().db.select().from(appealDraft)).toEqual([]);
  });

  it('checks the form with the editor’s rules again, answering 400 on the field and writing nothing', async () => {
    const response = await settingsRoute.POST(settingsPost(staff, form({ heading: 'Give <b>now</b>', 'eur-monthly-default': '9' })));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toEqual({ field: 'heading', message: expect.stringMatching(/plain text/) });
    expect(body.errors['eur-monthly-default']).toMatch(/default must be one of the presets/);
    expect(await database().db.select().from(appealDraft)).toEqual([]);
    // A plain browser goes back to the page with a code, never the message itself.
    const plain = await settingsRoute.POST(settingsPost(staff, form({ heading: 'Give <b>now</b>' }), { accept: 'text/html' }));
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toBe('/admin/appeal?error=appeal_settings_invalid&field=heading');
  });

  it('saves the draft, refuses a save from an older revision with 409, and publishes with an audit entry', async () => {
    const saved = await settingsRoute.POST(settingsPost(staff, form({ heading: 'Draft one' })));
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ revision: 1, location: '/admin/appeal?saved=1' });
    const stale = await settingsRoute.POST(settingsPost(staff, form({ heading: 'Stale' })));
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.message).toMatch(/^editor@example\.org saved the appeal .* nothing of yours was saved/);
    const published = await settingsRoute.POST(settingsPost(staff, form({ heading: 'Published one', revision: '1', intent: 'publish', 'eur-monthly-min': '3', 'eur-monthly-presets': '3, 6, 9', 'eur-monthly-default': '6' })));
    expect(published.status).toBe(200);
    expect((await published.json()).location).toMatch(/^\/admin\/appeal\?published=\d+$/);
    const [entry] = await database().db.select().from(auditLog).where(eq(auditLog.action, 'appeal:publish'));
    expect(entry.actorEmail).toBe('editor@example.org');
    expect((await getPublishedAppeal()).config.heading).toBe('Published one');
  });

  it('holds a checkout to the published amounts, and to a live variant’s only when the form names it', async () => {
    const { db } = database();
    const variantTest = euroAmountsTest({ name: 'Lower minimum', variantName: 'Low', monthly: { presets: [150, 300, 600], default: 300, min: 150 } });
    const [row] = await db.insert(appealTests).values({ definition: variantTest, status: 'live', createdBy: 'e@example.org', updatedBy: 'e@example.org' }).returning();
    forgetPublishedAppeal();
    const start = (fields: Record<string, string>) =>
      startCheckout(
        new Request(`${ORIGIN}/support/checkout`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', origin: ORIGIN, ...launcherHeaders('10.9.9.9') },
          body: new URLSearchParams(fields).toString(),
        }),
        { stripe: () => t.stripe, database: db, appUrl: ORIGIN, publicationName: 'The Ledger', offerFor: async (posted) => offerOf(variantConfig(await getPublishedAppeal(), posted)) },
      );
    const base = { frequency: 'monthly', currency: 'eur', placement: 'article-end', article: 'river-bridge-repairs-delayed' };

    const below = await start({ ...base, amount: '2.50' });
    expect(below.status).toBe(400);
    expect((await below.json()).error).toEqual({ field: 'amount', message: 'Monthly support starts at €3. Enter €3 or more.' });
    expect((await start({ ...base, amount: '3', nonce: 'nonce-min-0001' })).status).toBe(303);

    const variant = await start({ ...base, amount: '1.50', test: String(row.id), variant: 'low', utm_source: 'Newsletter', ref: 'social.example', nonce: 'nonce-low-0001' });
    expect(variant.status).toBe(303);
    const sessionId = variant.headers.get('location')!.split('/').pop()!;
    const session = await t.stripe.checkout.sessions.retrieve(sessionId);
    expect(session.metadata).toMatchObject({ appeal_test: String(row.id), appeal_variant: 'low', utm_source: 'newsletter', referrer: 'social.example' });
    const [started] = await db.select().from(checkoutSessions).where(eq(checkoutSessions.stripeCheckoutSessionId, sessionId));
    expect(started).toMatchObject({ amount: 150, appealTestId: row.id, appealVariant: 'low', utmSource: 'newsletter', referrerHost: 'social.example' });
    // The control of the same test, or a made-up variant, is held to the published minimum.
    expect((await start({ ...base, amount: '1.50', test: String(row.id), variant: 'control' })).status).toBe(400);
    expect((await start({ ...base, amount: '1.50', test: String(row.id), variant: 'nope' })).status).toBe(400);
  });
});
