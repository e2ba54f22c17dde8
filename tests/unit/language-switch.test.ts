// The masthead's language switch: the same page in the other language, the choice kept a year, and never a way off
// the site (`from` and the Referer are the reader's to forge).
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/(reader)/[locale]/language/route';
import { articleAlternates, languageAlternates } from '@/lib/i18n/alternates';
import { languageSwitch } from '@/lib/http/language-switch';
import { routeReaderRequest } from '@/lib/i18n/route-reader-request';

const appUrl = 'https://news.example.org';
const go = (to: string | null, from: string | null, referer: string | null = null) => languageSwitch({ to, from, referer, appUrl });

describe('the language switch', () => {
  it('goes to the same page in the other language, its query kept', () => {
    expect(go('ru', '/articles/a-story').location).toBe('/ru/articles/a-story');
    expect(go('ru', '/').location).toBe('/ru');
    expect(go('en', '/ru/articles/a-story').location).toBe('/articles/a-story');
    expect(go('en', '/ru').location).toBe('/');
    expect(go('ru', '/support?frequency=monthly#support').location).toBe('/ru/support?frequency=monthly');
    expect(go('en', '/ru/support?frequency=monthly').location).toBe('/support?frequency=monthly');
  });

  it('falls back on the Referer from this site, then the front page', () => {
    expect(go('ru', null, 'https://news.example.org/privacy').location).toBe('/ru/privacy');
    expect(go('en', null, 'https://news.example.org/ru/newsletter/preview').location).toBe('/newsletter/preview');
    expect(go('ru', null, 'https://evil.example/privacy').location).toBe('/ru');
    expect(go('ru', null, null).location).toBe('/ru');
  });

  it('never leaves the site', () => {
    for (const from of ['//evil.example', 'https://evil.example', 'https://evil.example/x', '/\\evil', '\\\\evil', 'javascript:alert(1)', 'http://news.example.org.evil.example/', '/a\r\nb', '']) {
      for (const to of ['en', 'ru']) {
        const { location } = go(to, from);
        expect(location, `${to} from ${JSON.stringify(from)}`).toBe(to === 'ru' ? '/ru' : '/');
      }
    }
    // And not back to the switch itself.
    expect(go('ru', '/language?to=en&from=/x').location).toBe('/ru');
    expect(go('en', '/ru/language?to=ru').location).toBe('/');
  });

  it('takes an unknown language as English', () => {
    expect(go('xx', '/privacy').location).toBe('/privacy');
    expect(go(null, '/ru/privacy').location).toBe('/privacy');
  });

  it('remembers the choice for a year, site-wide, Lax, Secure on https', () => {
    expect(go('ru', '/').cookie).toBe('rr_locale=ru; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
    expect(languageSwitch({ to: 'en', from: '/', referer: null, appUrl: 'http://localhost:3000' }).cookie).toBe('rr_locale=en; Path=/; Max-Age=31536000; SameSite=Lax');
  });

  it('answers 303 with the cookie, never cached, and a site path for hostile input', async () => {
    const response = GET(new Request('http://localhost:3000/language?to=ru&from=%2F%2Fevil.example'));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/ru');
    expect(response.headers.get('set-cookie')).toMatch(/^rr_locale=ru; Path=\/; Max-Age=31536000; SameSite=Lax/);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const back = GET(new Request('http://localhost:3000/ru/language?to=en&from=%2Fru%2Farticles%2Fx'));
    expect(back.headers.get('location')).toBe('/articles/x');
  });

  it('is honoured by the proxy on the next unprefixed visit, over Accept-Language', () => {
    const visit = (cookie: string | undefined) => routeReaderRequest({ method: 'GET', pathname: '/', search: '', localeCookie: cookie, acceptLanguage: 'ru-RU,ru;q=0.9' });
    expect(visit('en')).toEqual({ kind: 'rewrite', pathname: '/en' });
    expect(visit(undefined)).toMatchObject({ kind: 'redirect', location: '/ru' });
  });
});

describe('hreflang alternates', () => {
  it('name every language and English as x-default, absolute', () => {
    expect(languageAlternates('ru', '/support', appUrl)).toEqual({
      canonical: 'https://news.example.org/ru/support',
      languages: { en: 'https://news.example.org/support', ru: 'https://news.example.org/ru/support', 'x-default': 'https://news.example.org/support' },
    });
    expect(languageAlternates('en', '/', appUrl).languages).toEqual({ en: 'https://news.example.org/', ru: 'https://news.example.org/ru', 'x-default': 'https://news.example.org/' });
  });

  it('give an article its own language’s address only', () => {
    expect(articleAlternates('ru', 'a-story', appUrl)).toEqual({
      canonical: 'https://news.example.org/ru/articles/a-story',
      languages: { ru: 'https://news.example.org/ru/articles/a-story', 'x-default': 'https://news.example.org/ru/articles/a-story' },
    });
  });
});
