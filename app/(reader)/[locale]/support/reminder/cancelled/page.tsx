// /support/reminder/cancelled: after the cancel link.
import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Reminders cancelled', robots: { index: false } };

export default function RemindersCancelledPage() {
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">Reminders cancelled</h1>
      <p className="mt-4">You will not get any more reminders from us at that address.</p>
      <p className="mt-4"><Link href="/" className="underline">Back to the front page</Link></p>
    </div>
  );
}
