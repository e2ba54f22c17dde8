// /newsletter/unsubscribe?token=: GET asks to confirm (link scanners must not unsubscribe); POST unsubscribes (also RFC 8058 one-click).
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { emailedLinkPost } from '@/lib/http/emailed-link-post';
import { unsubscribeNewsletterSubscriber } from '@/lib/newsletter/change-newsletter-status';
import { checkNewsletterToken, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';

const NOT_VALID = 'This unsubscribe link is not valid. Copy the whole link from the email.';

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now: new Date() }).ok) return linkErrorResponse(request, { message: NOT_VALID });
  return new Response(null, { status: 303, headers: { location: `/newsletter/unsubscribe/confirm?token=${encodeURIComponent(token)}` } });
}

export const POST = emailedLinkPost({
  notValid: NOT_VALID,
  donePath: '/newsletter/unsubscribed',
  oneClick: { doneText: 'You are unsubscribed.' },
  apply: async (token, now) => {
    const check = checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now });
    if (check.ok) await unsubscribeNewsletterSubscriber({ email: check.subject, now });
    return check.ok;
  },
});
