// The support appeal: the newsroom's letter, the choice of frequency and amount, Continue to Stripe, and "Remind me later".
import crypto from 'node:crypto';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/config';
import { getAppealCopy } from '@/lib/support/appeal-copy';
import { detectCurrency } from '@/lib/support/detect-currency';
import { readAppealState, type AppealSearchParams } from '@/lib/support/read-appeal-state';
import { AppealForm } from './appeal-form';
import { AppealImpression } from './appeal-impression';
import { PaymentMarks } from './payment-marks';
import { RemindMeLater } from './remind-me-later';
import { getRemindMeLaterProps } from '@/lib/reminders/get-remind-me-later-props';

type Props = {
  /** Where the appeal is shown, for attribution: "article-end", "support-page", ... */
  placement: string;
  articleSlug?: string | null;
  searchParams?: AppealSearchParams;
};

export async function SupportAppeal({ placement, articleSlug = null, searchParams = {} }: Props) {
  const requested = typeof searchParams.currency === 'string' ? searchParams.currency : null;
  const currency = detectCurrency(await headers(), requested);
  const initial = readAppealState(searchParams, currency);
  const copy = getAppealCopy({ publicationName: getConfig().PUBLICATION_NAME, currency });
  const headingId = `support-heading-${placement}`;
  return (
    <section id="support" aria-labelledby={headingId} className="mt-12 scroll-mt-4 rounded-lg border-2 border-accent bg-white p-6 shadow-sm">
      <h2 id={headingId} className="font-serif text-2xl font-bold">{copy.heading}</h2>
      <div className="mt-4 space-y-3 font-serif text-lg leading-relaxed">
        {copy.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        <p className="italic">{copy.signature}</p>
      </div>
      <AppealForm placement={placement} articleSlug={articleSlug} nonce={crypto.randomUUID()} initial={initial} />
      <PaymentMarks />
      <RemindMeLater {...getRemindMeLaterProps({ returnPath: articleSlug ? `/articles/${articleSlug}` : '/support' })} frequency={initial.frequency} />
      <AppealImpression placement={placement} articleSlug={articleSlug} />
    </section>
  );
}
