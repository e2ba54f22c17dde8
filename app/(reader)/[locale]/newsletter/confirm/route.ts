// /newsletter/confirm?token=: the double opt-in link. GET asks to confirm (mail scanners fetch links and must not
// subscribe anyone); POST, the page's button, confirms. A tampered, expired or stale link is a 400 with a clear message.
import { emailedLinkPost } from '@/lib/http/emailed-link-post';
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { routeLocale, type RouteParams } from '@/lib/http/route-handler';
import { localePath } from '@/lib/i18n/locales';
import { confirmNewsletterSubscriber } from '@/lib/newsletter/change-newsletter-status';
import { confirmLinkMessage, readNewsletterConfirmation } from '@/lib/newsletter/read-newsletter-confirmation';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context?: RouteParams): Promise<Response> {
  const locale = await routeLocale(request, context);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const confirmation = await readNewsletterConfirmation({ token, now: new Date(), locale });
  if (!confirmation.ok) return linkErrorResponse(request, { message: confirmation.message, locale });
  return new Response(null, { status: 303, headers: { location: `${localePath(locale, '/newsletter/confirm/subscribe')}?token=${encodeURIComponent(token)}` } });
}

export const POST = emailedLinkPost({
  notValid: (locale) => confirmLinkMessage('stale', locale),
  donePath: '/newsletter/confirmed',
  oneClick: false,
  apply: async (token, now) => {
    const confirmation = await readNewsletterConfirmation({ token, now });
    return confirmation.ok && (await confirmNewsletterSubscriber({ email: confirmation.email, now })) !== 'not-pending';
  },
});
