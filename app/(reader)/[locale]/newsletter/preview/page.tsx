// /newsletter/preview: a sample issue of the weekly newsletter, built from the latest stories.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { getLatestArticles } from '@/lib/articles/get-latest-articles';
import { NewsletterSignup } from '@/components/newsletter-signup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Newsletter preview' };

export default async function NewsletterPreviewPage() {
  const { PUBLICATION_NAME } = getConfig();
  const stories = await getLatestArticles(5);
  return (
    <div className="max-w-2xl mx-auto">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">Sample issue</p>
      <h1 className="font-serif text-4xl font-bold mt-1">The week in {PUBLICATION_NAME}</h1>
      <p className="mt-3 text-lg text-muted">
        Every Friday morning: the stories that mattered this week, what to watch next week, and a note from the editor. Free, and one click to leave.
      </p>
      <section aria-labelledby="preview-stories" className="mt-8 rounded border border-gray-300 bg-white p-6">
        <h2 id="preview-stories" className="font-serif text-2xl font-bold">This week’s stories</h2>
        <ol className="mt-4 space-y-5">
          {stories.map((story) => (
            <li key={story.slug}>
              <h3 className="font-serif text-xl font-bold"><Link href={`/articles/${story.slug}`} className="underline">{story.headline}</Link></h3>
              <p className="mt-1 text-muted">{story.standfirst}</p>
            </li>
          ))}
        </ol>
        <h2 className="font-serif text-2xl font-bold mt-8">From the editor</h2>
        <p className="mt-2 font-serif text-lg">Thanks for reading. Our reporting is free for everyone because readers chip in; if it matters to you, <Link href="/support" className="underline">support us</Link>.</p>
      </section>
      <NewsletterSignup source="/newsletter/preview" />
    </div>
  );
}
