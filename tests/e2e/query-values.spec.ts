// Crafted values in page URLs (ids past the integer range, impossible dates, NUL bytes) get the page's own answer, a
// 404 or the page with its message, never a 500: each is checked to PostgreSQL's rules before it reaches a query.
import { expect, test } from '@playwright/test';
import { ADMIN_EMAIL, signInThroughMailbox } from './reader-steps';

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test('staff pages and reader pages answer crafted query values without a server error', async ({ page }) => {
  await signInThroughMailbox(page, ADMIN_EMAIL, '/admin');
  const expected: [string, number][] = [
    ['/admin/audit?before=1e20', 200],
    ['/admin/audit?before=99999999999', 200],
    ['/admin/appeal/tests/99999999999', 404],
    ['/admin/appeal/tests/1e20', 404],
    ['/admin/appeal/tests/99999999999/report', 404],
    [`/admin/supporters?cursor=${cursor(['2026-02-30', 1])}`, 200],
    [`/admin/supporters?cursor=${cursor(['1 1', 1])}`, 200],
    [`/admin/supporters?cursor=${cursor(['2026-01-01T00:00:00.000Z', 1e20])}`, 200],
    [`/admin/supporters?sort=email&cursor=${cursor(['a\u0000', 1])}`, 200],
    ['/admin/supporters?q=a%00b', 200],
    ['/admin?range=custom&from=9998-01-01&to=9999-12-31', 200],
    ['/admin/staff?saved=a%00b', 200],
    ['/articles/river-bridge%00', 404],
    ['/dev/mailbox?to=a%00b', 200],
    ['/support/thank-you?session_id=cs_test_%00aaaaaaaaaa', 404],
  ];
  for (const [path, status] of expected) {
    const response = await page.goto(path);
    expect(`${path} ${response?.status()}`).toBe(`${path} ${status}`);
  }
  await page.goto(`/admin/supporters?cursor=${cursor(['1 1', 1])}`);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That page link is not valid: go back to the first page.');
});
