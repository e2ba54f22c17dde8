// The masthead: the same markup for every reader; which links show (Sign in or Account, Support us or a thank-you)
// follows the reader's state the <head> script put on <html>, so a cached page still greets each reader rightly.
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { LOCALES, localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

export function Masthead({ locale }: { locale: Locale }) {
  const { PUBLICATION_NAME, LOGO_URL } = getConfig();
  const t = translatorFor(locale, 'common');
  const href = (path: string) => localePath(locale, path);
  const other = LOCALES.find((each) => each !== locale)!;
  return (
    <header className="border-b-4 border-double border-ink bg-white">
      <div className="max-w-5xl mx-auto px-4 py-4 flex flex-wrap items-center justify-between gap-3">
        <Link href={href('/')} className="font-serif text-3xl font-bold tracking-tight no-underline">
          {/* eslint-disable-next-line @next/next/no-img-element -- the newsroom's own logo, any size, from LOGO_URL */}
          {LOGO_URL ? <img src={LOGO_URL} alt={PUBLICATION_NAME} className="h-10 w-auto max-w-[16rem]" /> : PUBLICATION_NAME}
        </Link>
        <nav aria-label={t('masthead.nav')}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <li>
              <Link href={href('/')} className="hover:underline">{t('masthead.latest')}</Link>
            </li>
            <li className="rr-when-signed-out">
              <Link href={href('/signin')} className="hover:underline">{t('masthead.signIn')}</Link>
            </li>
            <li className="rr-when-signed-in">
              <Link href={href('/account')} className="hover:underline">{t('masthead.account')}</Link>
            </li>
            <li>
              {/* A plain link to /language (a redirect and a cookie, not <Link>). The cached masthead cannot name its page:
                  the <head> script adds it as `from` at the click, else the route reads the Referer. No script here: one
                  inside the masthead let the browser paint half of it first (a layout shift). */}
              <a href={localePath(locale, `/language?to=${other}`)} lang={other} hrefLang={other} data-rr-language-switch="" className="hover:underline">
                {translatorFor(other, 'common')('languageName')}
              </a>
            </li>
            <li className="rr-when-not-supporter">
              <Link href={href('/support')} className="inline-block rounded bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-dark">
                {t('masthead.supportUs')}
              </Link>
            </li>
            <li className="rr-when-supporter">
              <Link href={href('/account')} className="inline-block py-2 font-semibold text-accent hover:underline">{t('masthead.thanks')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
