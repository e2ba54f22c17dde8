// The change-support form: which subscription, the new amount as typed (major units) and the frequency (errors are message codes).
import { z } from 'zod';

export const supportChangeSchema = z.object({
  subscription: z.string().trim().regex(/^sub_\w{1,100}$/, 'subscription_invalid'),
  amount: z.string().trim().min(1, 'amount_required').max(20, 'amount_too_long'),
  frequency: z.enum(['monthly', 'annual'], { error: 'support_frequency_invalid' }),
});

export type SupportChangeFields = z.infer<typeof supportChangeSchema>;

export function frequencyToInterval(frequency: 'monthly' | 'annual'): 'month' | 'year' {
  return frequency === 'monthly' ? 'month' : 'year';
}

export function intervalToFrequency(interval: 'month' | 'year'): 'monthly' | 'annual' {
  return interval === 'month' ? 'monthly' : 'annual';
}
