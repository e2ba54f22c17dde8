import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getConfig } from '@/lib/config';
import { Masthead } from '@/components/masthead';
import { SiteFooter } from '@/components/site-footer';
import './globals.css';

// Every page reads the runtime configuration (publication name, time zone), so nothing is frozen at build time.
export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  const { PUBLICATION_NAME } = getConfig();
  return {
    title: { default: PUBLICATION_NAME, template: `%s | ${PUBLICATION_NAME}` },
    description: `${PUBLICATION_NAME}: independent local news, paid for by its readers.`,
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen flex flex-col font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <Masthead />
        <main id="main" className="flex-1 w-full max-w-5xl mx-auto px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
