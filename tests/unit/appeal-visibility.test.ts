// Who sees the full appeal, decided in the browser from first-party cookies: deferral, the frequency cap, the pause
// after a gift, a signed-in reader's account (rr_supporter), and the likely currency.
import { describe, expect, it } from 'vitest';
import { getAppealSettings } from '@/lib/appeal/get-appeal-settings';
import { APPEAL_COOKIES, deferralCookie, parseEpochMs, parseGave, parseSeen } from '@/lib/appeal/appeal-cookies';
import { acceptedLanguages, decideReaderState, likelyCurrency, type ReaderStateInput } from '@/lib/appeal/reader-state';
import { safeReturnPath } from '@/lib/http/safe-return-path';

const now = new Date('2027-03-10T12:00:00Z').getTime();
const day = 86_400_000;
const base: ReaderStateInput = { cookie: '', now, languages: [], offered: ['usd', 'eur', 'gbp', 'cad', 'aud'], hideAfterGiftDays: 90, cap: null };
const jar = (cookies: Record<string, string | number>) => Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
const appeal = (cookies: Record<string, string | number>, more: Partial<ReaderStateInput> = {}) => decideReaderState({ ...base, ...more, cookie: jar(cookies) }, likelyCurrency).appeal;

describe('appeal visibility', () => {
  it('shows the full appeal by default, with the cap off and a 30-day deferral', () => {
    expect(getAppealSettings({})).toEqual({ deferDays: 30, cap: null, hideAfterGiftDays: 90 });
    expect(appeal({ [APPEAL_COOKIES.seen]: Array.from({ length: 50 }, () => now / 1000).join('.') })).toBe('full');
  });

  it('reads its settings from the environment and ignores nonsense', () => {
    expect(getAppealSettings({ APPEAL_DEFER_DAYS: '7', APPEAL_FREQUENCY_CAP: '3/7', APPEAL_HIDE_AFTER_GIFT_DAYS: '60' })).toEqual({ deferDays: 7, cap: { times: 3, days: 7 }, hideAfterGiftDays: 60 });
    expect(getAppealSettings({ APPEAL_DEFER_DAYS: '-1', APPEAL_FREQUENCY_CAP: 'often' })).toEqual({ deferDays: 30, cap: null, hideAfterGiftDays: 90 });
  });

  it('hides the appeal while deferred, and brings it back after', () => {
    expect(appeal({ [APPEAL_COOKIES.deferredUntil]: now + day })).toBe('deferred');
    expect(appeal({ [APPEAL_COOKIES.deferredUntil]: now - 1 })).toBe('full');
    expect(appeal({ [APPEAL_COOKIES.deferredUntil]: 'soon' })).toBe('full');
  });

  it('caps the full appeal at N times in D days when configured', () => {
    const t = now / 1000;
    const cap = [2, 7] as const;
    expect(appeal({ [APPEAL_COOKIES.seen]: `${t - 100}` }, { cap })).toBe('full');
    expect(appeal({ [APPEAL_COOKIES.seen]: `${t - 100}.${t - 200}` }, { cap })).toBe('capped');
    expect(appeal({ [APPEAL_COOKIES.seen]: `${t - 8 * 86_400}.${t - 200}` }, { cap })).toBe('full');
  });

  it('thanks supporters instead: 90 days after a one-off gift, and while recurring support runs', () => {
    expect(appeal({ [APPEAL_COOKIES.gave]: `once:${now - 89 * day}` })).toBe('supporter');
    expect(appeal({ [APPEAL_COOKIES.gave]: `once:${now - 91 * day}` })).toBe('full');
    expect(appeal({ [APPEAL_COOKIES.gave]: `recurring:${now - 200 * day}` })).toBe('supporter');
    expect(appeal({ [APPEAL_COOKIES.gave]: `forever:${now}` })).toBe('full');
  });

  it('follows a signed-in reader\'s account: thanked while support runs, asked again once it has ended', () => {
    const signedIn = { [APPEAL_COOKIES.signedIn]: '1' };
    expect(appeal({ ...signedIn, [APPEAL_COOKIES.supporter]: 'yes' })).toBe('supporter');
    const gave = { [APPEAL_COOKIES.gave]: `recurring:${now - 30 * day}` };
    expect(appeal({ ...signedIn, ...gave, [APPEAL_COOKIES.supporter]: 'no' })).toBe('full');
    // Signed out, the browser's cookie is all there is (and an account's "yes" without a session counts for nothing).
    expect(appeal({ ...gave, [APPEAL_COOKIES.supporter]: 'no' })).toBe('supporter');
    expect(appeal({ [APPEAL_COOKIES.supporter]: 'yes' })).toBe('full');
    expect(decideReaderState({ ...base, cookie: jar(signedIn) }, likelyCurrency).signedIn).toBe(true);
  });

  it('parses its cookies defensively', () => {
    expect(parseEpochMs('abc')).toBeNull();
    expect(parseEpochMs('1800000000000')?.getTime()).toBe(1_800_000_000_000);
    expect(parseSeen('1.2.x.3')).toEqual([1, 2, 3]);
    expect(parseGave('once:1800000000000')).toEqual({ kind: 'once', at: new Date(1_800_000_000_000) });
    expect(parseGave('forever:1')).toBeNull();
    expect(deferralCookie({ until: new Date(now + 30 * day), now: new Date(now), secure: true })).toBe(
      `rr_appeal_deferred=${now + 30 * day}; Path=/; Max-Age=2592000; SameSite=Lax; Secure`,
    );
  });

  it('only sends plain forms back to same-site paths', () => {
    expect(safeReturnPath('/articles/a-story')).toBe('/articles/a-story');
    for (const bad of ['//evil.example', 'https://evil.example/', '/\\evil', '/a\r\nb', 'javascript:alert(1)', 42]) expect(safeReturnPath(bad, '/x')).toBe('/x');
  });
});

describe('the likely currency', () => {
  const offered = ['usd', 'eur', 'gbp', 'cad', 'aud'];
  it('takes the reader\'s own choice, then the edge\'s country, then the browser\'s languages, else the first offered', () => {
    const currency = (cookies: Record<string, string>, languages: string[] = [], list = offered) => decideReaderState({ ...base, offered: list, languages, cookie: jar(cookies) }, likelyCurrency).currency;
    expect(currency({ [APPEAL_COOKIES.currency]: 'gbp', [APPEAL_COOKIES.country]: 'DE' })).toBe('gbp');
    expect(currency({ [APPEAL_COOKIES.country]: 'DE' }, ['en-GB'])).toBe('eur');
    expect(currency({}, ['en-GB', 'de'])).toBe('gbp');
    expect(currency({}, ['fr'])).toBe('eur');
    expect(currency({}, ['en-AU'])).toBe('aud');
    expect(currency({}, ['en'])).toBe('usd');
    expect(currency({ [APPEAL_COOKIES.currency]: 'jpy' }, ['en-CA'])).toBe('cad');
    // Only an offered currency: a euro reader of an appeal in dollars and pounds gets its first.
    expect(currency({}, ['de-DE'], ['gbp', 'usd'])).toBe('gbp');
  });

  it('reads Accept-Language by quality', () => {
    expect(acceptedLanguages('en;q=0.5, en-GB, de;q=0.8, *;q=0.1')).toEqual(['en-GB', 'de', 'en']);
    expect(likelyCurrency(null, acceptedLanguages('de-CH;q=0.1, en-GB'), offered)).toBe('gbp');
  });
});
