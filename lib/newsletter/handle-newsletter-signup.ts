// POST /newsletter/subscribe: the same answer for new and known addresses; bad input refused, signups rate-limited.
import { getConfig } from '@/lib/config';
import { getClientIp } from '@/lib/http/client-ip';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';
import { parseEmailAddress } from '@/lib/email/parse-email-address';
import { safeReturnPath } from '@/lib/appeal/safe-return-path';
import { checkSignupRateLimits, type SignupLimits } from '@/lib/rate-limit/check-signup-rate-limits';
import { requestNewsletterSignup } from './request-newsletter-signup';

export const NEWSLETTER_LIMITS: SignupLimits = {
  perClient: { limit: 10, windowSeconds: 3600 },
  perAddress: { limit: 3, windowSeconds: 3600 },
};

export const CHECK_EMAIL_MESSAGE = 'Check your inbox: we sent a link to confirm your subscription.';

export async function handleNewsletterSignup(request: Request, { now = new Date() }: { now?: Date } = {}): Promise<Response> {
  const form = await readForm(request);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: '/' });
  const source = safeReturnPath(form.fields.source, '/');
  const backTo = `${source}#newsletter`;
  const keep = { form: 'newsletter' };
  const email = parseEmailAddress(form.fields.email);
  if (!email.ok) return formError(request, { field: 'email', message: email.message, backTo, keep });

  const wait = await checkSignupRateLimits({ form: 'newsletter', clientIp: getClientIp(request.headers), email: email.email, limits: NEWSLETTER_LIMITS, now });
  if (wait !== null) {
    return formError(request, { status: 429, message: 'Too many signups. Please try again later.', backTo, keep, retryAfterSeconds: wait });
  }
  const { APP_URL, PUBLICATION_NAME } = getConfig();
  await requestNewsletterSignup({ email: email.email, sourcePage: source, now, appUrl: APP_URL, publicationName: PUBLICATION_NAME });
  if (wantsJson(request)) return Response.json({ message: CHECK_EMAIL_MESSAGE }, { status: 202 });
  return new Response(null, { status: 303, headers: { location: '/newsletter/check-email' } });
}
