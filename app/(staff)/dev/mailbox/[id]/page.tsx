// /dev/mailbox/ID: one message from the local mailbox, its HTML part rendered inline (real links) and its text part.
import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { canReadLocalMailbox } from '@/lib/http/local-mailbox-access';
import { getMailboxMessage } from '@/lib/email/list-mailbox-messages';
import { extractHtmlBody } from '@/lib/email/extract-html-body';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Message · Local mailbox', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function MailboxMessagePage({ params }: Props) {
  const { REPORT_TIMEZONE } = getConfig();
  if (!(await canReadLocalMailbox(headers))) notFound();
  const { id } = await params;
  const message = /^\d{1,9}$/.test(id) ? await getMailboxMessage(Number(id)) : null;
  if (!message) notFound();
  const formatTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium', timeZone: REPORT_TIMEZONE });
  const mailHeaders = Object.entries(message.headers);
  return (
    <div className="max-w-3xl mx-auto">
      <p><Link href={`/dev/mailbox?to=${encodeURIComponent(message.to)}`} className="underline">Back to the mailbox</Link></p>
      <h1 className="mt-2 text-3xl font-bold">{message.subject}</h1>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
        <dt className="font-semibold">To</dt><dd>{message.to}</dd>
        <dt className="font-semibold">Date</dt><dd><time dateTime={message.createdAt.toISOString()}>{formatTime.format(message.createdAt)}</time></dd>
        {mailHeaders.map(([name, value]) => (
          <div key={name} className="contents"><dt className="font-semibold">{name}</dt><dd className="break-all">{value}</dd></div>
        ))}
      </dl>
      <section aria-labelledby="html-part" className="mt-6">
        <h2 id="html-part" className="text-lg font-bold">HTML part</h2>
        {/* Our own outgoing mail, shown inline so its links are ordinary links in this page. */}
        <div className="mt-2 border border-gray-300 bg-white p-4 [overflow-wrap:anywhere]" dangerouslySetInnerHTML={{ __html: extractHtmlBody(message.html) }} />
      </section>
      <section aria-labelledby="text-part" className="mt-6">
        <h2 id="text-part" className="text-lg font-bold">Text part</h2>
        <pre className="mt-2 border border-gray-300 bg-white p-4 whitespace-pre-wrap [overflow-wrap:anywhere] text-sm">{message.text}</pre>
      </section>
    </div>
  );
}
