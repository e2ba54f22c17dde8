// GET /newsletter/confirm?token=: the double opt-in link; a tampered, expired or stale link is a 400 with a clear message.
import { linkErrorResponse } from '@/lib/http/link-error-response';
import { confirmNewsletterSubscriber } from '@/lib/newsletter/change-newsletter-status';
import { checkNewsletterToken, CONFIRM_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const now = new Date();
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const check = checkNewsletterToken({ token, purpose: CONFIRM_PURPOSE, now });
  if (!check.ok && check.reason === 'expired') {
    return linkErrorResponse(request, { message: 'This confirmation link has expired. Sign up again and we will send a new one.' });
  }
  if (!check.ok) return linkErrorResponse(request, { message: 'This confirmation link is not valid. Copy the whole link from the email, or sign up again.' });
  const outcome = await confirmNewsletterSubscriber({ email: check.subject, now });
  if (outcome === 'not-pending') {
    return linkErrorResponse(request, { message: 'This confirmation link is no longer valid. Sign up again to get the newsletter.' });
  }
  return new Response(null, { status: 303, headers: { location: '/newsletter/confirmed' } });
}
