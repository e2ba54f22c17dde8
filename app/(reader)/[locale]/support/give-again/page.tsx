// /support/give-again: a signed-in reader who already gives monthly or annually pressed Continue for more recurring
// support; they are told what they already give and may go ahead (a plain form, so it works without JavaScript).
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { offerOf, variantConfig } from '@/lib/campaigns/variant-config';
import { findRunningSupport } from '@/lib/memberships/find-running-support';
import { readCarriedChoice, readGiveAgain } from '@/lib/support/read-give-again';
import { readPostedVariant } from '@/lib/support/validate-support-form';

export const metadata: Metadata = { title: 'You already support us', robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GiveAgainPage({ searchParams }: Props) {
  const fields = readCarriedChoice(await searchParams);
  const user = await getCurrentUser();
  const offer = offerOf(variantConfig(await getPublishedAppeal(), readPostedVariant(fields)));
  const page = readGiveAgain({ fields, offer, running: user ? await findRunningSupport(user) : [] });
  if (!page) redirect('/support');
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="font-serif text-4xl font-bold">{page.message ? 'You already support us' : 'Give again?'}</h1>
      {page.message ? <p>{page.message} Thank you for what you already give.</p> : null}
      <form method="post" action="/support/checkout" className="space-y-3">
        {Object.entries(page.hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <input type="hidden" name="again" value="yes" />
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-red-900">Give {page.another} as well</button>
      </form>
      <p>
        <Link href="/account" className="underline">Change or stop your support instead</Link>
        {' · '}
        <Link href={page.backTo} className="underline">Not now</Link>
      </p>
    </div>
  );
}
