// What a signed-in reader's account says about the appeal, as the first-party cookies the page's script reads:
// rr_supporter (kept a day, then asked again) and the account's "Remind me later", so it follows them across devices.
import type { AccountUser } from '@/lib/account/account-types';
import { getReaderStanding } from '@/lib/account/get-reader-standing';
import { APPEAL_COOKIES, deferralCookie } from './appeal-cookies';
import { getAppealSettings } from './get-appeal-settings';
import { getUserAppealDeferral } from './user-appeal-deferral';

const DAY_MS = 86_400_000;

export type AccountAppealState = { supporter: boolean; deferredUntil: Date | null; cookies: string[] };

export async function readAccountAppealState(options: { user: AccountUser & { id: string }; now: Date; secure: boolean }): Promise<AccountAppealState> {
  const { user, now, secure } = options;
  const [standing, deferral] = await Promise.all([getReaderStanding(user), getUserAppealDeferral(user.id)]);
  const recentGift = standing?.lastPaidAt ? now.getTime() - standing.lastPaidAt.getTime() < getAppealSettings().hideAfterGiftDays * DAY_MS : false;
  const supporter = Boolean(standing?.activeRecurring) || recentGift;
  const deferredUntil = deferral && deferral > now ? deferral : null;
  const flags = `Path=/; SameSite=Lax${secure ? '; Secure' : ''}`;
  const cookies = [`${APPEAL_COOKIES.supporter}=${supporter ? 'yes' : 'no'}; Max-Age=86400; ${flags}`];
  if (deferredUntil) cookies.push(deferralCookie({ until: deferredUntil, now, secure }));
  return { supporter, deferredUntil, cookies };
}
