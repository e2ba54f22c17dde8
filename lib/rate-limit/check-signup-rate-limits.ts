// Per-client and per-address limits for the reminder and newsletter forms (shared counters in the database).
import { consumeRateLimit } from './consume-rate-limit';

export type SignupLimits = { perClient: { limit: number; windowSeconds: number }; perAddress: { limit: number; windowSeconds: number } };

/** Returns the seconds to wait when either limit is spent, else null. */
export async function checkSignupRateLimits(options: { form: string; clientIp: string; email: string; limits: SignupLimits; now: Date }): Promise<number | null> {
  const { form, clientIp, email, limits, now } = options;
  const byClient = await consumeRateLimit({ key: `${form}:ip:${clientIp}`, ...limits.perClient, now });
  if (!byClient.allowed) return byClient.retryAfterSeconds;
  const byAddress = await consumeRateLimit({ key: `${form}:email:${email}`, ...limits.perAddress, now });
  if (!byAddress.allowed) return byAddress.retryAfterSeconds;
  return null;
}
