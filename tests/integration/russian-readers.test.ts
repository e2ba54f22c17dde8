// A reader on the Russian pages: answers from /ru routes in Russian, and every email they get (reminder, newsletter
// confirmation, thank-you) in Russian with links to the Russian pages, whatever order Stripe's webhooks arrive in.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import { db } from '@/db/client';
import { checkoutSessions, contributions, emailOutbox, newsletterSubscribers, rateLimits, reminders, stripeEvents, supporters } from '@/db/schema';
import { handleNewsletterSignup } from '@/lib/newsletter/handle-newsletter-signup';
import { handleReminderSignup } from '@/lib/reminders/handle-reminder-signup';
import { sendDueReminders } from '@/lib/reminders/send-due-reminders';
import { queueThankYouEmail } from '@/lib/memberships/queue-thank-you-email';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import { processStripeEvent } from '@/lib/stripe/process-stripe-event';
import { POST as reminderRoute } from '@/app/(reader)/[locale]/support/reminder/route';
import { formPost } from '../helpers/form-post';
import { payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';
import { emptyTables, useTestDatabase } from '../helpers/test-database';

let ip = 0;
const post = (url: string, fields: Record<string, string>, json = false) => formPost(url, fields, { json, ip: `10.9.0.${(ip += 1)}` });
const signedUp = new Date('2027-01-10T15:00:00Z');

async function mailTo(email: string) {
  return (await db.select().from(emailOutbox)).filter((m) => m.to === email);
}

describe('a Russian reader', () => {
  useTestDatabase();
  beforeEach(async () => {
    await emptyTables(emailOutbox, reminders, newsletterSubscribers, rateLimits, contributions, checkoutSessions, stripeEvents, supporters);
  });

  it('gets form messages in Russian from a /ru route, as JSON and as a redirect carrying only the code', async () => {
    const json = await handleReminderSignup(post('http://localhost/ru/support/reminder', { email: 'not an address', month: '2027-03' }, true), { now: signedUp });
    expect(json.status).toBe(400);
    expect(await json.json()).toEqual({ error: { field: 'email', message: 'Введите адрес электронной почты, например name@example.org.' } });
    // The route's [locale] param, as Next passes it.
    const viaParams = await reminderRoute(post('http://localhost/support/reminder', { email: 'x@example.org', month: '1999-01' }, true), { params: Promise.resolve({ locale: 'ru' }) });
    expect((await viaParams.json()).error.message).toMatch(/^Выберите месяц из списка|Этот месяц уже прошёл/);
    const plain = await handleReminderSignup(post('http://localhost/ru/support/reminder', { email: '', month: '2027-03', return: '/ru/support' }), { now: signedUp });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toContain('/ru/support?');
    expect(plain.headers.get('location')).toContain('error=email_missing');
    const newsletter = await handleNewsletterSignup(post('http://localhost/ru/newsletter/subscribe', { email: 'bad' }, true));
    expect((await newsletter.json()).error.message).toBe('Введите адрес электронной почты, например name@example.org.');
    // The same route in English keeps its English words.
    const english = await handleNewsletterSignup(post('http://localhost/newsletter/subscribe', { email: 'bad' }, true));
    expect((await english.json()).error.message).toBe('Enter an email address such as name@example.org.');
  });

  it('gets the reminder in Russian, naming the month in Russian, with links to the Russian pages', async () => {
    const response = await handleReminderSignup(post('http://localhost/ru/support/reminder', { email: 'pozzhe@example.org', month: '2027-03', frequency: 'annual', return: '/ru/support' }), { now: signedUp });
    expect(response.status).toBe(303);
    const [row] = await db.select().from(reminders);
    expect(row.locale).toBe('ru');
    expect(await sendDueReminders({ now: new Date('2027-03-01T12:00:00Z') })).toEqual({ sent: 1, skipped: 0 });
    const [mail] = await mailTo('pozzhe@example.org');
    expect(mail.subject).toBe('Напоминание о поддержке The Millbrook Ledger');
    expect(mail.text).toContain('март 2027 г.');
    expect(mail.text).toContain('ежегодную поддержку');
    expect(mail.html).toContain('<html lang="ru">');
    expect(mail.html).toContain('href="http://localhost:3000/ru/support?frequency=annual"');
    expect(mail.headers['List-Unsubscribe']).toBe(`<http://localhost:3000/ru/support/reminder/cancel?token=${row.token}>`);
    expect(mail.text).toContain('Отменить напоминания');
  });

  it('gets the newsletter confirmation in Russian, linking to the Russian confirm page', async () => {
    const response = await handleNewsletterSignup(post('http://localhost/ru/newsletter/subscribe', { email: 'chitatel@example.org', source: '/ru/articles/x' }));
    expect(response.headers.get('location')).toBe('/ru/newsletter/check-email');
    const [row] = await db.select().from(newsletterSubscribers);
    expect(row.locale).toBe('ru');
    const [mail] = await mailTo('chitatel@example.org');
    expect(mail.subject).toBe('Подтвердите подписку на The Millbrook Ledger');
    expect(mail.html).toContain('<html lang="ru">');
    expect(mail.text).toContain('Подтвердить подписку: http://localhost:3000/ru/newsletter/confirm?token=');
    expect(mail.headers['List-Unsubscribe']).toContain('http://localhost:3000/ru/newsletter/unsubscribe?token=');
  });

  it('is thanked in the checkout\'s language from the checkout row when the payment carries none', async () => {
    const [supporter] = await db.insert(supporters).values({ email: 'row@example.org' }).returning();
    await db.insert(checkoutSessions).values({ stripeCheckoutSessionId: 'cs_test_row', frequency: 'once', amount: 1000, currency: 'eur', locale: 'ru' });
    await queueThankYouEmail(db, { supporterId: supporter.id, amount: 1000, currency: 'eur', frequency: 'once', checkoutSessionId: 'cs_test_row' });
    const [mail] = await mailTo('row@example.org');
    expect(mail.subject).toBe('Спасибо за поддержку The Millbrook Ledger');
    expect(mail.text).toMatch(/10\s€/);
  });
});

describe('the thank-you email after a Russian checkout', () => {
  useTestDatabase();
  let t: TestStripe;
  beforeAll(async () => {
    t = await startTestStripe();
  });
  afterAll(() => t.emulator.close());
  beforeEach(async () => {
    await emptyTables(emailOutbox, contributions, checkoutSessions, stripeEvents, supporters);
  });

  // Monthly support: its first payment is recorded from invoice.paid as well as from checkout.session.completed, which
  // Stripe may deliver in either order (a one-off gift is recorded from the session's events only).
  async function giveInRussian(email: string): Promise<Stripe.Event[]> {
    const before = new Set((await t.stripe.events.list({ limit: 100 })).data.map((e) => e.id));
    const session = await createCheckoutSession({
      stripe: t.stripe, database: db, appUrl: 'http://localhost:3000', publicationName: 'The Ledger',
      choice: { frequency: 'monthly', currency: 'eur', amount: 1500, amountText: '15', placement: 'support-page', articleSlug: null, nonce: null, locale: 'ru' },
    });
    const [row] = await db.select().from(checkoutSessions);
    expect(row.locale).toBe('ru');
    expect(await payCheckout(session.url, { email })).toContain('/ru/support/thank-you');
    const events: Stripe.Event[] = [];
    for await (const event of t.stripe.events.list({ limit: 100 })) if (!before.has(event.id)) events.push(event);
    return events.reverse();
  }

  const apply = async (events: Stripe.Event[]) => {
    for (const event of events) await processStripeEvent({ event, stripe: t.stripe, database: db });
  };

  async function expectRussianThanks(email: string) {
    const mail = await mailTo(email);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe('Спасибо за поддержку The Millbrook Ledger');
    expect(mail[0].text).toMatch(/Спасибо за вашу ежемесячную поддержку: 15\s€\./);
    expect(mail[0].text).toContain('http://localhost:3000/ru/account');
    expect(mail[0].html).toContain('<html lang="ru">');
  }

  it('is Russian when the checkout session arrives first', async () => {
    const events = await giveInRussian('first-session@example.org');
    const session = events.filter((e) => e.type.startsWith('checkout.session.'));
    await apply(session);
    await apply(events.filter((e) => !session.includes(e)));
    await expectRussianThanks('first-session@example.org');
    const [supporter] = await db.select().from(supporters);
    expect(supporter.locale).toBe('ru');
  });

  it('is Russian when the payment (invoice.paid) arrives first', async () => {
    const events = await giveInRussian('first-payment@example.org');
    const payment: Stripe.Event[] = events.filter((e) => e.type === 'invoice.paid');
    expect(payment.length).toBeGreaterThan(0);
    await apply(payment);
    // The thanks is already queued, in Russian, before the session's own event.
    await expectRussianThanks('first-payment@example.org');
    await apply(events.filter((e) => !payment.includes(e)));
    await expectRussianThanks('first-payment@example.org');
  });
});
