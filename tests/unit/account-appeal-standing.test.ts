// The appeal for a signed-in reader follows their account: hidden while recurring support runs, back when it ends.
import { describe, expect, it } from 'vitest';
import { decideAppealVisibility, type AppealVisibilityInput } from '@/lib/appeal/decide-appeal-visibility';

const now = new Date('2026-12-30T12:00:00Z');
const base: AppealVisibilityInput = {
  now,
  settings: { deferDays: 30, cap: null, hideAfterGiftDays: 90 },
  deferredUntil: [],
  seen: [],
  gave: null,
  standing: null,
};

describe('appeal visibility for signed-in supporters', () => {
  it('thanks a reader whose recurring support is running', () => {
    expect(decideAppealVisibility({ ...base, standing: { activeRecurring: true, lastPaidAt: null } })).toBe('supporter');
  });

  it('shows the appeal again once their recurring support has ended, whatever the browser\'s cookie says', () => {
    const gave = { kind: 'recurring' as const, at: new Date('2026-11-27T12:00:00Z') };
    expect(decideAppealVisibility({ ...base, gave, standing: { activeRecurring: false, lastPaidAt: null } })).toBe('full');
    // Signed out, the cookie is all there is.
    expect(decideAppealVisibility({ ...base, gave, standing: null })).toBe('supporter');
  });

  it('still rests the appeal after a recent one-off gift', () => {
    expect(decideAppealVisibility({ ...base, standing: { activeRecurring: false, lastPaidAt: new Date('2026-12-01T00:00:00Z') } })).toBe('supporter');
  });
});
