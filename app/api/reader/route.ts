// GET /api/reader: for a signed-in reader only, what their account says about the appeal (supporter? deferred?), as
// JSON and as the first-party cookies the cached pages' script reads. Private: never cached.
import { getCurrentUserFromRequest } from '@/lib/auth/get-current-user';
import { readAccountAppealState } from '@/lib/appeal/reader-state-cookies';
import { getConfig } from '@/lib/config';

export const dynamic = 'force-dynamic';

const privateHeaders = { 'cache-control': 'private, no-store' };

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUserFromRequest(request);
  if (!user) return Response.json({ signedIn: false }, { status: 401, headers: privateHeaders });
  const state = await readAccountAppealState({ user, now: new Date(), secure: getConfig().APP_URL.startsWith('https://') });
  const headers = new Headers(privateHeaders);
  for (const cookie of state.cookies) headers.append('set-cookie', cookie);
  return Response.json({ signedIn: true, supporter: state.supporter, deferredUntil: state.deferredUntil?.toISOString() ?? null }, { headers });
}
