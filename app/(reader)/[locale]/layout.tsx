// Every reader page: the same bytes for every reader of a language, so pages can be cached. Who the reader is (signed
// in, a supporter, deferred, their currency) is decided by the <head> script before anything paints.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { readerStateScript } from '@/lib/appeal/reader-state-script';
import { browserScriptUrl } from '@/lib/appeal/browser-scripts';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { Masthead } from '@/components/masthead';
import { SiteFooter } from '@/components/site-footer';
import '../../globals.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Rendered on the first visit to each page, then served from the cache and redone at most a minute later.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { PUBLICATION_NAME } = getConfig();
  const { locale: raw } = await params;
  const t = translatorFor(isLocale(raw) ? raw : DEFAULT_LOCALE, 'common');
  return {
    title: { default: PUBLICATION_NAME, template: `%s | ${PUBLICATION_NAME}` },
    description: t('description', { publication: PUBLICATION_NAME }),
    icons: { icon: '/favicon.svg' },
  };
}

export default async function ReaderLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const settings = getAppealSettings();
  const { config } = await getPublishedAppeal();
  const { ACCENT_COLOR } = getConfig();
  return (
    // The <head> script adds the reader's state to <html> before React hydrates it; the accent is the newsroom's.
    <html lang={locale} suppressHydrationWarning style={{ ['--color-accent' as string]: ACCENT_COLOR }}>
      <head>
        <script
          data-offered={config.currencies.join(',')}
          data-hide={settings.hideAfterGiftDays}
          data-cap={settings.cap ? `${settings.cap.times}/${settings.cap.days}` : undefined}
          dangerouslySetInnerHTML={{ __html: readerStateScript() }}
        />
        <script src={browserScriptUrl('appeal')} defer />
      </head>
      <body className="min-h-screen flex flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-2">
          {translatorFor(locale, 'common')('skipToContent')}
        </a>
        <Masthead locale={locale} />
        <main id="main" className="flex-1 w-full max-w-5xl mx-auto px-4 py-8">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
