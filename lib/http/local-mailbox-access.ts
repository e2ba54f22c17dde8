// The local mailbox holds every sign-in link: it is served only on a loopback APP_URL without SMTP_URL, and only to a
// client on this machine (the launcher's socket address; a forwarded or unproven address is not enough).
import { getConfig, hasLocalMailbox } from '@/lib/config';
import { getClientIp, isLoopbackAddress, type HeaderReader } from './client-ip';

export async function canReadLocalMailbox(readHeaders: () => Promise<HeaderReader>, config = getConfig()): Promise<boolean> {
  if (!hasLocalMailbox(config)) return false;
  return isLoopbackAddress(getClientIp(await readHeaders()));
}
