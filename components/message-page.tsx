// The small pages that say one thing after a step (check your email, unsubscribed, account deleted...): a heading,
// a few lines and a link onward, in the page's language, named in every language and kept out of search engines.
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { stepPageMetadata } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor, type Messages } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';

type Translator<N extends keyof Messages> = ReturnType<typeof translatorFor<N>>;

export function MessagePage({ heading, children, next }: { heading: string; children: ReactNode; next?: { href: string; label: string } }) {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="font-serif text-4xl font-bold">{heading}</h1>
      {children}
      {next ? <p className="mt-4"><Link href={next.href} className="underline">{next.label}</Link></p> : null}
    </div>
  );
}

/** A step page's metadata and page from its words' namespace, its title's key, its path and what it says. */
export function stepPage<N extends keyof Messages>(options: { namespace: N; title: Parameters<Translator<N>>[0]; path: string; render: (t: Translator<N>, locale: Locale) => ReactNode }) {
  return {
    generateMetadata: async (props: LocaleParams): Promise<Metadata> => {
      const locale = await pageLocale(props);
      // The key is checked against the namespace where the page names it; here it is only looked up.
      const title = (translatorFor(locale, options.namespace) as unknown as (key: string) => string)(options.title as string);
      return stepPageMetadata(locale, title, options.path);
    },
    Page: async (props: LocaleParams) => {
      const locale = await pageLocale(props);
      return options.render(translatorFor(locale, options.namespace), locale);
    },
  };
}
