// One supporter: details, subscriptions and every contribution, with links into the Stripe dashboard (staff only).
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { ScrollRegion } from '@/components/admin/scroll-region';
import { getSupporterDetails } from '@/lib/admin/get-supporter-details';
import { requireStaff } from '@/lib/auth/require-role';
import { getConfig } from '@/lib/config';
import { formatMinor } from '@/lib/reports/format-report';
import { runningSubscriptions } from '@/lib/memberships/running-support';
import { stripeDashboardUrl } from '@/lib/stripe/get-stripe';

export const metadata: Metadata = { title: 'Supporter', robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

function StripeLink({ path, label }: { path: string | null; label: string }) {
  if (!path) return null;
  return <a href={stripeDashboardUrl(path)} className="underline" rel="noreferrer" target="_blank">{label}<span className="sr-only"> (opens Stripe in a new tab)</span></a>;
}

/** A titled section with a table of records, or a line saying there are none. */
function RecordTable({ id, title, empty, headings, children }: { id: string; title: string; empty: string; headings: string[]; children: ReactNode[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="font-serif text-2xl font-bold">{title}</h2>
      {children.length === 0 ? <p className="mt-2">{empty}</p> : (
        <ScrollRegion label={`${title} (scrolls sideways)`} className="mt-2">
          <table className="w-full border-collapse bg-white text-sm">
            <thead><tr>{headings.map((h) => <th key={h} scope="col" className="border-b border-gray-400 px-2 py-1 text-left whitespace-nowrap">{h}</th>)}</tr></thead>
            <tbody>{children}</tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

export default async function SupporterPage({ params }: Props) {
  const { id } = await params;
  await requireStaff(`/admin/supporters/${encodeURIComponent(id)}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const details = await getSupporterDetails(Number(id));
  if (!details) notFound();
  const { supporter, subscriptions, contributions } = details;
  const running = runningSubscriptions(subscriptions).length;
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: getConfig().REPORT_TIMEZONE });
  const cell = 'border-b border-gray-200 px-2 py-2 align-top';
  return (
    <div className="space-y-8">
      <p><Link href="/admin/supporters" className="underline">← All supporters</Link></p>
      <div>
        <h1 className="font-serif text-3xl font-bold [overflow-wrap:anywhere]">{supporter.email ?? 'Deleted supporter'}</h1>
        <dl className="mt-3 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm [overflow-wrap:anywhere]">
          <dt className="font-semibold">Name</dt><dd>{supporter.name ?? '—'}</dd>
          <dt className="font-semibold">Supporter since</dt><dd>{when.format(supporter.createdAt)}</dd>
          <dt className="font-semibold">Stripe customer</dt>
          <dd>{supporter.stripeCustomerId ? <StripeLink path={`customers/${supporter.stripeCustomerId}`} label={supporter.stripeCustomerId} /> : '—'}</dd>
        </dl>
      </div>
      {running > 1 ? (
        <p className="rounded border-2 border-accent p-3"><strong>Duplicate: {running} running subscriptions</strong>, each charged. The reader may
          have paid twice; they can cancel one from their account, or ask us to.</p>
      ) : null}
      <RecordTable id="subscriptions" title="Subscriptions" empty="No recurring support." headings={['Plan', 'Status', 'Started', 'Renews or ends', 'Stripe']}>
        {subscriptions.map((s) => (
          <tr key={s.id}>
            <td className={cell}>{formatMinor(s.amount, s.currency)} {s.interval === 'year' ? 'annual' : 'monthly'}</td>
            <td className={cell}>{s.status}{s.cancelAtPeriodEnd ? ' (cancels at period end)' : ''}</td>
            <td className={cell}>{when.format(s.startedAt)}</td>
            <td className={cell}>{s.endedAt ? `Ended ${when.format(s.endedAt)}` : s.currentPeriodEnd ? when.format(s.currentPeriodEnd) : '—'}</td>
            <td className={cell}><StripeLink path={`subscriptions/${s.stripeSubscriptionId}`} label={s.stripeSubscriptionId} /></td>
          </tr>
        ))}
      </RecordTable>
      <RecordTable id="contributions" title="Contributions" empty="No payments yet." headings={['Date', 'Amount', 'Frequency', 'Status', 'From', 'Stripe']}>
        {contributions.map((c) => (
          <tr key={c.id}>
            <td className={cell}>{when.format(c.paidAt ?? c.failedAt ?? c.createdAt)}</td>
            <td className={cell}>{formatMinor(c.amount, c.currency)}{c.amountRefunded > 0 ? ` (${formatMinor(c.amountRefunded, c.currency)} refunded)` : ''}</td>
            <td className={cell}>{c.frequency === 'once' ? 'One-off' : c.frequency === 'monthly' ? 'Monthly' : 'Annual'}</td>
            <td className={cell}>{c.status.replace('_', ' ')}</td>
            <td className={cell}>{[c.placement, c.articleSlug].filter(Boolean).join(' · ') || '—'}</td>
            <td className={cell}>
              <StripeLink path={c.stripePaymentIntentId ? `payments/${c.stripePaymentIntentId}` : null} label="Payment" />{' '}
              <StripeLink path={c.stripeInvoiceId ? `invoices/${c.stripeInvoiceId}` : null} label="Invoice" />
            </td>
          </tr>
        ))}
      </RecordTable>
    </div>
  );
}
