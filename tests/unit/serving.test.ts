// What the server in front of Next decides on its own: the canonical host, security headers and the script hashes of a
// page's policy, the page cache, where a reader's request goes (language, plain-form answers) and the signed-in hint.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalRedirect } from '@/lib/http/canonical-host';
import { PageCache, sharedMaxAge } from '@/lib/http/page-cache';
import { baseSecurityHeaders, inlineScriptHashes, pageSecurityPolicy } from '@/lib/http/security-headers';
import { routeReaderRequest, isReaderPath } from '@/lib/i18n/route-reader-request';
import { signedInHintCookies } from '@/lib/auth/signed-in-hint';

describe('the canonical host', () => {
  const at = (host: string, url = '/articles/x?y=1', extra: Partial<Parameters<typeof canonicalRedirect>[0]> = {}) =>
    canonicalRedirect({ appUrl: 'https://news.example.org', method: 'GET', url, host, forwardedHost: undefined, trustProxy: 0, ...extra });

  it('sends another host name to APP_URL with the same path, and leaves APP_URL\'s own alone', () => {
    expect(at('news.example.org')).toBeNull();
    expect(at('NEWS.example.org')).toBeNull();
    expect(at('www.news.example.org')).toBe('https://news.example.org/articles/x?y=1');
    expect(at('127.0.0.1:3000', '/')).toBe('https://news.example.org/');
    expect(canonicalRedirect({ appUrl: 'http://localhost:3000', method: 'GET', url: '/', host: '127.0.0.1:3000', forwardedHost: undefined, trustProxy: 0 })).toBe('http://localhost:3000/');
  });

  it('never leaves the site, believes X-Forwarded-Host only behind its own proxies, and lets APIs and posts through', () => {
    expect(at('evil.example', '//evil.example/x')).toBe('https://news.example.org/');
    expect(at('10.0.0.5:3000', '/', { forwardedHost: 'news.example.org', trustProxy: 1 })).toBeNull();
    expect(at('news.example.org', '/', { forwardedHost: 'evil.example', trustProxy: 0 })).toBeNull();
    expect(at('10.0.0.5:3000', '/api/health')).toBeNull();
    expect(at('10.0.0.5:3000', '/api/stripe/webhook', { method: 'POST' })).toBeNull();
    expect(at('10.0.0.5:3000', '/support/checkout', { method: 'POST' })).toBeNull();
  });
});

