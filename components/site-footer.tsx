import Link from 'next/link';
import { getConfig } from '@/lib/config';

export function SiteFooter() {
  const { PUBLICATION_NAME } = getConfig();
  return (
    <footer className="border-t border-gray-300 bg-white">
      <div className="max-w-5xl mx-auto px-4 py-6 text-sm text-muted flex flex-wrap gap-x-6 gap-y-2">
        <p>© {new Date().getFullYear()} {PUBLICATION_NAME}. Independent, reader-funded local news.</p>
        <nav aria-label="Footer">
          <ul className="flex gap-4">
            <li><Link href="/support" className="underline">Support us</Link></li>
            <li><Link href="/privacy" className="underline">Privacy policy</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
