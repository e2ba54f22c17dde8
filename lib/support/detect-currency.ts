// The reader's likely currency: a geo header from the CDN, else the region in Accept-Language, else USD.
import { DEFAULT_CURRENCY, isCurrency, type Currency } from './amounts';

const EURO_COUNTRIES = new Set([
  'AT', 'BE', 'HR', 'CY', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PT', 'SK', 'SI', 'ES',
  'AD', 'MC', 'SM', 'VA', 'ME', 'XK', 'BG',
]);
const POUND_COUNTRIES = new Set(['GB', 'UK', 'GG', 'JE', 'IM', 'GI']);

export function currencyForCountry(country: string | null | undefined): Currency | null {
  const code = country?.trim().toUpperCase();
  if (!code || !/^[A-Z]{2}$/.test(code) || code === 'XX' || code === 'T1') return null;
  if (POUND_COUNTRIES.has(code)) return 'gbp';
  if (EURO_COUNTRIES.has(code)) return 'eur';
  if (code === 'CA') return 'cad';
  if (code === 'AU') return 'aud';
  return 'usd';
}

/** Picks the first language tag with a region ("en-GB" → GBP); a bare "de" or "fr" implies the euro. */
export function currencyForAcceptLanguage(header: string | null | undefined): Currency | null {
  if (!header) return null;
  const tags = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const parts = tag.split('-');
    const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
    if (region) return currencyForCountry(region);
    if (['de', 'fr', 'es', 'it', 'nl', 'pt', 'fi', 'el', 'sk', 'sl', 'et', 'lv', 'lt', 'mt', 'ga'].includes(parts[0].toLowerCase())) return 'eur';
  }
  return null;
}

export function detectCurrency(headers: Headers, requested?: string | null): Currency {
  const wanted = requested?.toLowerCase();
  if (isCurrency(wanted)) return wanted;
  return (
    currencyForCountry(headers.get('x-vercel-ip-country') ?? headers.get('cf-ipcountry') ?? headers.get('x-country-code')) ??
    currencyForAcceptLanguage(headers.get('accept-language')) ??
    DEFAULT_CURRENCY
  );
}
