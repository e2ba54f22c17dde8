// The staff area and the local mailbox: English, rendered per request, with the staff's own masthead (no appeal,
// no "Support us").
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import '../globals.css';

export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  const { PUBLICATION_NAME } = getConfig();
  return { title: { default: `Staff | ${PUBLICATION_NAME}`, template: `%s | ${PUBLICATION_NAME}` }, robots: { index: false }, icons: { icon: '/favicon.svg' } };
}

export default function StaffLayout({ children }: { children: ReactNode }) {
  const { PUBLICATION_NAME, ACCENT_COLOR } = getConfig();
  return (
    <html lang="en" style={{ ['--color-accent' as string]: ACCENT_COLOR }}>
      <body className="min-h-screen flex flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header className="border-b-4 border-double border-ink bg-white">
          <div className="max-w-5xl mx-auto px-4 py-4 flex flex-wrap items-center justify-between gap-3">
            <Link href="/admin" className="font-serif text-2xl font-bold tracking-tight no-underline">
              {PUBLICATION_NAME} <span className="font-sans text-base font-semibold text-muted">· Staff</span>
            </Link>
            <nav aria-label="Main">
              <ul className="flex items-center gap-4 text-sm">
                <li><Link href="/" className="hover:underline">View the site</Link></li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="flex-1 w-full max-w-5xl mx-auto px-4 py-8">
          {children}
        </main>
        <footer className="border-t border-gray-300 bg-white">
          <p className="max-w-5xl mx-auto px-4 py-4 text-sm text-muted">{PUBLICATION_NAME} · staff area</p>
        </footer>
      </body>
    </html>
  );
}
