// One story on the front page: the lead (large, with its byline) or one of the rest.
import Link from 'next/link';
import { formatPublishedDate } from '@/lib/articles/format-published-date';
import type { ArticleSummary } from '@/lib/articles/get-latest-articles';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

type Props = { article: ArticleSummary; lead?: boolean; timeZone: string; locale: Locale };

export function ArticleTeaser({ article, lead = false, timeZone, locale }: Props) {
  const t = translatorFor(locale, 'front');
  const date = <time dateTime={article.publishedAt.toISOString()}>{formatPublishedDate(article.publishedAt, timeZone, locale)}</time>;
  return (
    <article className={lead ? 'border-b border-gray-300 pb-8 mb-8' : undefined} lang={article.language !== locale ? article.language : undefined}>
      <p className="text-xs font-semibold uppercase tracking-wider text-accent">{article.section}</p>
      <h2 className={lead ? 'font-serif text-4xl font-bold leading-tight mt-1' : 'font-serif text-xl font-bold leading-snug mt-1'}>
        <Link href={localePath(locale, `/articles/${article.slug}`)} className="hover:underline">{article.headline}</Link>
      </h2>
      <p className={lead ? 'mt-3 text-lg text-muted max-w-3xl' : 'mt-2 text-muted'}>{article.standfirst}</p>
      <p className="mt-2 text-sm text-muted">{lead ? <>{t.rich('byline', { name: article.byline, author: (chunks) => <>{chunks}</> })} · {date}</> : date}</p>
    </article>
  );
}
