// POST /support/defer: "Remind me later" — hides the appeal for the deferral period (cookie, and the account when signed in).
import { APPEAL_COOKIES, deferralCookie, markerCookie } from '@/lib/appeal/appeal-cookies';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { setUserAppealDeferral } from '@/lib/appeal/user-appeal-deferral';
import { getConfig } from '@/lib/config';
import { routeHandler } from '@/lib/http/route-handler';

export const dynamic = 'force-dynamic';

export const POST = routeHandler({
  access: 'public',
  backTo: (fields) => safeReturnPath(fields.return, '/'),
  handle: async ({ input, user, now, json }) => {
    const back = safeReturnPath(input.return, '/');
    const until = new Date(now.getTime() + getAppealSettings().deferDays * 86_400_000);
    if (user) await setUserAppealDeferral({ userId: user.id, until });
    const secure = getConfig().APP_URL.startsWith('https://');
    const headers = new Headers();
    headers.append('set-cookie', deferralCookie({ until, now, secure }));
    // Kept after the deferral ends, so a test can target readers who come back.
    headers.append('set-cookie', markerCookie({ name: APPEAL_COOKIES.deferredAt, value: String(now.getTime()), secure }));
    if (json) return Response.json({ deferredUntil: until.toISOString() }, { headers });
    headers.set('location', `${back}?appeal=deferred#support`);
    return new Response(null, { status: 303, headers });
  },
});
