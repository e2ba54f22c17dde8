// Words a Russian reader gets outside the pages: form messages by code, the sign-in link's email (its language read
// from the link's callbackUrl), and the reminder with the month in Russian.
import { describe, expect, it } from 'vitest';
import { formMessage } from '@/lib/http/form-messages';
import { localeOfAuthRequest, localeOfCallback, localeOfSignInLink } from '@/lib/auth/sign-in-locale';
import { renderSignInEmail } from '@/lib/auth/send-sign-in-email';
import { signInErrorMessage } from '@/lib/auth/sign-in-error-message';
import { renderReminderEmail } from '@/lib/reminders/render-reminder-email';
import { renderConfirmationEmail } from '@/lib/newsletter/render-newsletter-emails';
import { formatMonth } from '@/lib/reminders/reminder-months';

describe('Russian words', () => {
  it('words form codes in Russian, filling the same values, and English by default', () => {
    expect(formMessage('email_invalid', {}, 'ru')).toBe('Введите адрес электронной почты, например name@example.org.');
    expect(formMessage('amount_below_minimum', { gift: 'Ежемесячная поддержка', minimum: '2 $' }, 'ru')).toBe('Ежемесячная поддержка: от 2 $. Введите 2 $ или больше.');
    expect(formMessage('amount_below_minimum', { gift: 'Ежемесячная поддержка' }, 'ru')).toBeNull();
    expect(formMessage('email_invalid')).toBe('Enter an email address such as name@example.org.');
    expect(signInErrorMessage('RateLimited', 'ru')).toBe('Запрошено слишком много ссылок для входа. Подождите 15 минут и попробуйте снова.');
    expect(signInErrorMessage('Nonsense', 'ru')).toBe('Войти не получилось. Попробуйте ещё раз.');
  });

  it('reads a sign-in\'s language from its callbackUrl, and writes the link\'s email in it', () => {
    expect(localeOfCallback('/ru/signin/welcome')).toBe('ru');
    expect(localeOfCallback('http://localhost:3000/ru/account')).toBe('ru');
    expect(localeOfCallback('/account')).toBe('en');
    expect(localeOfCallback('/rux/account')).toBe('en');
    expect(localeOfCallback(null)).toBe('en');
    // next-auth's own hops carry no callbackUrl: the one it saved in its cookie says the language.
    expect(localeOfAuthRequest('http://localhost:3000/api/auth/signin/email', 'csrfToken=x&callbackUrl=%2Fru%2Fsignin%2Fwelcome&email=a')).toBe('ru');
    expect(localeOfAuthRequest('http://localhost:3000/api/auth/verify-request?provider=email', undefined, 'http://localhost:3000/ru/signin/welcome')).toBe('ru');
    expect(localeOfAuthRequest('http://localhost:3000/api/auth/verify-request?provider=email')).toBe('en');
    const link = `http://localhost:3000/api/auth/callback/email?callbackUrl=${encodeURIComponent('http://localhost:3000/ru/signin/welcome')}&token=abc&email=a%40example.org`;
    expect(localeOfSignInLink(link)).toBe('ru');
    const mail = renderSignInEmail({ url: link, publicationName: 'The Ledger', locale: localeOfSignInLink(link) });
    expect(mail.subject).toBe('Вход на сайт The Ledger');
    expect(mail.html).toContain('<html lang="ru">');
    expect(mail.html).toContain('>Войти</a>');
    expect(mail.text).toContain(link);
    expect(renderSignInEmail({ url: link, publicationName: 'The Ledger', locale: 'en' }).subject).toBe('Sign in to The Ledger');
  });

  it('names the reminder month in Russian, nominative with its year', () => {
    expect(formatMonth('2027-12', 'ru')).toBe('декабрь 2027 г.');
    const mail = renderReminderEmail({ id: 1, email: 'a@example.org', frequency: 'monthly', token: 't', appUrl: 'https://news.example', publicationName: 'The Ledger', month: '2027-12', locale: 'ru' });
    expect(mail.subject).toBe('Напоминание о поддержке The Ledger');
    expect(mail.text).toContain('выбранный месяц — декабрь 2027 г.');
    expect(mail.text).toContain('ежемесячную поддержку');
    expect(mail.html).toContain('<html lang="ru">');
    expect(mail.headers?.['List-Unsubscribe']).toBe('<https://news.example/ru/support/reminder/cancel?token=t>');
    const english = renderReminderEmail({ id: 1, email: 'a@example.org', frequency: 'monthly', token: 't', appUrl: 'https://news.example', publicationName: 'The Ledger', month: '2027-12' });
    expect(english.text).toContain('in December 2027');
    expect(english.html).toContain('<html lang="en">');
  });

  it('writes the newsletter confirmation in Russian', () => {
    const mail = renderConfirmationEmail({ email: 'a@example.org', appUrl: 'https://news.example', publicationName: 'The Ledger', confirmUrl: 'https://news.example/ru/newsletter/confirm?token=x', unsubscribeUrl: 'https://news.example/ru/newsletter/unsubscribe?token=y', dedupeKey: 'k', locale: 'ru' });
    expect(mail.subject).toBe('Подтвердите подписку на The Ledger');
    expect(mail.text).toContain('Подтвердить подписку: https://news.example/ru/newsletter/confirm?token=x');
    expect(mail.html).toContain('<html lang="ru">');
  });
});
