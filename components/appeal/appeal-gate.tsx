// Decides, on the server, what the end of an article shows: the full appeal, a line of thanks (deferred readers and
// supporters), or nothing (frequency cap). Deciding before the page is sent means nothing appears or vanishes later.
import { getConfig } from '@/lib/config';
import { firstParam as first } from '@/lib/http/first-param';
import { formMessage } from '@/lib/http/form-messages';
import { getAppealVisibility } from '@/lib/appeal/get-appeal-visibility';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { APPEAL_COOKIES } from '@/lib/appeal/appeal-cookies';
import { getReaderAppeal } from '@/lib/campaigns/get-reader-appeal';
import { formatMonth } from '@/lib/reminders/reminder-months';
import { getRemindMeLaterProps } from '@/lib/reminders/get-remind-me-later-props';
import type { AppealSearchParams } from '@/lib/support/read-appeal-state';
import { AppealSeenCounter } from './appeal-seen-counter';
import { RememberBrowser } from './remember-browser';
import { RemindMeLater } from './remind-me-later';
import { SupportAppeal } from './support-appeal';

type Props = {
  placement: string;
  articleSlug?: string | null;
  /** The article's section, for tests that target sections. */
  section?: string | null;
  searchParams: AppealSearchParams;
  /** The support page shows the full appeal, without "Remind me later", to everyone who came for it. */
  alwaysShow?: boolean;
};

export async function AppealGate({ placement, articleSlug = null, section = null, searchParams, alwaysShow = false }: Props) {
  const now = new Date();
  const appeal = await getReaderAppeal({ placement, section, query: searchParams, now });
  // A staff preview shows the full appeal whatever the reader state of the staff member's own browser.
  const visibility = alwaysShow || appeal.previewLabel ? 'full' : await getAppealVisibility({ now });
  const justDeferred = first(searchParams.appeal) === 'deferred';
  const settings = getAppealSettings();
  if (visibility === 'capped') return null;
  const rememberBrowser = appeal.newBrowserId ? <RememberBrowser cookieName={APPEAL_COOKIES.browserId} id={appeal.newBrowserId} /> : null;
  if (visibility === 'full' && !justDeferred) {
    if (appeal.heldBack) return rememberBrowser;
    return (
      <>
        {rememberBrowser}
        <SupportAppeal placement={placement} articleSlug={articleSlug} searchParams={searchParams} config={appeal.config} attribution={appeal.attribution} previewLabel={appeal.previewLabel} offerReminder={!alwaysShow} />
        {settings.cap ? <AppealSeenCounter days={settings.cap.days} /> : null}
      </>
    );
  }
  const box = 'mt-12 scroll-mt-4 rounded-lg border border-gray-300 bg-white p-6';
  if (visibility === 'supporter') {
    return (
      <div id="support" className={box}>
        <p className="font-serif text-lg">Thank you for supporting {getConfig().PUBLICATION_NAME}. Readers like you keep this reporting free for everyone.</p>
      </div>
    );
  }
  const reminder = first(searchParams.reminder);
  const ownError = first(searchParams.form) === 'reminder' ? formMessage(first(searchParams.error)) : null;
  const errorField = first(searchParams.field);
  const frequency = first(searchParams.frequency);
  return (
    <div id="support" className={box}>
      <RemindMeLater
        {...getRemindMeLaterProps({ returnPath: articleSlug ? `/articles/${articleSlug}` : '/support' })}
        frequency={frequency && ['once', 'monthly', 'annual'].includes(frequency) ? frequency : undefined}
        collapsed
        thanksOnly={!justDeferred}
        confirmedMonth={reminder && /^\d{4}-\d{2}$/.test(reminder) ? formatMonth(reminder) : null}
        error={ownError ? { field: errorField === 'month' || errorField === 'frequency' ? errorField : 'email', message: ownError } : null}
      />
    </div>
  );
}
