// GET /embed/appeal?placement=article-end&lang=en: the appeal's markup and settings for /embed.js on another site.
// The same for every reader (their state stays in their browser), so CDNs and browsers may cache it.
import { buildAppealSlot } from '@/lib/appeal/build-appeal-slot';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { isAppealPlacement } from '@/lib/funnel/appeal-placements';
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import { getConfig } from '@/lib/config';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const placement = query.get('placement');
  const lang = query.get('lang');
  const settings = getAppealSettings();
  const markup = await buildAppealSlot({
    placement: isAppealPlacement(placement) && placement !== 'support-page' ? placement : 'embed',
    locale: isLocale(lang) ? lang : DEFAULT_LOCALE,
    base: getConfig().APP_URL,
  });
  const body = {
    markup,
    offered: (await getPublishedAppeal()).config.currencies,
    hideAfterGiftDays: settings.hideAfterGiftDays,
    cap: settings.cap ? [settings.cap.times, settings.cap.days] : null,
  };
  return Response.json(body, {
    headers: { 'cache-control': 'public, max-age=60, s-maxage=60, stale-while-revalidate=600', 'access-control-allow-origin': '*', vary: 'Accept-Encoding' },
  });
}
