// /support: the appeal on its own page, linked from the masthead's "Support us".
import type { Metadata } from 'next';
import { getConfig } from '@/lib/config';
import { AppealGate } from '@/components/appeal/appeal-gate';

export const metadata: Metadata = { title: 'Support us' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupportPage({ searchParams }: Props) {
  const { PUBLICATION_NAME } = getConfig();
  return (
    <div className="max-w-2xl mx-auto">
      <h1 className="font-serif text-4xl font-bold">Support {PUBLICATION_NAME}</h1>
      <AppealGate placement="support-page" searchParams={await searchParams} alwaysShow />
    </div>
  );
}
