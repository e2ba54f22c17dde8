// What an account notice names ({support}, {day}): the action describes the support Stripe answered with, and the
// page showing the notice describes the same support as stored, in the same words.
import type { MessageParams } from '@/lib/http/form-messages';
import { formatMoney } from '@/lib/support/format-money';
import { formatDay } from './format-day';

export function supportNoticeParams(support: { amount: number; currency: string; interval: 'month' | 'year'; periodEnd: Date | number | null | undefined }): MessageParams {
  const params: MessageParams = { support: `${formatMoney(support.amount, support.currency.trim().toLowerCase())} ${support.interval === 'month' ? 'monthly' : 'annual'}` };
  if (support.periodEnd) params.day = formatDay(support.periodEnd);
  return params;
}
