// The support appeal: the newsroom's letter, the choice of frequency and amount, Continue to Stripe, and "Remind me later".
// Its words and amounts are the published appeal's (or the reader's test variant's, or a staff preview's).
import crypto from 'node:crypto';
import { headers } from 'next/headers';
import { getConfig } from '@/lib/config';
import type { AppealConfig } from '@/lib/campaigns/appeal-config';
import { fillAppealCopy } from '@/lib/campaigns/fill-appeal-copy';
import { detectCurrency } from '@/lib/support/detect-currency';
import { readAppealState, type AppealSearchParams } from '@/lib/support/read-appeal-state';
import { AppealForm } from './appeal-form';
import { AppealImpression } from './appeal-impression';
import { PaymentMarks } from './payment-marks';
import { RemindMeLater } from './remind-me-later';
import type { EventAttribution } from './send-appeal-event';
import { getRemindMeLaterProps } from '@/lib/reminders/get-remind-me-later-props';

type Props = {
  /** Where the appeal is shown, for attribution: "article-end", "support-page", ... */
  placement: string;
  articleSlug?: string | null;
  searchParams?: AppealSearchParams;
  config: AppealConfig;
  attribution: EventAttribution;
  /** Shown above a staff preview, so nobody mistakes it for what readers see. */
  previewLabel?: string | null;
  /** False on the support page: a reader who came to give is not offered "Remind me later". */
  offerReminder?: boolean;
};

export async function SupportAppeal({ placement, articleSlug = null, searchParams = {}, config, attribution, previewLabel = null, offerReminder = true }: Props) {
  const requested = typeof searchParams.currency === 'string' ? searchParams.currency : null;
  const detected = detectCurrency(await headers(), requested);
  const currency = config.currencies.includes(detected) ? detected : config.currencies[0];
  const initial = readAppealState(searchParams, currency, config);
  const copy = fillAppealCopy(config, { publicationName: getConfig().PUBLICATION_NAME, currency });
  const headingId = `support-heading-${placement}`;
  return (
    <section id="support" aria-labelledby={headingId} className="mt-12 scroll-mt-4 rounded-lg border-2 border-accent bg-white p-6 shadow-sm">
      {previewLabel ? <p role="note" className="mb-4 rounded bg-yellow-100 px-3 py-2 text-sm font-semibold">{previewLabel}</p> : null}
      <h2 id={headingId} className="font-serif text-2xl font-bold">{copy.heading}</h2>
      <div className="mt-4 space-y-3 font-serif text-lg leading-relaxed">
        {copy.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        {copy.highlight ? <p><mark className="bg-yellow-200 px-0.5 font-semibold">{copy.highlight}</mark></p> : null}
        <div className="flex items-center gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- a staff-chosen address, shown at a fixed size */}
          {copy.signature.photoUrl ? <img src={copy.signature.photoUrl} alt="" width={48} height={48} className="h-12 w-12 rounded-full object-cover" /> : null}
          <p className="italic">
            {copy.signature.name}
            {copy.signature.role ? <span className="block text-base not-italic text-muted">{copy.signature.role}</span> : null}
          </p>
        </div>
      </div>
      <AppealForm
        placement={placement}
        articleSlug={articleSlug}
        nonce={crypto.randomUUID()}
        initial={initial}
        amounts={config.amounts}
        currencies={config.currencies}
        frequencies={config.frequencies}
        continueLabel={copy.continueLabel}
        belowButton={copy.belowButton}
        attribution={attribution}
      />
      <PaymentMarks />
      {offerReminder ? <RemindMeLater {...getRemindMeLaterProps({ returnPath: articleSlug ? `/articles/${articleSlug}` : '/support' })} frequency={initial.frequency} /> : null}
      {previewLabel ? null : <AppealImpression placement={placement} articleSlug={articleSlug} attribution={attribution} />}
    </section>
  );
}
