// /newsletter/unsubscribe?token=: GET asks to confirm (link scanners must not unsubscribe); POST unsubscribes (also RFC 8058 one-click).
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { isOneClickPost, routeHandler } from '@/lib/http/route-handler';
import { unsubscribeNewsletterSubscriber } from '@/lib/newsletter/change-newsletter-status';
import { checkNewsletterToken, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';

const NOT_VALID = 'This unsubscribe link is not valid. Copy the whole link from the email.';

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now: new Date() }).ok) return linkErrorResponse(request, { message: NOT_VALID });
  return new Response(null, { status: 303, headers: { location: `/newsletter/unsubscribe/confirm?token=${encodeURIComponent(token)}` } });
}

export const POST = routeHandler({
  access: 'public',
  backTo: '/',
  oneClick: true,
  handle: async ({ request, input, now }) => {
    const token = new URL(request.url).searchParams.get('token') ?? input.token ?? '';
    const check = checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now });
    if (!check.ok) return linkErrorResponse(request, { message: NOT_VALID });
    await unsubscribeNewsletterSubscriber({ email: check.subject, now });
    if (isOneClickPost(input)) return new Response('You are unsubscribed.', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return new Response(null, { status: 303, headers: { location: '/newsletter/unsubscribed' } });
  },
});
