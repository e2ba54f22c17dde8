// /newsletter/unsubscribe?token=: GET asks to confirm (link scanners must not unsubscribe); POST unsubscribes (also RFC 8058 one-click).
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { emailedLinkPost } from '@/lib/http/emailed-link-post';
import { routeLocale, type RouteParams } from '@/lib/http/route-handler';
import { localePath } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { unsubscribeNewsletterSubscriber } from '@/lib/newsletter/change-newsletter-status';
import { checkNewsletterToken, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context?: RouteParams): Promise<Response> {
  const locale = await routeLocale(request, context);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now: new Date() }).ok) {
    return linkErrorResponse(request, { message: translatorFor(locale, 'forms')('linkError.unsubscribeInvalid'), locale });
  }
  return new Response(null, { status: 303, headers: { location: `${localePath(locale, '/newsletter/unsubscribe/confirm')}?token=${encodeURIComponent(token)}` } });
}

export const POST = emailedLinkPost({
  notValid: (locale) => translatorFor(locale, 'forms')('linkError.unsubscribeInvalid'),
  donePath: '/newsletter/unsubscribed',
  oneClick: { doneText: (locale) => translatorFor(locale, 'forms')('oneClick.unsubscribed') },
  apply: async (token, now) => {
    const check = checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now });
    if (check.ok) await unsubscribeNewsletterSubscriber({ email: check.subject, now });
    return check.ok;
  },
});
