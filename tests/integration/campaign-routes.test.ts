// The settings form's route as staff and others reach it: checked again on the server (role, origin, rules, a
// colleague's newer save), and published with an audit entry.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { appealDraft, auditLog } from '@/db/schema';
import { seedContent } from '@/db/seed/seed-content';
import * as settingsRoute from '@/app/admin/appeal/settings/route';
import { configToFormFields } from '@/lib/campaigns/appeal-form';
import { DEFAULT_APPEAL_CONFIG } from '@/lib/campaigns/default-appeal-config';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { useTestDatabase } from '../helpers/test-database';
import { createSignedInUser, requestAs } from './admin-session-helper';

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
  const form = (changes: Record<string, string> = {}) => ({ ...configToFormFields(DEFAULT_APPEAL_CONFIG), revision: '0', ...changes });

  beforeAll(async () => {
    process.env.APP_URL = ORIGIN;
    await seedContent(database().db);
    staff = (await createSignedInUser({ email: 'editor@example.org', role: 'staff' })).cookie;
    reader = (await createSignedInUser({ email: 'reader@example.org', role: 'reader' })).cookie;
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
});
