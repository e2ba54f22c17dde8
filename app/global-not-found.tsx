// An address no part of the site knows (outside the reader pages and the staff area, which have their own).
import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = { title: 'Page not found' };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <main id="main" className="max-w-2xl mx-auto px-4 py-16">
          <h1 className="font-serif text-3xl font-bold">Page not found</h1>
          <p className="mt-4">We could not find that page. <a href="/" className="underline">See the latest stories</a>.</p>
        </main>
      </body>
    </html>
  );
}
