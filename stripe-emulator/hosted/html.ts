// Shared HTML helpers for hosted pages: escaping, money, dates, and an accessible, asset-free layout.
import { intlLocale, wordsFor, type PageLanguage } from './i18n';

export function esc(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);

export function formatMoney(amount: number, currency: string, language: PageLanguage = 'en'): string {
  const major = ZERO_DECIMAL.has(currency.toLowerCase()) ? amount : amount / 100;
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: currency.toUpperCase() }).format(major);
}

export function intervalLabel(recurring: { interval: string; interval_count: number } | null | undefined, language: PageLanguage = 'en'): string {
  if (!recurring) return '';
  const t = wordsFor(language);
  if (recurring.interval_count === 1) return t('per {interval}', { interval: t(recurring.interval) });
  return t('every {count} {interval}s', { count: recurring.interval_count, interval: t(recurring.interval) });
}

export function formatDate(seconds: number, language: PageLanguage = 'en'): string {
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(seconds * 1000));
}

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
  body { margin: 0; background: #f6f8fa; color: #1a1f36; }
  main { max-width: 34rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin-top: 0; } h2 { font-size: 1.1rem; }
  label { display: block; font-weight: 600; margin: .9rem 0 .3rem; }
  input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #8792a2; border-radius: 4px; }
  input:focus, button:focus, a:focus { outline: 3px solid #635bff; outline-offset: 2px; }
  input[readonly] { background: #eef0f3; } input[type=radio] { width: auto; }
  .row { display: flex; gap: 1rem; } .row > div { flex: 1; }
  fieldset { border: 0; padding: 0; margin: 0; } legend { font-weight: 700; margin-top: 1rem; }
  button { margin-top: 1.2rem; width: 100%; padding: .8rem; font-size: 1rem; font-weight: 700; color: #fff; background: #4b45c6; border: 0; border-radius: 4px; cursor: pointer; }
  button.secondary { background: #fff; color: #4b45c6; border: 1px solid #4b45c6; width: auto; padding: .5rem 1rem; }
  [role=alert] { background: #fde8e8; color: #8a1c1c; border: 1px solid #e29a9a; padding: .7rem; border-radius: 4px; margin-top: 1rem; }
  [role=status] { background: #e6f4ea; color: #14532d; border: 1px solid #9ccfa8; padding: .7rem; border-radius: 4px; }
  .muted { color: #4f566b; } .total { font-size: 1.6rem; font-weight: 700; margin: .3rem 0; }
  ul.items { list-style: none; padding: 0; } ul.items li { display: flex; justify-content: space-between; padding: .4rem 0; border-bottom: 1px solid #e3e8ee; }
  article { border: 1px solid #e3e8ee; border-radius: 6px; padding: 1rem; margin-bottom: 1rem; }
  a { color: #3b35a8; }
  .badge { font-size: .8rem; font-weight: 700; padding: .1rem .45rem; border-radius: 4px; background: #e3e8ee; }
`;

export function page(title: string, body: string, language: PageLanguage = 'en'): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<p class="muted"><small>${esc(wordsFor(language)('Test mode · served by the offline Stripe emulator'))}</small></p>
</main>
</body>
</html>`;
}

export function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
