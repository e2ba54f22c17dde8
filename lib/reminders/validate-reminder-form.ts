// The remind-me-later form: email, month (YYYY-MM, this month to a year ahead) and the frequency the reader looked at.
import { parseEmailAddress } from '@/lib/email/parse-email-address';
import { fail, type Failure } from '@/lib/http/failure-response';
import { isFrequency, type Frequency } from '@/lib/support/amounts';
import { addMonths, currentMonth, MONTHS_AHEAD } from './reminder-months';

export type ReminderForm = { email: string; month: string; frequency: Frequency };
export type ReminderFormResult = { ok: true; value: ReminderForm } | Failure;

export function validateReminderForm({ fields, now, timeZone }: { fields: Record<string, string>; now: Date; timeZone: string }): ReminderFormResult {
  const email = parseEmailAddress(fields.email);
  if (!email.ok) return fail(400, email.code, { field: 'email' });

  const month = fields.month ?? '';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return fail(400, 'month_invalid', { field: 'month' });
  const thisMonth = currentMonth(now, timeZone);
  if (month < thisMonth) return fail(400, 'month_passed', { field: 'month' });
  if (month > addMonths(thisMonth, MONTHS_AHEAD)) return fail(400, 'month_too_far', { field: 'month' });

  const frequency = fields.frequency || 'monthly';
  if (!isFrequency(frequency)) return fail(400, 'reminder_frequency_invalid', { field: 'frequency' });
  return { ok: true, value: { email: email.email, month, frequency } };
}
