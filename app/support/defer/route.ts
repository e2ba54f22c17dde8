// POST /support/defer: "Remind me later" — hides the appeal for the deferral period (cookie, and the account when signed in).
import { getCurrentUserFromRequest } from '@/lib/auth/get-current-user';
import { getConfig } from '@/lib/config';
import { readForm, wantsJson, formError } from '@/lib/http/form-request';
import { deferralCookie } from '@/lib/appeal/appeal-cookies';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { safeReturnPath } from '@/lib/appeal/safe-return-path';
import { setUserAppealDeferral } from '@/lib/appeal/user-appeal-deferral';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const form = await readForm(request);
  if (!form.ok) return formError(request, { status: form.status, message: form.message, backTo: '/' });
  const back = safeReturnPath(form.fields.return, '/');
  const now = new Date();
  const until = new Date(now.getTime() + getAppealSettings().deferDays * 86_400_000);
  const user = await getCurrentUserFromRequest(request);
  if (user) await setUserAppealDeferral({ userId: user.id, until });
  const cookie = deferralCookie({ until, now, secure: getConfig().APP_URL.startsWith('https://') });
  if (wantsJson(request)) {
    return Response.json({ deferredUntil: until.toISOString() }, { headers: { 'set-cookie': cookie } });
  }
  return new Response(null, { status: 303, headers: { location: `${back}?appeal=deferred#support`, 'set-cookie': cookie } });
}
