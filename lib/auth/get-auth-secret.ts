// The secret that signs next-auth's CSRF cookie and hashes sign-in tokens; unset, npm start reads (or first creates) the
// one kept in the database.
import { getConfig } from '@/lib/config';

export function getAuthSecret(): string {
  const secret = getConfig().AUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set (npm start reads it from the database; set it when running next directly)');
  return secret;
}
