// Every gift the reader has made, newest first, each with its receipt from Stripe.
import { formatDay } from '@/lib/account/format-day';
import type { ContributionRow } from '@/lib/account/get-account-overview';
import { paymentStatusLabel } from '@/lib/memberships/payment-status-label';
import { formatMoney } from '@/lib/support/format-money';

const KIND: Record<string, string> = { once: 'One-off gift', monthly: 'Monthly support', annual: 'Annual support' };

export function ContributionsList({ contributions }: { contributions: ContributionRow[] }) {
  if (contributions.length === 0) return <p>No payments yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Your payments, newest first</caption>
      <thead>
        <tr className="border-b border-gray-400">
          <th scope="col" className="py-2 pr-4">Date</th>
          <th scope="col" className="py-2 pr-4">Amount</th>
          <th scope="col" className="py-2 pr-4">Type</th>
          <th scope="col" className="py-2 pr-4">Status</th>
          <th scope="col" className="py-2">Receipt</th>
        </tr>
      </thead>
      <tbody>
        {contributions.map((c) => {
          const when = c.paidAt ?? c.failedAt ?? c.createdAt;
          const amount = formatMoney(c.amount, c.currency.trim());
          return (
            <tr key={c.id} className="border-b border-gray-200">
              <td className="py-2 pr-4">{formatDay(when)}</td>
              <td className="py-2 pr-4">{amount}</td>
              <td className="py-2 pr-4">{KIND[c.frequency] ?? c.frequency}</td>
              <td className="py-2 pr-4">{paymentStatusLabel(c.status)}</td>
              <td className="py-2">
                {c.receiptUrl ? (
                  <a href={c.receiptUrl} className="underline" aria-label={`Receipt for ${amount} on ${formatDay(when)}`}>Receipt</a>
                ) : (
                  <span className="text-muted">Not available</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
