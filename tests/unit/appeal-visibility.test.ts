// Who sees the full appeal: deferral (cookie or account), the frequency cap, and the pause after a gift.
import { describe, expect, it } from 'vitest';
import { decideAppealVisibility, type AppealVisibilityInput } from '@/lib/appeal/decide-appeal-visibility';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { parseGave, parseSeen, deferralCookie, parseEpochMs } from '@/lib/appeal/appeal-cookies';
import { safeReturnPath } from '@/lib/http/safe-return-path';

const now = new Date('2027-03-10T12:00:00Z');
const day = 86_400_000;
const base: AppealVisibilityInput = { now, settings: getAppealSettings({}), deferredUntil: [], seen: [], gave: null, standing: null };

describe('appeal visibility', () => {
  it('shows the full appeal by default, with the cap off and a 30-day deferral', () => {
    expect(getAppealSettings({})).toEqual({ deferDays: 30, cap: null, hideAfterGiftDays: 90 });
    expect(decideAppealVisibility({ ...base, seen: Array.from({ length: 50 }, () => now.getTime() / 1000) })).toBe('full');
  });

  it('reads its settings from the environment and ignores nonsense', () => {
    expect(getAppealSettings({ APPEAL_DEFER_DAYS: '7', APPEAL_FREQUENCY_CAP: '3/7', APPEAL_HIDE_AFTER_GIFT_DAYS: '60' })).toEqual({ deferDays: 7, cap: { times: 3, days: 7 }, hideAfterGiftDays: 60 });
    expect(getAppealSettings({ APPEAL_DEFER_DAYS: '-1', APPEAL_FREQUENCY_CAP: 'often' })).toEqual({ deferDays: 30, cap: null, hideAfterGiftDays: 90 });
  });

  it('hides the appeal while deferred by cookie or by the account, and brings it back after', () => {
    expect(decideAppealVisibility({ ...base, deferredUntil: [new Date(now.getTime() + day)] })).toBe('deferred');
    expect(decideAppealVisibility({ ...base, deferredUntil: [null, new Date(now.getTime() + day)] })).toBe('deferred');
    expect(decideAppealVisibility({ ...base, deferredUntil: [new Date(now.getTime() - 1)] })).toBe('full');
  });

  it('caps the full appeal at N times in D days when configured', () => {
    const settings = getAppealSettings({ APPEAL_FREQUENCY_CAP: '2/7' });
    const t = now.getTime() / 1000;
    expect(decideAppealVisibility({ ...base, settings, seen: [t - 100] })).toBe('full');
    expect(decideAppealVisibility({ ...base, settings, seen: [t - 100, t - 200] })).toBe('capped');
    expect(decideAppealVisibility({ ...base, settings, seen: [t - 8 * 86_400, t - 200] })).toBe('full');
  });

  it('thanks supporters instead: 90 days after a one-off gift, and while a recurring gift is active', () => {
    expect(decideAppealVisibility({ ...base, gave: { kind: 'once', at: new Date(now.getTime() - 89 * day) } })).toBe('supporter');
    expect(decideAppealVisibility({ ...base, gave: { kind: 'once', at: new Date(now.getTime() - 91 * day) } })).toBe('full');
    expect(decideAppealVisibility({ ...base, standing: { activeRecurring: true, lastPaidAt: null } })).toBe('supporter');
    expect(decideAppealVisibility({ ...base, standing: { activeRecurring: false, lastPaidAt: new Date(now.getTime() - 10 * day) } })).toBe('supporter');
    expect(decideAppealVisibility({ ...base, standing: { activeRecurring: false, lastPaidAt: new Date(now.getTime() - 100 * day) } })).toBe('full');
  });

  it('parses its cookies defensively', () => {
    expect(parseEpochMs('abc')).toBeNull();
    expect(parseEpochMs('1800000000000')?.getTime()).toBe(1_800_000_000_000);
    expect(parseSeen('1.2.x.3')).toEqual([1, 2, 3]);
    expect(parseGave('once:1800000000000')).toEqual({ kind: 'once', at: new Date(1_800_000_000_000) });
    expect(parseGave('forever:1')).toBeNull();
    expect(deferralCookie({ until: new Date(now.getTime() + 30 * day), now, secure: true })).toBe(
      `rr_appeal_deferred=${now.getTime() + 30 * day}; Path=/; Max-Age=2592000; SameSite=Lax; Secure`,
    );
  });

  it('only sends plain forms back to same-site paths', () => {
    expect(safeReturnPath('/articles/a-story')).toBe('/articles/a-story');
    for (const bad of ['//evil.example', 'https://evil.example/', '/\\evil', '/a\r\nb', 'javascript:alert(1)', 42]) expect(safeReturnPath(bad, '/x')).toBe('/x');
  });
});
