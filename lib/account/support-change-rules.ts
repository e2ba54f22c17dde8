// The amounts a reader may change their support to: the published appeal's (what a new gift could be), per currency.
// The change form shows them and the server checks against them: one rule for both.
import { getPublishedAppeal } from '@/lib/campaigns/get-published-appeal';
import type { AmountRule, Currency } from '@/lib/support/amounts';

export type SupportChangeRules = { monthly: AmountRule; annual: AmountRule };

export async function getSupportChangeRules(currency: Currency): Promise<SupportChangeRules> {
  const { amounts } = (await getPublishedAppeal()).config;
  return { monthly: amounts[currency].monthly, annual: amounts[currency].annual };
}
