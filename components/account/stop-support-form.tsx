// Cancel at the end of the paid period, or undo that before it ends; and "Manage card" through Stripe's portal.
import { formatDay } from '@/lib/account/format-day';
import type { SubscriptionRow } from '@/lib/account/get-account-overview';

export function StopSupportForm({ current }: { current: SubscriptionRow }) {
  const end = current.currentPeriodEnd ? formatDay(current.currentPeriodEnd) : 'the end of the current period';
  if (current.cancelAtPeriodEnd) {
    return (
      <form method="post" action="/api/account/subscription/resume" className="mt-6">
        <input type="hidden" name="subscription" value={current.stripeSubscriptionId} />
        <p>Your support ends on {end}. Changed your mind? You can keep it going until then.</p>
        <button type="submit" className="mt-2 rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark">
          Keep my support
        </button>
      </form>
    );
  }
  return (
    <form method="post" action="/api/account/subscription/cancel" className="mt-6">
      <input type="hidden" name="subscription" value={current.stripeSubscriptionId} />
      <p>If you cancel, your support stays active until {end} and nothing more is charged after that.</p>
      <button type="submit" className="mt-2 rounded border border-gray-600 bg-white px-5 py-2 font-semibold hover:bg-gray-100">
        Cancel support
      </button>
    </form>
  );
}

export function ManageCardForm() {
  return (
    <form method="post" action="/api/account/portal" className="mt-6">
      <p>Change the card your support is paid with, on our payment provider&apos;s secure page.</p>
      <button type="submit" className="mt-2 rounded border border-gray-600 bg-white px-5 py-2 font-semibold hover:bg-gray-100">
        Manage card
      </button>
    </form>
  );
}
