// The message catalogues (messages/<locale>/<namespace>.json, one file per area so each is kept beside its pages) and a
// translator for code outside React (pages, the appeal's markup, emails, route handlers): next-intl's own ICU
// formatter, so plurals ("1 месяц, 2 месяца, 5 месяцев") and values follow each language's rules.
import { createTranslator } from 'next-intl';
import enAccount from '@/messages/en/account.json';
import enAppeal from '@/messages/en/appeal.json';
import enCommon from '@/messages/en/common.json';
import enEmails from '@/messages/en/emails.json';
import enForms from '@/messages/en/forms.json';
import enFront from '@/messages/en/front.json';
import enNewsletter from '@/messages/en/newsletter.json';
import enPrivacy from '@/messages/en/privacy.json';
import enReminders from '@/messages/en/reminders.json';
import enSignin from '@/messages/en/signin.json';
import enSupport from '@/messages/en/support.json';
import ruAccount from '@/messages/ru/account.json';
import ruAppeal from '@/messages/ru/appeal.json';
import ruCommon from '@/messages/ru/common.json';
import ruEmails from '@/messages/ru/emails.json';
import ruForms from '@/messages/ru/forms.json';
import ruFront from '@/messages/ru/front.json';
import ruNewsletter from '@/messages/ru/newsletter.json';
import ruPrivacy from '@/messages/ru/privacy.json';
import ruReminders from '@/messages/ru/reminders.json';
import ruSignin from '@/messages/ru/signin.json';
import ruSupport from '@/messages/ru/support.json';
import type { Locale } from './locales';

const en = {
  account: enAccount, appeal: enAppeal, common: enCommon, emails: enEmails, forms: enForms, front: enFront,
  newsletter: enNewsletter, privacy: enPrivacy, reminders: enReminders, signin: enSignin, support: enSupport,
};
export type Messages = typeof en;

// Russian must have every English key (tests/unit/message-catalogues.test.ts fails the build otherwise).
export const CATALOGUES: Record<Locale, Messages> = {
  en,
  ru: {
    account: ruAccount, appeal: ruAppeal, common: ruCommon, emails: ruEmails, forms: ruForms, front: ruFront,
    newsletter: ruNewsletter, privacy: ruPrivacy, reminders: ruReminders, signin: ruSignin, support: ruSupport,
  } as Messages,
};

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export function translatorFor<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace });
}
