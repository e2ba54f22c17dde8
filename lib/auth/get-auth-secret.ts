// The secret that signs next-auth's CSRF cookie and hashes sign-in tokens; npm start generates one when unset.
import { getConfig } from '@/lib/config';

export function getAuthSecret(): string {
  const secret = getConfig().AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set (npm start generates one into DATA_DIR; set it when running next directly)');
  return secret;
}
