// Whether a reader sees the full appeal, a line of thanks (deferred or a supporter), or nothing (frequency cap reached).
import { RECURRING_GIFT_COOKIE_DAYS } from './appeal-cookies';
import type { AppealSettings } from './get-appeal-settings';

export type AppealVisibility = 'full' | 'deferred' | 'supporter' | 'capped';

export type AppealVisibilityInput = {
  now: Date;
  settings: AppealSettings;
  /** From the cookie and, for a signed-in reader, from their account (the later wins). */
  deferredUntil: (Date | null)[];
  /** Epoch seconds of recent impressions. */
  seen: number[];
  gave: { kind: 'once' | 'recurring'; at: Date } | null;
  /** What the database knows about a signed-in reader's giving. */
  standing: { activeRecurring: boolean; lastPaidAt: Date | null } | null;
};

const DAY_MS = 86_400_000;

export function decideAppealVisibility(input: AppealVisibilityInput): AppealVisibility {
  const now = input.now.getTime();
  const { settings, gave, standing } = input;
  const giftWindow = settings.hideAfterGiftDays * DAY_MS;
  if (standing?.activeRecurring) return 'supporter';
  if (standing?.lastPaidAt && now - standing.lastPaidAt.getTime() < giftWindow) return 'supporter';
  if (gave?.kind === 'once' && now - gave.at.getTime() < giftWindow) return 'supporter';
  // A signed-in reader's account knows when recurring support has ended; without one, the cookie stands for it.
  if (!standing && gave?.kind === 'recurring' && now - gave.at.getTime() < RECURRING_GIFT_COOKIE_DAYS * DAY_MS) return 'supporter';
  if (input.deferredUntil.some((until) => until !== null && until.getTime() > now)) return 'deferred';
  if (settings.cap) {
    const since = now / 1000 - settings.cap.days * 86_400;
    if (input.seen.filter((t) => t > since).length >= settings.cap.times) return 'capped';
  }
  return 'full';
}
