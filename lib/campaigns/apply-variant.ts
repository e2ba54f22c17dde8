// A variant's appeal: the published config with the variant's changes laid over it, checked by the same schema, so a
// variant can never show (or let the server accept) amounts that break the rules.
import { FREQUENCIES, type Currency } from '@/lib/support/amounts';
import { checkAppealConfig, type AppealConfig, type ConfigCheck } from './appeal-config';
import type { VariantOverrides } from './campaign-test';

export function applyVariant(config: AppealConfig, overrides: VariantOverrides): ConfigCheck {
  const { amounts: amountChanges, ...copy } = overrides;
  const amounts = structuredClone(config.amounts);
  for (const [currency, byFrequency] of Object.entries(amountChanges ?? {}) as [Currency, NonNullable<VariantOverrides['amounts']>[Currency]][]) {
    for (const frequency of FREQUENCIES) {
      const change = byFrequency?.[frequency];
      if (change) amounts[currency][frequency] = { ...amounts[currency][frequency], ...change };
    }
  }
  return checkAppealConfig({ ...config, ...copy, amounts });
}
