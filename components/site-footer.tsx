import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { localePath, type Locale } from '@/lib/i18n/locales';

export function SiteFooter({ locale = 'en' }: { locale?: Locale }) {
  const { PUBLICATION_NAME } = getConfig();
  return (
    <footer className="border-t border-gray-300 bg-white">
      <div className="max-w-5xl mx-auto px-4 py-6 text-sm text-muted flex flex-wrap gap-x-6 gap-y-2">
        {/* The year of the render: a cached page is revalidated well within a year. */}
        <p>© {new Date().getFullYear()} {PUBLICATION_NAME}. Independent, reader-funded local news.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li><Link href={localePath(locale, '/support')} className="underline">Support us</Link></li>
            <li><Link href={localePath(locale, '/privacy')} className="underline">Privacy policy</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
