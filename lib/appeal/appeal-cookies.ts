// The appeal's first-party cookies: readable by the page's small script too (they hold times, nothing personal).
export const APPEAL_COOKIES = {
  /** Epoch milliseconds until which the reader asked not to see the appeal. */
  deferredUntil: 'rr_appeal_deferred',
  /** Epoch seconds of recent full-appeal impressions (only kept while a frequency cap is on). */
  seen: 'rr_appeal_seen',
  /** "once:<epoch ms>" or "recurring:<epoch ms>", set on the thank-you page. */
  gave: 'rr_appeal_gave',
  /** A random id for this browser, so an appeal test shows it the same variant every time (no account needed). */
  browserId: 'rr_bid',
  /** Epoch milliseconds of the last "Remind me later", kept long after the deferral ends (a returning reader). */
  deferredAt: 'rr_appeal_deferred_at',
  /** "1" once this browser signed up for the newsletter. */
  newsletter: 'rr_newsletter',
  /** "yes" or "no": what a signed-in reader's account says (set by /api/reader and at sign-in, kept a day). */
  supporter: 'rr_supporter',
  /** "1" while next-auth's session cookie is there (lib/auth/signed-in-hint.ts): the masthead's Account link. */
  signedIn: 'rr_signed_in',
  /** The currency the reader chose in the appeal. */
  currency: 'rr_currency',
  /** A country code set at the edge (a CDN's geo cookie), for the likely currency and tests that target countries. */
  country: 'rr_country',
} as const;

/** The longest a browser keeps a cookie (400 days in Chrome): first-party markers (the browser id, "Remind me later"
 * having been used, a newsletter signup) are kept that long. */
export const MARKER_COOKIE_MAX_AGE_SECONDS = 400 * 86_400;

/** How long the thank-you cookie vouches for recurring support: as long as a marker is kept, about a year. */
export const RECURRING_GIFT_COOKIE_DAYS = MARKER_COOKIE_MAX_AGE_SECONDS / 86_400;

export function parseEpochMs(value: string | undefined): Date | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  return new Date(Number(value));
}

export function parseSeen(value: string | undefined): number[] {
  if (!value) return [];
  return value.split('.').filter((v) => /^\d{1,12}$/.test(v)).map(Number).slice(-50);
}

export function parseGave(value: string | undefined): { kind: 'once' | 'recurring'; at: Date } | null {
  const match = /^(once|recurring):(\d{1,15})$/.exec(value ?? '');
  return match ? { kind: match[1] as 'once' | 'recurring', at: new Date(Number(match[2])) } : null;
}

/** Set-Cookie for the deferral: it expires with the period, so the appeal returns on its own. */
export function deferralCookie({ until, now, secure }: { until: Date; now: Date; secure: boolean }): string {
  const maxAge = Math.max(0, Math.round((until.getTime() - now.getTime()) / 1000));
  return `${APPEAL_COOKIES.deferredUntil}=${until.getTime()}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Set-Cookie for a first-party marker kept as long as a browser keeps cookies. */
export function markerCookie({ name, value, secure }: { name: string; value: string; secure: boolean }): string {
  return `${name}=${value}; Path=/; Max-Age=${MARKER_COOKIE_MAX_AGE_SECONDS}; SameSite=Lax${secure ? '; Secure' : ''}`;
}
