// Limits how many sign-in links one address or one client can ask for, so the form cannot be used to flood inboxes.
import { normaliseEmail } from '@/lib/email/normalise-email';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { addressRateLimitKey } from '@/lib/rate-limit/address-rate-limit-key';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { readRateLimitSetting, type RateLimitSetting } from '@/lib/rate-limit/read-rate-limit-setting';

const WINDOW_SECONDS = 15 * 60;

/** Links one address may ask for (SIGN_IN_RATE_LIMIT, default 5 per 15 minutes). */
export function signInRateLimit(value = process.env.SIGN_IN_RATE_LIMIT): RateLimitSetting {
  return readRateLimitSetting(value, { limit: 5, windowSeconds: WINDOW_SECONDS });
}

/** Links one client address may ask for (SIGN_IN_CLIENT_RATE_LIMIT, default 30 per 15 minutes: an office or a campus
 * shares an address). */
export function signInClientRateLimit(value = process.env.SIGN_IN_CLIENT_RATE_LIMIT): RateLimitSetting {
  return readRateLimitSetting(value, { limit: 30, windowSeconds: WINDOW_SECONDS });
}

/** next-auth's signIn callback: true to continue, or where to send the browser instead. */
export async function checkSignInRequest(options: { email?: string | null; verificationRequest: boolean; clientIp: string; now?: Date; locale?: Locale }): Promise<true | string> {
  if (!options.verificationRequest || !options.email) return true;
  const now = options.now ?? new Date();
  const byEmail = await consumeRateLimit({ key: addressRateLimitKey('signin', normaliseEmail(options.email)), ...signInRateLimit(), now });
  const byIp = await consumeRateLimit({ key: `signin:ip:${options.clientIp}`, ...signInClientRateLimit(), now });
  if (!byEmail.allowed || !byIp.allowed) return localePath(options.locale ?? 'en', '/signin?error=RateLimited');
  return true;
}
