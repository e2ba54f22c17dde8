// A Russian reader from first visit to thanks, in Chromium: Accept-Language ru lands on /ru, the appeal and the
// emulator's Checkout speak Russian, the thank-you page and email too; the switch to English is kept on the next
// visit; "Напомнить позже" and the newsletter work in Russian, their emails in Russian; axe passes on the Russian pages.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoArticles } from '../../db/seed/articles';
import { flushWebhooks, uniqueEmail } from './reader-steps';

const russianArticle = demoArticles.find((a) => a.language === 'ru')!;
const PUBLICATION = 'The Millbrook Ledger';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), page.url()).toEqual([]);
}

async function russianReader(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, locale: 'ru-RU', extraHTTPHeaders: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
  return { context, page: await context.newPage() };
}

async function openNewestMail(page: Page, email: string, subject: string | RegExp): Promise<void> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const link = page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link', { name: subject });
  await expect(link.first()).toBeVisible();
  await link.first().click();
}

test('a Russian reader lands in Russian, gives monthly through Checkout in Russian, is thanked in Russian, and keeps English once chosen', async ({ browser, baseURL }) => {
  const { context, page } = await russianReader(browser, baseURL);
  const email = uniqueEmail('ru-monthly');

  await page.goto('/');
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expectNoSeriousViolations(page);
  await page.getByRole('main').getByRole('link', { name: russianArticle.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/articles/${russianArticle.slug}$`));

  const appeal = page.locator('section#support');
  await expect(appeal.getByRole('radio', { name: 'Каждый месяц' })).toBeChecked();
  await expect(appeal).toContainText('от 2 $');
  await expect(appeal.getByRole('button', { name: 'Напомнить позже' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await appeal.getByRole('radio', { name: /^10\s\$$/ }).check();
  await appeal.getByRole('button', { name: 'Продолжить' }).click();

  // The emulator's hosted Checkout, opened with locale ru.
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByLabel('Номер карты').fill('4242 4242 4242 4242');
  await page.getByLabel('Срок действия').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByLabel('Имя держателя карты').fill('Анна Петрова');
  await page.getByRole('button', { name: 'Оформить подписку' }).click();

  await expect(page).toHaveURL(/\/ru\/support\/thank-you/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Спасибо, что поддерживаете ${PUBLICATION}`);
  await expect(page.getByRole('status')).toContainText('Теперь вы поддерживаете нас: 10 $ в месяц');
  await expectNoSeriousViolations(page);

  // The thank-you email, in the language the reader gave in.
  await flushWebhooks(page);
  await expect.poll(async () => {
    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    return page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link', { name: `Спасибо за поддержку ${PUBLICATION}` }).count();
  }, { timeout: 30_000 }).toBe(1);
  await openNewestMail(page, email, `Спасибо за поддержку ${PUBLICATION}`);
  await expect(page.getByRole('region', { name: 'HTML part' })).toContainText('Здравствуйте');

  // The switch to English, and the next visit to an unprefixed address stays English despite the browser's Russian.
  await page.goto(`/ru/articles/${russianArticle.slug}`);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${russianArticle.slug}$`));
  expect(new URL(page.url()).pathname).toBe(`/articles/${russianArticle.slug}`);
  await page.goto('/support');
  expect(new URL(page.url()).pathname).toBe('/support');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('"Напомнить позже" and the newsletter work in Russian, and their emails come in Russian', async ({ browser, baseURL }) => {
  const { context, page } = await russianReader(browser, baseURL);
  const email = uniqueEmail('ru-reader');
  await page.goto(`/articles/${russianArticle.slug}`);
  await expect(page).toHaveURL(new RegExp(`/ru/articles/${russianArticle.slug}$`));

  await page.locator('section#support').getByRole('button', { name: 'Напомнить позже' }).click();
  await expect(page.getByText(`Спасибо, что читаете ${PUBLICATION}.`)).toBeVisible();
  const reminder = page.getByRole('form', { name: 'Получить напоминание' });
  await reminder.getByRole('textbox', { name: 'Электронная почта' }).fill(email);
  const month = reminder.getByRole('combobox', { name: 'Месяц' });
  const monthName = (await month.locator('option:checked').textContent())!.trim();
  expect(monthName).toMatch(/^(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь) \d{4}/);
  await reminder.getByRole('button', { name: 'Напомнить', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Готово' })).toContainText(monthName);
  await expectNoSeriousViolations(page);

  const signup = page.getByRole('region', { name: 'Подпишитесь на нашу бесплатную еженедельную рассылку' });
  await signup.getByRole('textbox', { name: 'Электронная почта' }).fill(email);
  await signup.getByRole('button', { name: 'Подписаться' }).click();
  await expect(signup.getByRole('status')).toHaveText('Проверьте почту: мы отправили ссылку для подтверждения подписки.');

  await openNewestMail(page, email, `Подтвердите подписку на ${PUBLICATION}`);
  await page.getByRole('region', { name: 'HTML part' }).getByRole('link', { name: 'Подтвердить подписку' }).click();
  await expect(page).toHaveURL(/\/ru\/newsletter\/confirm\/subscribe/);
  await expect(page.getByRole('heading', { level: 1, name: 'Подтвердите подписку' })).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Подтвердить подписку' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Вы подписаны' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await context.close();
});
