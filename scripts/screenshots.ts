// `npm run screenshots -- [BASE_URL] [--name before|after] [--admin EMAIL]`: the reader's and staff's main screens at
// 1280 and 390 px into docs/screenshots/NAME-SCREEN-WIDTH.png, from a running site (default http://localhost:3000).
// Staff screens need an admin address whose sign-in link lands in the local mailbox (e.g. STAFF_EMAILS=...).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/find-chromium';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const base = (args.find((a) => /^https?:\/\//.test(a)) ?? 'http://localhost:3000').replace(/\/$/, '');
const name = option('name') ?? 'after';
const admin = option('admin');
const outDir = path.resolve(__dirname, '..', 'docs', 'screenshots');
const ARTICLE = '/articles/river-bridge-repairs-delayed';

/** `viewport`: what the reader sees on the screen, not the whole page. */
type Shot = { screen: string; path: string; prepare?: (page: Page) => Promise<void>; element?: string; staff?: boolean; viewport?: boolean };

const shots: Shot[] = [
  { screen: 'front', path: '/' },
  { screen: 'appeal', path: ARTICLE, element: '#support' },
  {
    screen: 'remind-me-later',
    path: ARTICLE,
    viewport: true,
    prepare: async (page) => {
      await page.locator('#support').getByRole('button', { name: 'Remind me later' }).click();
      await page.waitForTimeout(500);
    },
  },
  {
    screen: 'appeal-error',
    path: ARTICLE,
    element: '#support',
    prepare: async (page) => {
      await page.locator('#support').getByRole('textbox', { name: 'Other amount' }).fill('1');
      await page.locator('#support').getByRole('button', { name: 'Continue' }).click();
    },
  },
  { screen: 'support-page', path: '/support' },
  {
    screen: 'newsletter',
    path: ARTICLE,
    element: '#newsletter',
    prepare: async (page) => {
      await page.locator('#newsletter').getByRole('textbox', { name: 'Email' }).fill(`shot-${Date.now()}@example.org`);
      await page.locator('#newsletter').getByRole('button', { name: 'Sign up' }).click();
      await page.waitForTimeout(800);
    },
  },
  // The Russian pages (new with the second language: no "before").
  { screen: 'ru-front', path: '/ru' },
  { screen: 'ru-appeal', path: `/ru${ARTICLE}`, element: '#support' },
  { screen: 'dashboard', path: '/admin?range=90d', staff: true },
  { screen: 'appeal-editor', path: '/admin/appeal', staff: true },
];

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/signin?callbackUrl=%2Fadmin`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  await page.goto(`${base}/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole('link', { name: /^Sign in to / }).first().click();
  await page.getByRole('region', { name: 'HTML part' }).getByRole('link', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/admin/);
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    for (const width of [1280, 390]) {
      const viewport = { width, height: width === 390 ? 844 : 900 };
      // Each reader screen in a browser of its own (a "Remind me later" must not hide the next one's appeal); the
      // staff screens share one signed-in browser.
      const staff = admin ? await browser.newContext({ viewport }) : null;
      if (staff && admin) await signIn(await staff.newPage(), admin);
      for (const shot of shots) {
        if (shot.staff && !staff) continue;
        const context = shot.staff ? staff! : await browser.newContext({ viewport });
        const page = shot.staff ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
        await page.goto(`${base}${shot.path}`);
        await page.waitForLoadState('load');
        await page.waitForTimeout(400);
        await shot.prepare?.(page);
        const file = path.join(outDir, `${name}-${shot.screen}-${width}.png`);
        const element = shot.element ? page.locator(shot.element).first() : null;
        if (element && (await element.isVisible())) await element.screenshot({ path: file });
        else await page.screenshot({ path: file, fullPage: !shot.viewport });
        console.log(path.relative(process.cwd(), file));
        if (!shot.staff) await context.close();
      }
      await staff?.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
