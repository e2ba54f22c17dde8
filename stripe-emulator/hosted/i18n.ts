// The hosted pages' words in the session's language. Stripe's own pages speak every locale they accept; the emulator
// speaks English and Russian (enough for the app's readers) and shows English for any other accepted locale.
// Keys are the English words, so English pages keep exactly the names tests look for.

export type PageLanguage = 'en' | 'ru';

/** A session's `locale` ("ru", "auto", null…) as the language its page is written in. */
export function pageLanguage(locale: string | null | undefined): PageLanguage {
  return locale === 'ru' ? 'ru' : 'en';
}

const RU: Record<string, string> = {
  Subscribe: 'Оформить подписку',
  Donate: 'Пожертвовать',
  Book: 'Забронировать',
  Pay: 'Оплатить',
  Item: 'Товар',
  Checkout: 'Оформление',
  'Order summary': 'Сводка заказа',
  Email: 'Электронная почта',
  'Payment details': 'Платёжные данные',
  'Card number': 'Номер карты',
  Expiration: 'Срок действия',
  CVC: 'CVC',
  'Cardholder name': 'Имя держателя карты',
  'Full name on card': 'Имя и фамилия, как на карте',
  'MM / YY': 'ММ / ГГ',
  'This Checkout Session has expired': 'Срок действия этой сессии оплаты истёк',
  'Start again from the site you came from.': 'Начните заново на сайте, с которого вы пришли.',
  'Payment complete': 'Оплата завершена',
  'Thanks, this Checkout Session is already paid.': 'Спасибо, эта сессия оплаты уже оплачена.',
  Continue: 'Продолжить',
  'Cancel and return to {host}': 'Отменить и вернуться на {host}',
  'Payment method': 'Способ оплаты',
  Card: 'Карта',
  'SEPA Direct Debit': 'Прямое дебетование SEPA',
  IBAN: 'IBAN',
  'Account holder name': 'Имя владельца счёта',
  'By providing your IBAN you authorise the merchant and Stripe to debit your account; the payment is processing until your bank confirms it.':
    'Указывая IBAN, вы разрешаете продавцу и Stripe списать средства с вашего счёта; платёж обрабатывается, пока ваш банк его не подтвердит.',
  'per {interval}': 'за {interval}',
  'every {count} {interval}s': 'каждые {count} ({interval})',
  day: 'день', week: 'неделю', month: 'месяц', year: 'год',
  // The Billing Portal
  'Billing portal': 'Платёжный кабинет',
  'Manage your billing': 'Управление платежами',
  'Current subscriptions': 'Текущие подписки',
  'You have no active subscriptions.': 'У вас нет активных подписок.',
  'Return to {host}': 'Вернуться на {host}',
  Subscription: 'Подписка',
  'Cancels {date}': 'Отменяется {date}',
  Active: 'Активна', 'Past due': 'Просрочена', Trial: 'Пробный период', Unpaid: 'Не оплачена', Incomplete: 'Не завершена',
  'Your plan ends on {date}.': 'Ваш план заканчивается {date}.',
  'Renews on {date}.': 'Продлевается {date}.',
  'Renew subscription': 'Продлить подписку',
  'Cancel subscription': 'Отменить подписку',
  '{brand} ending in {last4}, expires {month}/{year}': '{brand}, последние цифры {last4}, действует до {month}/{year}',
  'No card on file.': 'Карта не сохранена.',
  'Update card': 'Обновить карту',
  'Save card': 'Сохранить карту',
  'Your subscription has been canceled. It stays active until the end of the current period.': 'Ваша подписка отменена. Она действует до конца текущего периода.',
  'Your subscription will continue.': 'Ваша подписка продолжится.',
  'Your card was saved.': 'Ваша карта сохранена.',
  'Test mode · served by the offline Stripe emulator': 'Тестовый режим · страницу отдаёт офлайн-эмулятор Stripe',
};

export type Words = (english: string, values?: Record<string, string | number>) => string;

/** The page's words: English as given, Russian from the table (English when a phrase has no translation). */
export function wordsFor(language: PageLanguage): Words {
  return (english, values = {}) => {
    const text = language === 'ru' ? (RU[english] ?? english) : english;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
  };
}

/** Intl's locale for money and dates on the page. */
export function intlLocale(language: PageLanguage): string {
  return language === 'ru' ? 'ru-RU' : 'en-US';
}