describe('security headers', () => {
  const settings = { appUrl: 'https://news.example.org', formTargets: ['https://checkout.stripe.com'] };

  it('hashes each inline script exactly as written, and no script with a src or JSON data', () => {
    const body = 'self.__next_f.push([1,"x"])';
    const html = `<head><script>${body}</script><script src="/a.js"></script><script type="application/json">{"a":1}</script><script async="">${body}</script></head>`;
    const expected = `'sha256-${crypto.createHash('sha256').update(body).digest('base64')}'`;
    expect(inlineScriptHashes(html)).toEqual([expected]);
  });

  it('allows only this site\'s scripts and the hashed inline ones, no framing, forms only to here and Stripe', () => {
    const policy = pageSecurityPolicy(settings, ["'sha256-abc'"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self' https://checkout.stripe.com");
    expect(policy).toContain('upgrade-insecure-requests');
    expect(baseSecurityHeaders(settings)).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin', 'strict-transport-security': expect.stringContaining('max-age=') });
    expect(baseSecurityHeaders({ ...settings, appUrl: 'http://localhost:3000' })).not.toHaveProperty('strict-transport-security');
  });
});

describe('the page cache', () => {
  it('keeps a page for its time at most, the least recently used going first, and empties on demand', () => {
    let now = 0;
    const cache = new PageCache({ ttlMs: 10_000, now: () => now });
    const page = { status: 200, headers: { 'content-type': 'text/html' }, body: Buffer.from('<p>hello</p>') };
    const stored = cache.set('/en/articles/a', page, 5_000);
    expect(stored.gzip.length).toBeGreaterThan(0);
    expect(stored.etag).toMatch(/^"[\w-]+"$/);
    now = 4_999;
    expect(cache.get('/en/articles/a')?.body.toString()).toBe('<p>hello</p>');
    now = 5_000;
    expect(cache.get('/en/articles/a')).toBeNull();
    cache.set('/en/articles/b', page);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('reads how long a shared cache may keep a response', () => {
    expect(sharedMaxAge('s-maxage=60, stale-while-revalidate=31535940')).toBe(60);
    expect(sharedMaxAge('public, max-age=0, s-maxage=30')).toBe(30);
    expect(sharedMaxAge('private, no-cache, no-store, max-age=0, must-revalidate')).toBeNull();
    expect(sharedMaxAge(undefined)).toBeNull();
  });
});

describe('where a reader\'s request goes', () => {
  const route = (pathname: string, extra: Partial<Parameters<typeof routeReaderRequest>[0]> = {}) =>
    routeReaderRequest({ method: 'GET', pathname, search: '', localeCookie: undefined, acceptLanguage: null, ...extra });

  it('keeps English unprefixed, sends /en/ to the bare path, and a Russian reader\'s first visit to /ru/', () => {
    expect(route('/')).toEqual({ kind: 'rewrite', pathname: '/en' });
    expect(route('/articles/a')).toEqual({ kind: 'rewrite', pathname: '/en/articles/a' });
    expect(route('/en/support', { search: '?x=1' })).toEqual({ kind: 'redirect', location: '/support?x=1', status: 308 });
    expect(route('/articles/a', { acceptLanguage: 'ru-RU,ru;q=0.9,en;q=0.8' })).toEqual({ kind: 'redirect', location: '/ru/articles/a', status: 307 });
    expect(route('/', { acceptLanguage: 'de,ru' })).toEqual({ kind: 'redirect', location: '/ru', status: 307 });
    expect(route('/articles/a', { acceptLanguage: 'ru', localeCookie: 'en' })).toEqual({ kind: 'rewrite', pathname: '/en/articles/a' });
    expect(route('/articles/a', { localeCookie: 'ru' })).toEqual({ kind: 'redirect', location: '/ru/articles/a', status: 307 });
    expect(route('/ru/articles/a', { localeCookie: 'en' })).toEqual({ kind: 'rewrite', pathname: '/ru/articles/a' });
    // A form post is never redirected.
    expect(route('/support/checkout', { method: 'POST', acceptLanguage: 'ru' })).toEqual({ kind: 'rewrite', pathname: '/en/support/checkout' });
  });

  it('sends a plain form\'s answer or a staff preview to the article page that reads its query', () => {
    expect(route('/articles/a', { search: '?appeal=1&error=amount_missing' })).toEqual({ kind: 'rewrite', pathname: '/en/articles/a/state' });
    expect(route('/ru/articles/a', { search: '?preview=draft' })).toEqual({ kind: 'rewrite', pathname: '/ru/articles/a/state' });
    expect(route('/articles/a', { search: '?utm_source=newsletter' })).toEqual({ kind: 'rewrite', pathname: '/en/articles/a' });
  });

  it('knows reader paths from the rest', () => {
    for (const path of ['/', '/articles/a', '/ru', '/support/checkout']) expect(isReaderPath(path), path).toBe(true);
    for (const path of ['/admin', '/api/health', '/_next/static/x.js', '/embed.js', '/embed/appeal', '/dev/mailbox', '/favicon.ico']) expect(isReaderPath(path), path).toBe(false);
  });
});

describe('the masthead\'s signed-in hint', () => {
  it('is set with a session, cleared without one, and left alone when it already agrees', () => {
    expect(signedInHintCookies('next-auth.session-token=abc', false)).toEqual(['rr_signed_in=1; Max-Age=2592000; Path=/; SameSite=Lax']);
    expect(signedInHintCookies('__Secure-next-auth.session-token=abc', true)[0]).toContain('; Secure');
    expect(signedInHintCookies('next-auth.session-token=abc; rr_signed_in=1', false)).toEqual([]);
    expect(signedInHintCookies('rr_signed_in=1; rr_supporter=yes', false)).toEqual(['rr_signed_in=; Max-Age=0; Path=/; SameSite=Lax', 'rr_supporter=; Max-Age=0; Path=/; SameSite=Lax']);
    expect(signedInHintCookies('', false)).toEqual([]);
    expect(signedInHintCookies(null, false)).toEqual([]);
  });
});
