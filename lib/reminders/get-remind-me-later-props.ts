// What the "Remind me later" line needs from the server: the months on offer and the default, in the publication's time zone.
import { getConfig } from '@/lib/config';
import { defaultReminderMonth, reminderMonthChoices } from './reminder-months';

export function getRemindMeLaterProps({ returnPath, now = new Date() }: { returnPath: string; now?: Date }) {
  const { PUBLICATION_NAME, REPORT_TIMEZONE } = getConfig();
  return {
    returnPath,
    publicationName: PUBLICATION_NAME,
    months: reminderMonthChoices(now, REPORT_TIMEZONE),
    defaultMonth: defaultReminderMonth(now, REPORT_TIMEZONE),
  };
}
