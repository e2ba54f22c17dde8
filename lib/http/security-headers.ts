// The headers every response carries, and the Content-Security-Policy of a page: this site's own scripts, plus its
// inline ones by hash (Next's and the <head> script), so a cached page keeps a strict policy without a nonce.
import crypto from 'node:crypto';

export type SecuritySettings = {
  appUrl: string;
  /** Where forms may lead after a redirect: Stripe's hosted Checkout and Billing Portal (or the emulator's). */
  formTargets: readonly string[];
};

export function baseSecurityHeaders(settings: SecuritySettings): Record<string, string> {
  const https = settings.appUrl.startsWith('https://');
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/** Every inline script's sha256, as CSP source expressions. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/i.test(attributes) || /type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes) || body === '') continue;
    hashes.add(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** `framing: 'self'` only for a staff preview, which the appeal editor shows in frames of its own. */
export function pageSecurityPolicy(settings: SecuritySettings, scriptHashes: readonly string[], framing: 'none' | 'self' = 'none'): string {
  const https = settings.appUrl.startsWith('https://');
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // React and the admin charts set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // A signature photo may be any https address staff chose.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${settings.formTargets.join(' ')}`.trim(),
    `frame-ancestors '${framing}'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
