// Per-client and per-address limits for the reminder and newsletter forms (shared counters in the database); a client
// over its limit is stopped before it spends the address's too.
import { addressRateLimitKey, type AddressLimitedForm } from './address-rate-limit-key';
import type { RateLimitOptions } from './consume-rate-limit';

export type SignupLimits = { perClient: { limit: number; windowSeconds: number }; perAddress: { limit: number; windowSeconds: number } };

export function signupRateLimits(options: { form: AddressLimitedForm; clientIp: string; email: string; limits: SignupLimits }): Omit<RateLimitOptions, 'now'>[] {
  const { form, clientIp, email, limits } = options;
  return [
    { key: `${form}:ip:${clientIp}`, ...limits.perClient },
    { key: addressRateLimitKey(form, email), ...limits.perAddress },
  ];
}
