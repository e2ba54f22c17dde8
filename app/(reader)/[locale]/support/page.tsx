// /support: the page a reader chose to visit from the masthead's "Support us": why support matters, what it pays for,
// the appeal itself, and answers to the questions readers ask before they give.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { AppealSlot } from '@/components/appeal/appeal-slot';
import { readAppealFormState } from '@/lib/appeal/read-appeal-form-state';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import type { ReactNode } from 'react';
import { languageAlternates } from '@/lib/i18n/alternates';
import { isLocale, localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

// Per reader (its query, the session): never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  return { title: translatorFor(locale, 'support')('page.metaTitle'), alternates: languageAlternates(locale, '/support') };
}

const PAYS_FOR = ['room', 'dig', 'free'] as const;
const QUESTIONS = ['cancel', 'receipt', 'tax', 'processor', 'free'] as const;

export default async function SupportPage({ params, searchParams }: Props) {
  const { PUBLICATION_NAME } = getConfig();
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : 'en';
  const t = translatorFor(locale, 'support');
  const formState = readAppealFormState(await searchParams, (await getPublishedAppeal()).config, locale);
  const accountLink = (chunks: ReactNode) => <Link href={localePath(locale, '/account')} className="underline">{chunks}</Link>;
  const publication = PUBLICATION_NAME;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-4xl font-bold">{t('page.title', { publication })}</h1>
      <p className="mt-4 font-serif text-xl leading-relaxed">{t('page.intro', { publication })}</p>
      <section aria-labelledby="pays-for" className="mt-8">
        <h2 id="pays-for" className="font-serif text-2xl font-bold">{t('page.paysForHeading')}</h2>
        <ul className="mt-3 space-y-2">
          {PAYS_FOR.map((key) => (
            <li key={key} className="border-l-4 border-accent pl-3"><strong>{t(`page.paysFor.${key}.title`)}</strong> {t(`page.paysFor.${key}.text`)}</li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-muted">{t.rich('page.already', { link: accountLink })}</p>
      </section>
      <AppealSlot placement="support-page" locale={locale} formState={formState} />
      <section aria-labelledby="questions" className="mt-12">
        <h2 id="questions" className="font-serif text-2xl font-bold">{t('page.questionsHeading')}</h2>
        <div className="mt-2 divide-y divide-gray-300">
          {QUESTIONS.map((key) => (
            <div key={key} className="py-4">
              <h3 className="font-bold">{t(`page.faq.${key}.q`)}</h3>
              <p className="mt-1">{t.rich(`page.faq.${key}.a`, { link: accountLink, publication })}</p>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
