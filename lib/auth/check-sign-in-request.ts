// Limits how many sign-in links one address or one client can ask for, so the form cannot be used to flood inboxes.
import { normaliseEmail } from '@/lib/email/normalise-email';
import { addressRateLimitKey } from '@/lib/rate-limit/address-rate-limit-key';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';

const WINDOW_SECONDS = 15 * 60;

/** next-auth's signIn callback: true to continue, or where to send the browser instead. */
export async function checkSignInRequest(options: { email?: string | null; verificationRequest: boolean; clientIp: string; now?: Date }): Promise<true | string> {
  if (!options.verificationRequest || !options.email) return true;
  const now = options.now ?? new Date();
  const byEmail = await consumeRateLimit({ key: addressRateLimitKey('signin', normaliseEmail(options.email)), limit: 5, windowSeconds: WINDOW_SECONDS, now });
  const byIp = await consumeRateLimit({ key: `signin:ip:${options.clientIp}`, limit: 30, windowSeconds: WINDOW_SECONDS, now });
  if (!byEmail.allowed || !byIp.allowed) return '/signin?error=RateLimited';
  return true;
}
