// The answer to a broken emailed link (tampered, expired, unknown): a 400 with a clear message, as JSON or a small page.
import { getConfig } from '@/lib/config';
import { wantsJson } from './wants-json';
import { escapeHtml } from '@/lib/email/escape-html';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

export function linkErrorResponse(request: Request, { message, status = 400, locale = 'en' }: { message: string; status?: number; locale?: Locale }): Response {
  if (wantsJson(request)) return Response.json({ error: { field: 'token', message } }, { status });
  const name = escapeHtml(getConfig().PUBLICATION_NAME);
  const t = translatorFor(locale, 'forms');
  const front = escapeHtml(localePath(locale, '/'));
  const body = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('linkError.title'))} | ${name}</title>
<style>body{font-family:system-ui,sans-serif;background:#fbfaf7;color:#1a1a1a;margin:0}main{max-width:36rem;margin:3rem auto;padding:0 1rem}a{color:#9b1c1c}</style></head>
<body><main><p><a href="${front}">${name}</a></p><h1>${escapeHtml(t('linkError.heading'))}</h1><p>${escapeHtml(message)}</p><p><a href="${front}">${escapeHtml(t('linkError.front'))}</a></p></main></body></html>`;
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
