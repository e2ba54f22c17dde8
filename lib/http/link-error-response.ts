// The answer to a broken emailed link (tampered, expired, unknown): a 400 with a clear message, as JSON or a small page.
import { getConfig } from '@/lib/config';
import { wantsJson } from './wants-json';
import { escapeHtml } from '@/lib/email/escape-html';

export function linkErrorResponse(request: Request, { message, status = 400 }: { message: string; status?: number }): Response {
  if (wantsJson(request)) return Response.json({ error: { field: 'token', message } }, { status });
  const name = escapeHtml(getConfig().PUBLICATION_NAME);
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Link not valid | ${name}</title>
<style>body{font-family:system-ui,sans-serif;background:#fbfaf7;color:#1a1a1a;margin:0}main{max-width:36rem;margin:3rem auto;padding:0 1rem}a{color:#9b1c1c}</style></head>
<body><main><p><a href="/">${name}</a></p><h1>This link does not work</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to the front page</a></p></main></body></html>`;
  return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
