// The one rule for every redirect, `return`, `source` and `callbackUrl`: parsed with URL against APP_URL, it must stay
// on APP_URL's origin, and what is sent back is a path that no browser can read as another host ("//x", "/\x").
import { getConfig } from '@/lib/config';

export type ReturnPathOptions = {
  /** Where to go instead (a path of our own). */
  fallback?: string;
  /** Defaults to APP_URL. */
  appUrl?: string;
  /** Paths that would loop (sign-in sends back to sign-in). */
  avoid?: RegExp;
};

export function safeReturnPath(value: unknown, options: ReturnPathOptions | string = {}): string {
  const { fallback = '/', appUrl = getConfig().APP_URL, avoid } = typeof options === 'string' ? { fallback: options } : options;
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return fallback;
  // Control characters and backslashes: URL drops or rewrites them, and a header cannot carry CR/LF.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(appUrl);
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return fallback;
  // A relative value must be a path ("x" or "?a" would resolve against APP_URL's own path).
  if (!/^(\/|https?:\/\/)/i.test(value)) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!/^\/(?![/\\])/.test(path)) return fallback;
  if (avoid?.test(path)) return fallback;
  return path;
}
