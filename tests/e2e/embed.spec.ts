// The appeal on a newsroom's own site through /embed.js: the same accessible appeal on a page from another origin,
// the same deferral (kept in that site's own cookies), and Checkout back to the page it came from.
import http from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { E2E_EMBED_HOST_PORT } from '../../playwright.config';
import { EMULATOR, flushWebhooks, ORIGIN, payOnStripe, uniqueEmail } from './reader-steps';

const HOST_ORIGIN = `http://127.0.0.1:${E2E_EMBED_HOST_PORT}`;

const hostPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The Valley Gazette: a story</title></head>
<body>
<main>
  <h1>A story on the newsroom's own site</h1>
  <p>${'The newsroom keeps its own content system. '.repeat(40)}</p>
  <script src="${ORIGIN}/embed.js" data-placement="article-end" async></script>
  <p>After the appeal.</p>
</main>
</body>
</html>`;

let server: http.Server;

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(hostPage);
  });
  await new Promise<void>((resolve) => server.listen(E2E_EMBED_HOST_PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the embed draws the appeal on another site with its accessible names, and no serious axe violation there', async ({ page, request }) => {
  const script = await request.get('/embed.js');
  expect(script.headers()['cache-control']).toMatch(/^public, /);
  expect(script.headers()['content-type']).toContain('javascript');
  await page.goto(`${HOST_ORIGIN}/a-story`);
  const appeal = page.getByRole('region', { name: /help keep .* free to read/ });
  await expect(appeal).toBeVisible();
  await expect(appeal.getByRole('radiogroup', { name: 'Frequency' }).getByRole('radio', { name: 'Monthly' })).toBeChecked();
  await expect(appeal.getByRole('radiogroup', { name: 'Amount' }).getByRole('radio', { name: '$10', exact: true })).toBeChecked();
  await expect(appeal.getByRole('textbox', { name: 'Other amount' })).toBeVisible();
  await expect(appeal.getByRole('list', { name: 'Accepted payment methods' }).getByRole('img', { name: 'Visa' })).toBeVisible();
  await expect(appeal.getByRole('button', { name: 'Continue' })).toBeVisible();
  // It sits where the tag stands, before the text that follows it.
  const appealTop = (await appeal.boundingBox())!.y;
  const afterTop = (await page.getByText('After the appeal.').boundingBox())!.y;
  expect(appealTop).toBeLessThan(afterTop);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('Remind me later on the embed is kept by that site\'s own cookie, and the appeal stays away on its next page', async ({ page, context }) => {
  await page.goto(`${HOST_ORIGIN}/a-story`);
  await page.getByRole('button', { name: 'Remind me later' }).click();
  await expect(page.getByText(/Thanks for reading The Millbrook Ledger/)).toBeVisible();
  const cookies = await context.cookies(HOST_ORIGIN);
  expect(cookies.find((c) => c.name === 'rr_appeal_deferred')).toBeTruthy();
  await page.goto(`${HOST_ORIGIN}/another-story`);
  await expect(page.getByText(/Thanks for reading The Millbrook Ledger/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
});

test('a reader gives through the embed and Stripe Checkout brings them back to the page they came from', async ({ page }) => {
  await page.goto(`${HOST_ORIGIN}/a-story?utm_source=gazette`);
  await page.getByRole('radio', { name: '$20', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email: uniqueEmail('embed'), button: 'Subscribe' });
  await expect(page).toHaveURL(new RegExp(`^${HOST_ORIGIN.replace(/[.]/g, '\\.')}/a-story\\?utm_source=gazette&rr_checkout=done&rr_gave=recurring&session_id=cs_`));
  await expect(page.getByText(/Thank you for supporting The Millbrook Ledger/)).toBeVisible();
  await flushWebhooks(page);
});

test('only the sites in EMBED_ORIGINS may post the appeal, and Checkout never returns anywhere else', async ({ request }) => {
  const form = { frequency: 'monthly', amount: '10', currency: 'usd', placement: 'embed' };
  const stranger = await request.post('/support/checkout', { form: { ...form, page: 'https://evil.example/x' }, headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
  expect(stranger.status()).toBe(403);
  // A listed site's page, but a page field naming another site: Checkout comes back to this site instead.
  const listed = await request.post('/support/checkout', { form: { ...form, page: 'https://evil.example/x' }, headers: { origin: HOST_ORIGIN, accept: 'application/json' }, maxRedirects: 0 });
  expect(listed.status()).toBe(303);
  const id = /cs_[A-Za-z0-9_]+/.exec(listed.headers().location)![0];
  const session = await (await request.get(`${EMULATOR}/v1/checkout/sessions/${id}`, { headers: { authorization: 'Bearer sk_test_emulator' } })).json();
  expect(session.success_url).toMatch(new RegExp(`^${ORIGIN}/`));
  expect(session.cancel_url).toMatch(new RegExp(`^${ORIGIN}/`));
});
