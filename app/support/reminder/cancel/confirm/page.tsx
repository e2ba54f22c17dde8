// /support/reminder/cancel/confirm?token=: one button that cancels the reminders (a POST, so link scanners cannot).
import type { Metadata } from 'next';
import { findReminderByToken } from '@/lib/reminders/cancel-reminders';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cancel reminders', robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function CancelReminderPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === 'string' ? raw : '';
  const reminder = await findReminderByToken(token);
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">Cancel reminders</h1>
      {reminder ? (
        <>
          <p className="mt-4">We will stop sending reminders to <strong>{reminder.email}</strong>.</p>
          <form method="post" action={`/support/reminder/cancel?token=${encodeURIComponent(token)}`} className="mt-6">
            <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">Cancel reminders</button>
          </form>
        </>
      ) : (
        <p className="mt-4" role="alert">This cancel link is not valid. Copy the whole link from the email.</p>
      )}
    </div>
  );
}
