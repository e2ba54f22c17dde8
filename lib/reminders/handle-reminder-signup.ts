// POST /support/reminder: validate, rate-limit, store once per address and month; JSON or a 303 back to the appeal.
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { getConfig } from '@/lib/config';
import { routeHandler } from '@/lib/http/route-handler';
import type { Locale } from '@/lib/i18n/locales';
import { signupRateLimits, type SignupLimits } from '@/lib/rate-limit/signup-rate-limits';
import { saveReminder } from './save-reminder';
import { validateReminderForm } from './validate-reminder-form';

export const REMINDER_LIMITS: SignupLimits = {
  perClient: { limit: 20, windowSeconds: 3600 },
  perAddress: { limit: 5, windowSeconds: 86_400 },
};

const backTo = (fields: Record<string, string>) => safeReturnPath(fields.return, '/support');

/** `locale`: the route's language (its answers, and the reminder email's); else taken from the request's path. */
export function handleReminderSignup(request: Request, { now = new Date(), locale }: { now?: Date; locale?: Locale } = {}): Promise<Response> {
  return routeHandler({
    access: 'public',
    now,
    locale,
    backTo: (fields) => `${backTo(fields)}#support`,
    input: ({ fields }) => {
      const result = validateReminderForm({ fields, now, timeZone: getConfig().REPORT_TIMEZONE });
      // Back on the page, the appeal stays collapsed on the reminder form.
      return result.ok ? { ok: true, value: { ...result.value, back: backTo(fields) } } : { ...result, keep: { appeal: 'deferred', form: 'reminder' } };
    },
    rateLimit: {
      limits: ({ input, clientIp }) => signupRateLimits({ form: 'reminder', clientIp, email: input.email, limits: REMINDER_LIMITS }),
      code: 'reminder_rate_limited',
    },
    handle: async ({ input, json, locale: language }) => {
      await saveReminder({ form: input, now, locale: language });
      if (json) return Response.json({ month: input.month, frequency: input.frequency });
      return new Response(null, { status: 303, headers: { location: `${input.back}?appeal=deferred&reminder=${input.month}#support` } });
    },
  })(request);
}
