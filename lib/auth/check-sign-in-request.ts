// Limits how many sign-in links one address or one client can ask for, so the form cannot be used to flood inboxes.
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { parseRateLimit } from '@/lib/rate-limit/parse-rate-limit';

const WINDOW_SECONDS = 15 * 60;

/** next-auth's signIn callback: true to continue, or where to send the browser instead. */
export async function checkSignInRequest(options: { email?: string | null; verificationRequest: boolean; clientIp: string; now?: Date }): Promise<true | string> {
  if (!options.verificationRequest || !options.email) return true;
  const now = options.now ?? new Date();
  // SIGN_IN_ADDRESS_RATE_LIMIT="5/900" by default: links one address may be sent.
  const perAddress = parseRateLimit(process.env.SIGN_IN_ADDRESS_RATE_LIMIT, { limit: 5, windowSeconds: WINDOW_SECONDS });
  const byEmail = await consumeRateLimit({ key: `signin:email:${options.email.toLowerCase()}`, ...perAddress, now });
  // SIGN_IN_RATE_LIMIT="30/900" by default: one office or campus shares an address.
  const perClient = parseRateLimit(process.env.SIGN_IN_RATE_LIMIT, { limit: 30, windowSeconds: WINDOW_SECONDS });
  const byIp = await consumeRateLimit({ key: `signin:ip:${options.clientIp}`, ...perClient, now });
  if (!byEmail.allowed || !byIp.allowed) return '/signin?error=RateLimited';
  return true;
}
