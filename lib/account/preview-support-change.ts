// What a change of recurring support bills, from Stripe's invoice preview: switching between monthly and annual starts
// a new period today and is invoiced at once, less the unused part of the current payment. The same items and
// proration date are then used for the change itself, so the reader pays exactly what they were shown.
import type Stripe from 'stripe';
import { getConfig } from '@/lib/config';
import { ensureSupportProduct } from '@/lib/support/ensure-support-product';

export type SupportChange = { stripeSubscriptionId: string; amount: number; currency: string; frequency: 'monthly' | 'annual' };

export type SwitchPreview = {
  /** Charged at once (minor units). */
  dueNow: number;
  /** The new period's price. */
  newPeriod: number;
  /** The unused part of the current payment, credited. */
  unused: number;
  /** Credit left over for later payments (a switch to a cheaper period). */
  creditLeft: number;
  /** Stripe's time the prorations were computed for (unix seconds): pass it to make the change. */
  prorationDate: number;
  /** When the next payment would be. */
  nextPaymentAt: Date | null;
  /** The items as previewed, for the change itself. */
  items: Stripe.SubscriptionUpdateParams.Item[];
};

/** The subscription's item changed to the new price: the same for the preview and the update. */
export async function changedItems(stripe: Stripe, change: SupportChange): Promise<Stripe.SubscriptionUpdateParams.Item[]> {
  const current = await stripe.subscriptions.retrieve(change.stripeSubscriptionId);
  const product = await ensureSupportProduct({ stripe, frequency: change.frequency, publicationName: getConfig().PUBLICATION_NAME });
  const interval = change.frequency === 'monthly' ? 'month' : 'year';
  return [{ id: current.items.data[0].id, price_data: { currency: change.currency, product, unit_amount: change.amount, recurring: { interval } } }];
}

export async function previewSupportChange(options: { stripe: Stripe; change: SupportChange; prorationDate?: number }): Promise<SwitchPreview> {
  const { stripe, change } = options;
  const items = await changedItems(stripe, change);
  const invoice = await stripe.invoices.createPreview({
    subscription: change.stripeSubscriptionId,
    subscription_details: {
      items: items.map((i) => ({ id: i.id, price_data: i.price_data as Stripe.InvoiceCreatePreviewParams.SubscriptionDetails.Item.PriceData })),
      proration_behavior: 'create_prorations',
      ...(options.prorationDate ? { proration_date: options.prorationDate } : {}),
    },
  });
  const lines = invoice.lines.data;
  const newPeriod = lines.filter((l) => l.amount > 0).reduce((sum, l) => sum + l.amount, 0);
  const unused = -lines.filter((l) => l.amount < 0).reduce((sum, l) => sum + l.amount, 0);
  const ends = lines.filter((l) => l.amount > 0).map((l) => l.period.end);
  return {
    dueNow: invoice.amount_due,
    newPeriod,
    unused,
    creditLeft: Math.max(0, -(invoice.ending_balance ?? 0)),
    prorationDate: invoice.parent?.subscription_details?.subscription_proration_date ?? lines.find((l) => l.amount < 0)?.period.start ?? invoice.created,
    nextPaymentAt: ends.length > 0 ? new Date(Math.max(...ends) * 1000) : null,
    items,
  };
}
