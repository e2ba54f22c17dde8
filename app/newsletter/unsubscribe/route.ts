// /newsletter/unsubscribe?token=: GET asks to confirm (link scanners must not unsubscribe); POST unsubscribes (also RFC 8058 one-click).
import { readForm } from '@/lib/http/form-request';
import { isOneClickPost, linkErrorResponse } from '@/lib/email/link-error-response';
import { unsubscribeNewsletterSubscriber } from '@/lib/newsletter/change-newsletter-status';
import { checkNewsletterToken, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/newsletter-links';

export const dynamic = 'force-dynamic';

const NOT_VALID = 'This unsubscribe link is not valid. Copy the whole link from the email.';

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if (!checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now: new Date() }).ok) return linkErrorResponse(request, { message: NOT_VALID });
  return new Response(null, { status: 303, headers: { location: `/newsletter/unsubscribe/confirm?token=${encodeURIComponent(token)}` } });
}

export async function POST(request: Request): Promise<Response> {
  const now = new Date();
  const form = await readForm(request);
  const fields = form.ok ? form.fields : {};
  const token = new URL(request.url).searchParams.get('token') ?? fields.token ?? '';
  const check = checkNewsletterToken({ token, purpose: UNSUBSCRIBE_PURPOSE, now });
  if (!check.ok) return linkErrorResponse(request, { message: NOT_VALID });
  await unsubscribeNewsletterSubscriber({ email: check.subject, now });
  if (isOneClickPost(fields)) return new Response('You are unsubscribed.', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(null, { status: 303, headers: { location: '/newsletter/unsubscribed' } });
}
