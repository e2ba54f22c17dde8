// Hosted Checkout and the Billing Portal in the session's locale: only the locales Stripe accepts, refused with
// Stripe's error shape otherwise; Russian words and <html lang="ru"> for `ru`, the same English names as ever for English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payHosted, startTestEmulator, type TestEmulator } from '../helpers';

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(() => t.close());

const session = (locale?: string) =>
  t.stripe.checkout.sessions.create({
    mode: 'subscription', success_url: 'http://app.test/ru/support/thank-you?session_id={CHECKOUT_SESSION_ID}', cancel_url: 'http://app.test/ru/support',
    line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 1000, product_data: { name: 'Support' }, recurring: { interval: 'month' } } }],
    ...(locale ? { locale: locale as never } : {}),
  });

async function portalFor(locale?: string) {
  const done = await session();
  const paid = await payHosted(done.url!);
  expect(paid.status).toBe(303);
  const completed = await t.stripe.checkout.sessions.retrieve(done.id);
  const configuration = await t.stripe.billingPortal.configurations.create({ features: { subscription_cancel: { enabled: true }, payment_method_update: { enabled: true } } });
  return t.stripe.billingPortal.sessions.create({ customer: completed.customer as string, configuration: configuration.id, return_url: 'http://app.test/ru/account', ...(locale ? { locale: locale as never } : {}) });
}

describe('locales', () => {
  it('refuses a locale Stripe does not accept, for Checkout and the portal, as Stripe does', async () => {
    await expect(session('xx')).rejects.toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param: 'locale', message: expect.stringContaining('must be one of') });
    await expect(session('ru-RU')).rejects.toMatchObject({ statusCode: 400, param: 'locale' });
    await expect(portalFor('klingon')).rejects.toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param: 'locale' });
    // A portal-only locale (en-AU is not one of Checkout's) is accepted by the portal.
    expect((await portalFor('en-AU')).locale).toBe('en-AU');
  });

  it('renders hosted Checkout in Russian for ru, and in English otherwise', async () => {
    const ru = await session('ru');
    expect(ru.locale).toBe('ru');
    const html = await (await fetch(ru.url!)).text();
    expect(html).toContain('<html lang="ru">');
    for (const words of ['Оформить подписку', 'Сводка заказа', 'Номер карты', 'Срок действия', 'Имя держателя карты', 'Отменить и вернуться на app.test', 'за месяц']) expect(html).toContain(words);
    expect(html).toContain('10,00\u00a0€');
    expect(html).not.toContain('Card number');
    const en = await (await fetch((await session()).url!)).text();
    expect(en).toContain('<html lang="en">');
    for (const words of ['Subscribe', 'Order summary', 'Card number', 'Cancel and return to app.test', 'per month']) expect(en).toContain(words);
  });

  it('renders the Billing Portal in Russian for ru', async () => {
    const portal = await portalFor('ru');
    expect(portal.locale).toBe('ru');
    const html = await (await fetch(portal.url)).text();
    expect(html).toContain('<html lang="ru">');
    for (const words of ['Управление платежами', 'Текущие подписки', 'Отменить подписку', 'Обновить карту', 'Сохранить карту', 'Вернуться на app.test']) expect(html).toContain(words);
    const english = await (await fetch((await portalFor()).url)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Manage your billing');
  });
});
