// GET /favicon.svg: the publication's initial on its accent colour (the tab's icon; cached a day).
import { getConfig } from '@/lib/config';
import { escapeHtml } from '@/lib/email/escape-html';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  const { PUBLICATION_NAME, ACCENT_COLOR } = getConfig();
  // "The Millbrook Ledger" → "M": the first letter of the name's first word that is not an article.
  const word = PUBLICATION_NAME.split(/\s+/).find((w) => !/^(the|a|an)$/i.test(w)) ?? PUBLICATION_NAME;
  const initial = escapeHtml(Array.from(word)[0]?.toUpperCase() ?? '?');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${ACCENT_COLOR}"/><text x="32" y="46" text-anchor="middle" font-family="Georgia,serif" font-weight="700" font-size="42" fill="#fff">${initial}</text></svg>`;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' } });
}
