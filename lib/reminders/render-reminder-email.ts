// The reminder itself: a link back to /support on the frequency the reader looked at, and a one-click cancel link.
import { renderEmail } from '@/lib/email/render-email';
import type { OutgoingEmail } from '@/lib/email/outgoing-email';
import type { Frequency } from '@/lib/support/amounts';

export type ReminderEmailInput = { id: number; email: string; frequency: Frequency; token: string; appUrl: string; publicationName: string };

const frequencyWords: Record<Frequency, string> = { once: 'a one-off gift', monthly: 'a monthly gift', annual: 'an annual gift' };

export function cancelReminderUrl(appUrl: string, token: string): string {
  return `${appUrl}/support/reminder/cancel?token=${encodeURIComponent(token)}`;
}

export function renderReminderEmail(input: ReminderEmailInput): OutgoingEmail {
  const cancelUrl = cancelReminderUrl(input.appUrl, input.token);
  const { text, html } = renderEmail({
    publicationName: input.publicationName,
    heading: 'Here is the reminder you asked for',
    paragraphs: [
      `A while ago you asked us to remind you about supporting ${input.publicationName}. You were looking at ${frequencyWords[input.frequency]}.`,
      'Independent local reporting is paid for by readers like you. If you can, please chip in today; it takes a minute.',
      'This is the only reminder we will send.',
    ],
    action: { label: `Support ${input.publicationName}`, url: `${input.appUrl}/support?frequency=${input.frequency}` },
    footer: { text: `You asked ${input.publicationName} for this reminder.`, linkLabel: 'Cancel reminders', url: cancelUrl },
  });
  return {
    to: input.email,
    subject: `Your reminder to support ${input.publicationName}`,
    text,
    html,
    dedupeKey: `reminder:${input.id}`,
    headers: { 'List-Unsubscribe': `<${cancelUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
