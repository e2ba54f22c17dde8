// /support/reminder/cancel/confirm?token=: one button that cancels the reminders (a POST, so link scanners cannot).
import type { Metadata } from 'next';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import { ConfirmEmailedLink } from '@/components/email-links/confirm-emailed-link';
import { findReminderByToken } from '@/lib/reminders/cancel-reminders';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cancel reminders', robots: { index: false } };

export default async function CancelReminderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = firstParam((await searchParams).token) ?? '';
  const reminder = await findReminderByToken(token);
  return (
    <ConfirmEmailedLink
      heading="Cancel reminders"
      email={reminder?.email ?? null}
      lead="We will stop sending reminders to"
      action="/support/reminder/cancel"
      token={token}
      button="Cancel reminders"
      invalid="This cancel link is not valid. Copy the whole link from the email."
    />
  );
}
