// /newsletter/preview: a sample issue of the weekly newsletter, built from the latest stories in its language.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { languageAlternates } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { NewsletterSignup } from '@/components/newsletter-signup';

export const dynamic = 'force-dynamic';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  return { title: translatorFor(locale, 'newsletter')('preview.metaTitle'), alternates: languageAlternates(locale, '/newsletter/preview') };
}

export default async function NewsletterPreviewPage(props: LocaleParams) {
  const { PUBLICATION_NAME } = getConfig();
  const locale = await pageLocale(props);
  const t = translatorFor(locale, 'newsletter');
  const stories = await getLatestArticles(5, locale);
  return (
    <div className="max-w-2xl mx-auto">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">{t('preview.kicker')}</p>
      <h1 className="font-serif text-4xl font-bold mt-1">{t('preview.title', { publication: PUBLICATION_NAME })}</h1>
      <p className="mt-3 text-lg text-muted">{t('preview.lead')}</p>
      <section aria-labelledby="preview-stories" className="mt-8 rounded border border-gray-300 bg-white p-6">
        <h2 id="preview-stories" className="font-serif text-2xl font-bold">{t('preview.storiesHeading')}</h2>
        <ol className="mt-4 space-y-5">
          {stories.map((story) => (
            <li key={story.slug}>
              <h3 className="font-serif text-xl font-bold"><Link href={localePath(locale, `/articles/${story.slug}`)} className="underline">{story.headline}</Link></h3>
              <p className="mt-1 text-muted">{story.standfirst}</p>
            </li>
          ))}
        </ol>
        <h2 className="font-serif text-2xl font-bold mt-8">{t('preview.editorHeading')}</h2>
        <p className="mt-2 font-serif text-lg">
          {t.rich('preview.editorText', { link: (chunks) => <Link href={localePath(locale, '/support')} className="underline">{chunks}</Link> })}
        </p>
      </section>
      <NewsletterSignup locale={locale} source={localePath(locale, '/newsletter/preview')} />
    </div>
  );
}
