// Reminder months in the publication's time zone: the default, the choices and the form's checks.
import { describe, expect, it } from 'vitest';
import { addMonths, currentMonth, defaultReminderMonth, formatMonth, reminderMonthChoices } from '@/lib/reminders/reminder-months';
import { validateReminderForm } from '@/lib/reminders/validate-reminder-form';

const tz = 'America/New_York';

describe('reminder months', () => {
  it('defaults to next month before the 20th, else the month after', () => {
    expect(defaultReminderMonth(new Date('2027-01-19T12:00:00Z'), tz)).toBe('2027-02');
    expect(defaultReminderMonth(new Date('2027-01-20T12:00:00Z'), tz)).toBe('2027-03');
    expect(defaultReminderMonth(new Date('2026-12-25T12:00:00Z'), tz)).toBe('2027-02');
    // 20 January 02:00 UTC is still the 19th in New York.
    expect(defaultReminderMonth(new Date('2027-01-20T02:00:00Z'), tz)).toBe('2027-02');
  });

  it('counts months across years and names them', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(currentMonth(new Date('2027-03-01T03:00:00Z'), tz)).toBe('2027-02');
    expect(formatMonth('2027-03')).toBe('March 2027');
    const choices = reminderMonthChoices(new Date('2026-11-26T12:00:00Z'), tz);
    expect(choices).toHaveLength(12);
    expect(choices[0]).toEqual({ value: '2026-12', label: 'December 2026' });
    expect(choices.at(-1)!.value).toBe('2027-11');
  });

  it('validates the form: address, month within a year, and frequency', () => {
    const now = new Date('2027-01-10T12:00:00Z');
    const check = (fields: Record<string, string>) => validateReminderForm({ fields, now, timeZone: tz });
    expect(check({ email: ' A@Example.org', month: '2027-02' })).toEqual({ ok: true, value: { email: 'a@example.org', month: '2027-02', frequency: 'monthly' } });
    expect(check({ email: 'a@example.org', month: '2027-01', frequency: 'once' }).ok).toBe(true);
    expect(check({ email: 'a@example.org', month: '2026-12' })).toMatchObject({ ok: false, field: 'month' });
    expect(check({ email: 'a@example.org', month: '2027-00' })).toMatchObject({ ok: false, field: 'month' });
    expect(check({ email: 'a@example.org', month: '2028-02' })).toMatchObject({ ok: false, field: 'month' });
    expect(check({ email: 'a@example.org\r\n', month: '2027-02' })).toMatchObject({ ok: false, field: 'email' });
    expect(check({ email: 'a@example.org', month: '2027-02', frequency: 'daily' })).toMatchObject({ ok: false, field: 'frequency' });
  });
});
