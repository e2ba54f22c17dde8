// The change-support form: which subscription, the new amount as typed (major units) and the frequency.
import { z } from 'zod';

export const supportChangeSchema = z.object({
  subscription: z.string().trim().regex(/^sub_\w{1,100}$/, 'Choose the support to change.'),
  amount: z.string().trim().min(1, 'Enter an amount.').max(20, 'Enter a smaller amount.'),
  frequency: z.enum(['monthly', 'annual'], { error: 'Choose monthly or annual.' }),
});

export type SupportChangeFields = z.infer<typeof supportChangeSchema>;

export function frequencyToInterval(frequency: 'monthly' | 'annual'): 'month' | 'year' {
  return frequency === 'monthly' ? 'month' : 'year';
}

export function intervalToFrequency(interval: 'month' | 'year'): 'monthly' | 'annual' {
  return interval === 'month' ? 'monthly' : 'annual';
}
