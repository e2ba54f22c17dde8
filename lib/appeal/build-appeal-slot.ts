// The appeal's markup for a page or the embed, from the published appeal (read from memory, no query per view) and the
// site's settings. Nothing here reads the request: the result is the same for every reader, so pages stay cacheable.
import type { AppealConfig } from '@/lib/campaigns/appeal-config';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { variantConfig } from '@/lib/campaigns/variant-config';
import { localizeAppealConfig, variantChangesWords } from '@/lib/campaigns/localize-appeal-config';
import { CONTROL_KEY, HOLDBACK_KEY } from '@/lib/campaigns/campaign-test';
import { getConfig } from '@/lib/config';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { defaultReminderMonth, reminderMonthChoices } from '@/lib/reminders/reminder-months';
import { getAppealSettings } from './get-appeal-settings';
import type { AppealPlacement } from '@/lib/funnel/appeal-placements';
import { renderAppealSlot, type AppealFormState } from './render-appeal-slot';

export type BuildAppealSlotOptions = {
  placement: AppealPlacement;
  locale: Locale;
  articleSlug?: string | null;
  section?: string | null;
  /** The embed's forms post to this site from another: absolute addresses. */
  base?: string;
  formState?: AppealFormState | null;
  /** A staff preview: this config instead of the published one, always in full, outside any test. */
  preview?: { config: AppealConfig; label: string } | null;
  now?: Date;
};

export async function buildAppealSlot(options: BuildAppealSlotOptions): Promise<string> {
  const { PUBLICATION_NAME, REPORT_TIMEZONE } = getConfig();
  const now = options.now ?? new Date();
  const published = await getPublishedAppeal();
  const articleSlug = options.articleSlug ?? null;
  const supportPage = options.placement === 'support-page';
  const english = options.locale === 'en';
  const tests = options.preview ? [] : published.tests.filter((test) => english || !test.variants.some((v) => variantChangesWords(v.overrides)));
  const variants = tests.flatMap((test) =>
    test.variants
      .filter((v) => v.key !== CONTROL_KEY && v.key !== HOLDBACK_KEY)
      .map((v) => ({ testId: test.id, key: v.key, config: localizeAppealConfig(variantConfig(published, { testId: test.id, variant: v.key }), options.locale) })),
  );
  return renderAppealSlot({
    placement: options.placement,
    articleSlug,
    section: options.section ?? null,
    locale: options.locale,
    base: options.base ?? '',
    publicationName: PUBLICATION_NAME,
    config: localizeAppealConfig(options.preview?.config ?? published.config, options.locale),
    variants,
    tests,
    reminder: { months: reminderMonthChoices(now, REPORT_TIMEZONE, options.locale), defaultMonth: defaultReminderMonth(now, REPORT_TIMEZONE) },
    returnPath: localePath(options.locale, articleSlug ? `/articles/${articleSlug}` : '/support'),
    // A reader who came to the support page to give is not offered "Remind me later".
    offerReminder: !supportPage,
    force: supportPage || options.preview ? 'full' : null,
    formState: options.formState ?? null,
    previewLabel: options.preview?.label ?? null,
    deferDays: getAppealSettings().deferDays,
  });
}
