// The visibility decision for the current request: the reader's cookies, plus their account when signed in.
import { cookies } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { getReaderStanding } from '@/lib/account/get-reader-standing';
import { APPEAL_COOKIES, parseEpochMs, parseGave, parseSeen } from './appeal-cookies';
import { decideAppealVisibility, type AppealVisibility } from './decide-appeal-visibility';
import { getAppealSettings } from './get-appeal-settings';
import { getUserAppealDeferral } from './user-appeal-deferral';

export async function getAppealVisibility({ now }: { now: Date }): Promise<AppealVisibility> {
  const jar = await cookies();
  const user = await getCurrentUser();
  const [userDeferral, standing] = user
    ? await Promise.all([getUserAppealDeferral(user.id), getReaderStanding(user)])
    : [null, null];
  return decideAppealVisibility({
    now,
    settings: getAppealSettings(),
    deferredUntil: [parseEpochMs(jar.get(APPEAL_COOKIES.deferredUntil)?.value), userDeferral],
    seen: parseSeen(jar.get(APPEAL_COOKIES.seen)?.value),
    gave: parseGave(jar.get(APPEAL_COOKIES.gave)?.value),
    standing,
  });
}
