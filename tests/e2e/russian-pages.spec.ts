// The reader pages in Russian: /ru lists the Russian articles under <html lang="ru">, every page names its addresses
// in each language (hreflang), the masthead's switch goes to the same page in English and remembers the choice over
// the browser's Russian, and the Russian pages pass axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoArticles } from '../../db/seed/articles';

const russian = demoArticles.filter((a) => a.language === 'ru');
const english = demoArticles.filter((a) => a.language === 'en');

async function expectNoSeriousViolations(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
}

test('/ru lists the Russian articles in Russian, with hreflang alternates', async ({ page, baseURL }) => {
  await page.goto('/ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const main = page.getByRole('main');
  for (const article of russian) await expect(main.getByRole('link', { name: article.headline })).toBeVisible();
  await expect(main.getByRole('link', { name: english[0].headline })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Поддержать нас' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Политика конфиденциальности' })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}/`);
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', `${baseURL}/ru`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}/`);

  // A Russian article, and an English one under /ru: the page's words in Russian, the article marked as English.
  await main.getByRole('link', { name: russian[0].headline }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/articles/${russian[0].slug}$`));
  await expect(page.getByText(`Автор: ${russian[0].byline}`)).toBeVisible();
  await expect(page.locator(`link[rel="alternate"][hreflang="ru"]`)).toHaveAttribute('href', `${baseURL}/ru/articles/${russian[0].slug}`);
  await expect(page.getByRole('heading', { name: 'Подпишитесь на нашу бесплатную еженедельную рассылку' })).toBeVisible();
  await expect(page.locator('#newsletter form')).toHaveAttribute('action', '/ru/newsletter/subscribe');
  await page.goto(`/ru/articles/${english[0].slug}`);
  await expect(page.locator('article[lang="en"] h1')).toHaveText(english[0].headline);

  const missing = await page.goto('/ru/no-such-page');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
});

test('the switch goes to the same page in English and the choice outlasts a Russian browser', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'ru-RU', extraHTTPHeaders: { 'accept-language': 'ru-RU,ru;q=0.9' } });
  const page = await context.newPage();
  // No choice yet: the browser's Russian wins.
  await page.goto(`/articles/${russian[1].slug}`);
  await expect(page).toHaveURL(new RegExp(`/ru/articles/${russian[1].slug}$`));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${russian[1].slug}$`));
  expect(new URL(page.url()).pathname).toBe(`/articles/${russian[1].slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const cookie = (await context.cookies()).find((c) => c.name === 'rr_locale');
  expect(cookie).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax' });
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(360 * 86_400_000);
  // The next visit to an unprefixed address stays in English.
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // And back to Russian from the English support page.
  await page.goto('/support');
  await page.getByRole('link', { name: 'Русский' }).click();
  expect(new URL(page.url()).pathname).toBe('/ru/support');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Поддержите /);
  // A forged `from` never leaves the site.
  await page.goto('/language?to=en&from=%2F%2Fevil.example');
  expect(new URL(page.url()).origin).toBe(baseURL);
  await context.close();
});

test('the Russian pages pass axe', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/ru', `/ru/articles/${russian[0].slug}`, '/ru/support', '/ru/privacy', '/ru/newsletter/preview']) await expectNoSeriousViolations(page, path);
});
