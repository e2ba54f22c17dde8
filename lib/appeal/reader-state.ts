// What a browser knows about its reader, decided before the page paints: signed in or not, the appeal in full, as a
// line of thanks, or not at all, and the likely currency. Cached pages are the same bytes for everyone, so this runs
// in the browser: the page inlines these functions' source in <head> (lib/appeal/reader-state-script.ts), the embed
// bundles them, and the tests import them. So each is self-contained: no imports and no names from outside itself.

export type AppealState = 'full' | 'supporter' | 'deferred' | 'capped';

export type ReaderStateInput = {
  /** document.cookie */
  cookie: string;
  now: number;
  /** navigator.languages */
  languages: readonly string[];
  /** The currencies the published appeal offers, the first being the default. */
  offered: readonly string[];
  hideAfterGiftDays: number;
  /** Show the full appeal at most [times] in [days]; null: no cap. */
  cap: readonly [number, number] | null;
};

export type ReaderState = { signedIn: boolean; appeal: AppealState; currency: string };

/** The cookies it reads are set by this site's own pages and routes (lib/appeal/appeal-cookies.ts names them). */
export function decideReaderState(input: ReaderStateInput, currencyFor: typeof likelyCurrency): ReaderState {
  const jar: Record<string, string> = {};
  for (const part of input.cookie.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  const day = 86_400_000;
  const epoch = (value: string | undefined) => (value && /^\d{1,15}$/.test(value) ? Number(value) : 0);
  const gave = /^(once|recurring):(\d{1,15})$/.exec(jar.rr_appeal_gave || '');
  const signedIn = jar.rr_signed_in === '1';
  // A signed-in reader's account speaks for them (rr_supporter, refreshed by /api/reader); without one, the cookies do.
  const accountSays = signedIn ? jar.rr_supporter : undefined;
  let appeal: AppealState = 'full';
  if (accountSays === 'yes') appeal = 'supporter';
  else if (gave && gave[1] === 'once' && input.now - Number(gave[2]) < input.hideAfterGiftDays * day) appeal = 'supporter';
  else if (gave && gave[1] === 'recurring' && accountSays !== 'no' && input.now - Number(gave[2]) < 400 * day) appeal = 'supporter';
  else if (epoch(jar.rr_appeal_deferred) > input.now) appeal = 'deferred';
  else if (input.cap) {
    const since = input.now / 1000 - input.cap[1] * 86_400;
    const seen = (jar.rr_appeal_seen || '').split('.').filter((t) => /^\d{1,12}$/.test(t) && Number(t) > since);
    if (seen.length >= input.cap[0]) appeal = 'capped';
  }
  const chosen = (jar.rr_currency || '').toLowerCase();
  const currency = input.offered.includes(chosen) ? chosen : currencyFor(jar.rr_country || null, input.languages, input.offered);
  return { signedIn, appeal, currency };
}

/** A country (from the edge: a CDN's geo cookie or header) first, else the region of the browser's languages, else
 * the appeal's first currency; a bare "de" or "fr" implies the euro. Only an offered currency is returned. */
export function likelyCurrency(country: string | null, languages: readonly string[], offered: readonly string[]): string {
  const euro = 'AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES AD MC SM VA ME XK BG'.split(' ');
  const byCountry = (code: string | null | undefined): string | null => {
    const c = (code || '').trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(c) || c === 'XX' || c === 'T1') return null;
    if (['GB', 'UK', 'GG', 'JE', 'IM', 'GI'].includes(c)) return 'gbp';
    if (euro.includes(c)) return 'eur';
    if (c === 'CA') return 'cad';
    if (c === 'AU') return 'aud';
    return 'usd';
  };
  const euroLanguages = 'de fr es it nl pt fi el sk sl et lv lt mt ga'.split(' ');
  let found = byCountry(country);
  for (const tag of languages) {
    if (found) break;
    const parts = tag.trim().split('-');
    const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
    if (region) found = byCountry(region);
    else if (euroLanguages.includes(parts[0].toLowerCase())) found = 'eur';
  }
  return found && offered.includes(found) ? found : offered[0];
}

/** Accept-Language as a list of tags, best first (for the server's side of the same decision). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((t) => t.tag && t.tag !== '*' && t.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((t) => t.tag);
}
