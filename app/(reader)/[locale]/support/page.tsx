// /support: the page a reader chose to visit from the masthead's "Support us": why support matters, what it pays for,
// the appeal itself, and answers to the questions readers ask before they give.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { AppealSlot } from '@/components/appeal/appeal-slot';
import { readAppealFormState } from '@/lib/appeal/read-appeal-form-state';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { isLocale, localePath } from '@/lib/i18n/locales';

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Support us' };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const paysFor = [
  { title: 'Reporters in the room', text: 'at council, school board and planning meetings, so decisions made in your name are seen and explained.' },
  { title: 'Time to dig', text: 'for the stories that take weeks: where the money goes, what was promised, what was delivered.' },
  { title: 'Free for everyone', text: 'no paywall, so a neighbour who cannot pay reads the same news you do.' },
];

export default async function SupportPage({ params, searchParams }: Props) {
  const { PUBLICATION_NAME } = getConfig();
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  const formState = readAppealFormState(await searchParams, (await getPublishedAppeal()).config, locale);
  const faq = [
    {
      q: 'Can I cancel anytime?',
      a: <>Yes. Change or stop monthly and annual support whenever you like from <Link href={localePath(locale, '/account')} className="underline">your account</Link> (sign in with the email you give at checkout). It stops at the end of the period you have paid for, and nothing more is taken.</>,
    },
    {
      q: 'Will I get a receipt?',
      a: <>Yes, by email for every payment, and your account lists each payment with its receipt.</>,
    },
    {
      q: 'Is my support tax-deductible?',
      a: <>Support is a payment to {PUBLICATION_NAME} for its journalism rather than a charitable donation, so it is usually not tax-deductible. Your receipts show each amount and date for your records.</>,
    },
    {
      q: 'Who handles my payment?',
      a: <>Stripe, our payment processor. Your card details go to Stripe and never reach us; we keep your name, email address and what you gave.</>,
    },
    {
      q: 'Do I have to pay to read?',
      a: <>No. Everything we publish stays free to read, for everyone. Support is what keeps it that way.</>,
    },
  ];
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">Support {PUBLICATION_NAME}</h1>
      <p className="mt-4 font-serif text-xl leading-relaxed">
        Local news is paid for by the people who read it, or it is not paid for at all. {PUBLICATION_NAME} has no owner to answer to and no
        paywall: readers like you keep it going.
      </p>
      <section aria-labelledby="pays-for" className="mt-8">
        <h2 id="pays-for" className="font-serif text-2xl font-bold">What your support pays for</h2>
        <ul className="mt-3 space-y-2">
          {paysFor.map((item) => (
            <li key={item.title} className="border-l-4 border-accent pl-3"><strong>{item.title}</strong> {item.text}</li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-muted">Already a supporter? <Link href={localePath(locale, '/account')} className="underline">Manage your support</Link>.</p>
      </section>
      <AppealSlot placement="support-page" locale={locale} formState={formState} />
      <section aria-labelledby="questions" className="mt-12">
        <h2 id="questions" className="font-serif text-2xl font-bold">Questions readers ask</h2>
        <div className="mt-2 divide-y divide-gray-300">
          {faq.map((item) => (
            <div key={item.q} className="py-4">
              <h3 className="font-bold">{item.q}</h3>
              <p className="mt-1">{item.a}</p>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
