// The remind-me-later form: email, month (YYYY-MM, this month to a year ahead) and the frequency the reader looked at.
import { parseEmailAddress } from '@/lib/email/parse-email-address';
import { isFrequency, type Frequency } from '@/lib/support/amounts';
import { addMonths, currentMonth, MONTHS_AHEAD } from './reminder-months';

export type ReminderForm = { email: string; month: string; frequency: Frequency };
export type ReminderFormResult = { ok: true; value: ReminderForm } | { ok: false; field: string; message: string };

export function validateReminderForm({ fields, now, timeZone }: { fields: Record<string, string>; now: Date; timeZone: string }): ReminderFormResult {
  const email = parseEmailAddress(fields.email);
  if (!email.ok) return { ok: false, field: 'email', message: email.message };

  const month = fields.month ?? '';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return { ok: false, field: 'month', message: 'Choose a month from the list.' };
  const thisMonth = currentMonth(now, timeZone);
  if (month < thisMonth) return { ok: false, field: 'month', message: 'That month has passed. Choose a month from the list.' };
  if (month > addMonths(thisMonth, MONTHS_AHEAD)) return { ok: false, field: 'month', message: 'Choose a month within the next year.' };

  const frequency = fields.frequency || 'monthly';
  if (!isFrequency(frequency)) return { ok: false, field: 'frequency', message: 'Frequency must be once, monthly or annual.' };
  return { ok: true, value: { email: email.email, month, frequency } };
}
