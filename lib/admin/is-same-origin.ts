// Refuses cross-site form posts to staff actions (the session cookie is SameSite=Lax too; this is the second lock).
import { getConfig } from '@/lib/config';

export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin) return origin === new URL(getConfig().APP_URL).origin || origin === new URL(request.url).origin;
  // Browsers send Origin on POST; without it, fall back to the fetch metadata header when present.
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'none';
}
