// POST /support/defer: "Remind me later" — hides the appeal for the deferral period (cookie, and the account when signed in).
import { deferralCookie } from '@/lib/appeal/appeal-cookies';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { safeReturnPath } from '@/lib/appeal/safe-return-path';
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
    const cookie = deferralCookie({ until, now, secure: getConfig().APP_URL.startsWith('https://') });
    if (json) return Response.json({ deferredUntil: until.toISOString() }, { headers: { 'set-cookie': cookie } });
    return new Response(null, { status: 303, headers: { location: `${back}?appeal=deferred#support`, 'set-cookie': cookie } });
  },
});
