// An article with the support appeal at its end and the newsletter signup. The cached page passes no form state; the
// per-request page (after a plain-form post) passes what its query says.
import { getConfig } from '@/lib/config';
import type { Article } from '@/lib/articles/get-article-by-slug';
import { formatPublishedDate } from '@/lib/articles/format-published-date';
import { splitBody } from '@/lib/articles/split-body';
import type { AppealFormState } from '@/lib/appeal/render-appeal-slot';
import type { AppealConfig } from '@/lib/campaigns/appeal-config';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { AppealSlot } from '@/components/appeal/appeal-slot';
import { NewsletterSignup } from '@/components/newsletter-signup';

type Props = {
  article: Article;
  locale: Locale;
  formState?: AppealFormState | null;
  newsletterError?: string | null;
  preview?: { config: AppealConfig; label: string } | null;
};

export function ArticleView({ article, locale, formState = null, newsletterError = null, preview = null }: Props) {
  const { REPORT_TIMEZONE } = getConfig();
  const t = translatorFor(locale, 'front');
  // An article in another language than the page's: the article says so, and the page's own words inside it say theirs.
  const foreign = article.language !== locale;
  const pageLang = foreign ? locale : undefined;
  return (
    <article className="max-w-2xl mx-auto" lang={foreign ? article.language : undefined}>
      <header>
        <p className="text-xs font-semibold uppercase tracking-wider text-accent">{article.section}</p>
        <h1 className="font-serif text-4xl font-bold leading-tight mt-1">{article.headline}</h1>
        <p className="mt-3 text-xl text-muted">{article.standfirst}</p>
        <p className="mt-4 text-sm text-muted border-y border-gray-200 py-2" lang={pageLang}>
          {t.rich('byline', { name: article.byline, author: (chunks) => <span className="font-semibold text-ink" lang={foreign ? article.language : undefined}>{chunks}</span> })} ·{' '}
          <time dateTime={article.publishedAt.toISOString()}>{formatPublishedDate(article.publishedAt, REPORT_TIMEZONE, locale)}</time>
        </p>
      </header>
      <div className="mt-6 font-serif text-lg leading-relaxed space-y-5">
        {splitBody(article.body).map((block, i) =>
          block.kind === 'heading' ? (
            <h2 key={i} className="font-sans text-xl font-bold pt-2">{block.text}</h2>
          ) : (
            <p key={i}>{block.text}</p>
          ),
        )}
      </div>
      {/* The support appeal, at the end of every article (or its line of thanks, for deferred readers and supporters). */}
      <div lang={pageLang}>
        <AppealSlot placement="article-end" locale={locale} articleSlug={article.slug} section={article.section} formState={formState} preview={preview} />
        <NewsletterSignup locale={locale} source={localePath(locale, `/articles/${article.slug}`)} error={newsletterError} />
      </div>
    </article>
  );
}
