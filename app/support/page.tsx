import type { Metadata } from 'next';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Support us' };

export default function SupportPage() {
  const { PUBLICATION_NAME } = getConfig();
  return (
    <div className="max-w-2xl mx-auto">
      <h1 className="font-serif text-4xl font-bold">Support {PUBLICATION_NAME}</h1>
      <div id="support" className="mt-8" />
    </div>
  );
}
