// A control-and-one-variant test of the euro monthly amounts, for the campaign suites.
import type { CampaignTest, TestVariant } from '@/lib/campaigns/campaign-test';

export function euroAmountsTest(options: { name: string; variantName: string; monthly: NonNullable<NonNullable<TestVariant['overrides']['amounts']>['eur']>['monthly'] }): CampaignTest {
  return {
    name: options.name,
    trafficPercent: 100,
    holdbackPercent: 0,
    startsAt: '2020-01-01T00:00:00Z',
    endsAt: null,
    targeting: { placements: [], sections: [], readerStates: [], countries: [], currencies: [] },
    variants: [
      { key: 'control', name: 'Control', weight: 50, overrides: {} },
      { key: 'low', name: options.variantName, weight: 50, overrides: { amounts: { eur: { monthly: options.monthly } } } },
    ],
  };
}
