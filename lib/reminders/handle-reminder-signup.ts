// POST /support/reminder: validate, rate-limit, store once per address and month; JSON or a 303 back to the appeal.
import { getConfig } from '@/lib/config';
import { getClientIp } from '@/lib/http/client-ip';
import { formError, readForm, wantsJson } from '@/lib/http/form-request';
import { safeReturnPath } from '@/lib/appeal/safe-return-path';
import { checkSignupRateLimits, type SignupLimits } from '@/lib/rate-limit/check-signup-rate-limits';
import { saveReminder } from './save-reminder';
import { validateReminderForm } from './validate-reminder-form';

export const REMINDER_LIMITS: SignupLimits = {
  perClient: { limit: 20, windowSeconds: 3600 },
  perAddress: { limit: 5, windowSeconds: 86_400 },
};

export async function handleReminderSignup(request: Request, { now = new Date() }: { now?: Date } = {}): Promise<Response> {
  const form = await readForm(request);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: '/support#support' });
  const back = safeReturnPath(form.fields.return, '/support');
  const keep = { appeal: 'deferred', form: 'reminder' };
  const result = validateReminderForm({ fields: form.fields, now, timeZone: getConfig().REPORT_TIMEZONE });
  if (!result.ok) return formError(request, { field: result.field, message: result.message, backTo: `${back}#support`, keep });

  const wait = await checkSignupRateLimits({ form: 'reminder', clientIp: getClientIp(request.headers), email: result.value.email, limits: REMINDER_LIMITS, now });
  if (wait !== null) {
    return formError(request, { status: 429, message: 'Too many reminder requests. Please try again later.', backTo: `${back}#support`, keep, retryAfterSeconds: wait });
  }
  await saveReminder({ form: result.value, now });
  if (wantsJson(request)) return Response.json({ month: result.value.month, frequency: result.value.frequency });
  return new Response(null, { status: 303, headers: { location: `${back}?appeal=deferred&reminder=${result.value.month}#support` } });
}
