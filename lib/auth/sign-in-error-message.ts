// What each next-auth error code means to the person signing in, in the sign-in page's language.
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

const KNOWN = ['EmailSignin', 'Verification', 'RateLimited', 'SessionRequired'] as const;

export function signInErrorMessage(code: string | undefined, locale: Locale = 'en'): string | null {
  if (code === undefined || code === '') return null;
  const t = translatorFor(locale, 'signin');
  return (KNOWN as readonly string[]).includes(code) ? t(`errors.${code as (typeof KNOWN)[number]}`) : t('errors.default');
}
