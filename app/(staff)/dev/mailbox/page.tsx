// /dev/mailbox: the local mailbox (the email outbox), newest first; exists only while SMTP_URL is unset, on a localhost APP_URL, for a client on this machine.
import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { canReadLocalMailbox } from '@/lib/http/local-mailbox-access';
import { listMailboxMessages } from '@/lib/email/list-mailbox-messages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Local mailbox', robots: { index: false } };

type Props = { searchParams: Promise<{ to?: string | string[] }> };

export default async function MailboxPage({ searchParams }: Props) {
  const { REPORT_TIMEZONE } = getConfig();
  if (!(await canReadLocalMailbox(headers))) notFound();
  const raw = (await searchParams).to;
  const to = typeof raw === 'string' && raw.trim() ? raw.trim() : undefined;
  const messages = await listMailboxMessages({ to });
  const formatTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: REPORT_TIMEZONE });
  return (
    <div className="max-w-3xl mx-auto">
      <h1 className="text-3xl font-bold">Local mailbox</h1>
      <p className="mt-2 text-muted">
        No SMTP_URL is set, so email is kept here instead of being sent.{to ? <> Showing mail to <strong>{to}</strong>. <Link href="/dev/mailbox" className="underline">Show all</Link></> : null}
      </p>
      <form method="get" action="/dev/mailbox" className="mt-4 flex gap-2 items-end" role="search" aria-label="Filter by recipient">
        <label className="flex flex-col text-sm">
          Recipient
          <input type="email" name="to" defaultValue={to} className="border border-gray-400 rounded px-2 py-1" />
        </label>
        <button type="submit" className="border border-gray-700 rounded px-3 py-1">Filter</button>
      </form>
      {messages.length === 0 ? (
        <p className="mt-6">No messages yet.</p>
      ) : (
        <ol className="mt-6 divide-y divide-gray-300 border-y border-gray-300" aria-label="Messages, newest first">
          {messages.map((m) => (
            <li key={m.id} className="py-3">
              <Link href={`/dev/mailbox/${m.id}`} className="font-semibold underline">{m.subject}</Link>
              <p className="text-sm text-muted">
                To {m.to} · <time dateTime={m.createdAt.toISOString()}>{formatTime.format(m.createdAt)}</time>
                {m.status === 'sent' ? null : ` · ${m.status}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
