import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

export function SiteFooter({ locale = 'en' }: { locale?: Locale }) {
  const { PUBLICATION_NAME } = getConfig();
  const t = translatorFor(locale, 'common');
  return (
    <footer className="border-t border-gray-300 bg-white">
      <div className="max-w-5xl mx-auto px-4 py-6 text-sm text-muted flex flex-wrap gap-x-6 gap-y-2">
        {/* The year of the render: a cached page is revalidated well within a year. */}
        <p>{t('footer.copyright', { year: String(new Date().getFullYear()), publication: PUBLICATION_NAME })}</p>
        <nav aria-label={t('footer.nav')}>
          <ul className="flex gap-4">
            <li><Link href={localePath(locale, '/support')} className="underline">{t('footer.supportUs')}</Link></li>
            <li><Link href={localePath(locale, '/privacy')} className="underline">{t('footer.privacy')}</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
