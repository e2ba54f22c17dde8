// POST /newsletter/subscribe: the same answer for new and known addresses; bad input refused, signups rate-limited.
import { APPEAL_COOKIES, markerCookie } from '@/lib/appeal/appeal-cookies';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { getConfig } from '@/lib/config';
import { parseEmailAddress } from '@/lib/email/parse-email-address';
import { fail } from '@/lib/http/failure-response';
import { routeHandler } from '@/lib/http/route-handler';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { signupRateLimits, type SignupLimits } from '@/lib/rate-limit/signup-rate-limits';
import { requestNewsletterSignup } from './request-newsletter-signup';

export const NEWSLETTER_LIMITS: SignupLimits = {
  perClient: { limit: 10, windowSeconds: 3600 },
  perAddress: { limit: 3, windowSeconds: 3600 },
};

export const CHECK_EMAIL_MESSAGE = 'Check your inbox: we sent a link to confirm your subscription.';

/** `locale`: the route's language (its answers, and the confirmation email's); else taken from the request's path. */
export function handleNewsletterSignup(request: Request, { now = new Date(), locale }: { now?: Date; locale?: Locale } = {}): Promise<Response> {
  return routeHandler({
    access: 'public',
    now,
    locale,
    backTo: (fields) => `${safeReturnPath(fields.source, '/')}#newsletter`,
    input: ({ fields }) => {
      const email = parseEmailAddress(fields.email);
      if (!email.ok) return fail(400, email.code, { field: 'email', keep: { form: 'newsletter' } });
      return { ok: true, value: { email: email.email, source: safeReturnPath(fields.source, '/') } };
    },
    rateLimit: {
      limits: ({ input, clientIp }) => signupRateLimits({ form: 'newsletter', clientIp, email: input.email, limits: NEWSLETTER_LIMITS }),
      code: 'newsletter_rate_limited',
    },
    handle: async ({ input, json, locale: language }) => {
      const { APP_URL, PUBLICATION_NAME } = getConfig();
      await requestNewsletterSignup({ email: input.email, sourcePage: input.source, now, appUrl: APP_URL, publicationName: PUBLICATION_NAME, locale: language });
      // The same answer for known and new addresses, so the marker says only that this browser asked.
      const cookie = markerCookie({ name: APPEAL_COOKIES.newsletter, value: '1', secure: APP_URL.startsWith('https://') });
      if (json) return Response.json({ message: translatorFor(language, 'forms')('newsletterCheckEmail') }, { status: 202, headers: { 'set-cookie': cookie } });
      return new Response(null, { status: 303, headers: { location: localePath(language, '/newsletter/check-email'), 'set-cookie': cookie } });
    },
  })(request);
}
