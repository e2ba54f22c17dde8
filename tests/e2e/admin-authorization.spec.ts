// Every /admin page, found on disk, as anonymous, reader, staff and admin: the role is checked on the server for each.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN_EMAIL, signInThroughMailbox, uniqueEmail } from './reader-steps';

// app/admin/supporters/[id]/page.tsx → /admin/supporters/1 (a 404 there still means the role check let the visitor in).
// The catch-all ([...rest]) is the staff area's "Page not found", not a page of its own.
const pages = fs.readdirSync(path.resolve('app/(staff)/admin'), { recursive: true }).map(String)
  .filter((file) => file.endsWith('page.tsx') && !file.includes('[...'))
  .map((file) => `/admin/${path.dirname(file)}`.replace(/\/\.$/, '').replace(/\[[^\]]+\]/g, '1'))
  .sort();
const adminOnly = ['/admin/audit', '/admin/staff'];

async function signedIn(browser: Browser, email: string, role: 'reader' | 'staff' | 'admin', admin?: Page): Promise<Page> {
  if (role === 'staff' && admin) {
    await admin.goto('/admin/staff');
    await admin.getByRole('textbox', { name: 'Email' }).fill(email);
    await admin.getByRole('combobox', { name: 'Access' }).selectOption('staff');
    await admin.getByRole('button', { name: 'Save access' }).click();
    await expect(admin.getByRole('status')).toContainText(email);
  }
  const page = await (await browser.newContext()).newPage();
  await signInThroughMailbox(page, email);
  return page;
}

test('every staff page redirects anonymous visitors, refuses readers, and lets staff (and admins) in', async ({ browser, page: anonymous }) => {
  expect(pages).toEqual(['/admin', '/admin/appeal', '/admin/appeal/preview', '/admin/appeal/tests', '/admin/appeal/tests/1', '/admin/appeal/versions', '/admin/audit', '/admin/exports', '/admin/staff', '/admin/supporters', '/admin/supporters/1']);
  const admin = await signedIn(browser, ADMIN_EMAIL, 'admin');
  const staff = await signedIn(browser, uniqueEmail('desk'), 'staff', admin);
  const reader = await signedIn(browser, uniqueEmail('reader'), 'reader');

  for (const path of pages) {
    const dynamic = path.endsWith('/1');
    const allowed = (status: number | undefined) => (dynamic ? [200, 404] : [200]).includes(status ?? 0);

    const anon = await anonymous.goto(path);
    expect(anon?.status(), `${path} as anonymous`).toBe(200);
    expect(new URL(anonymous.url()).pathname, `${path} as anonymous`).toBe('/signin');
    expect(new URL(anonymous.url()).searchParams.get('callbackUrl'), `${path} as anonymous`).toContain(path);

    expect((await reader.goto(path))?.status(), `${path} as reader`).toBe(403);
    const staffStatus = (await staff.goto(path))?.status();
    if (adminOnly.includes(path)) expect(staffStatus, `${path} as staff`).toBe(403);
    else expect(allowed(staffStatus), `${path} as staff (${staffStatus})`).toBe(true);
    expect(allowed((await admin.goto(path))?.status()), `${path} as admin`).toBe(true);
  }

  // The staff API too: readers 403, anonymous 401, staff changes only by admins.
  expect((await anonymous.request.get('/api/admin/supporters')).status()).toBe(401);
  expect((await reader.request.get('/api/admin/supporters')).status()).toBe(403);
  expect((await staff.request.get('/api/admin/supporters')).status()).toBe(200);
  const origin = new URL(staff.url()).origin;
  expect((await staff.request.post('/api/admin/staff', { form: { email: 'x@example.org', role: 'admin' }, headers: { origin, accept: 'application/json' } })).status()).toBe(403);
});
