// The <head> script of every reader page: the reader's state (lib/appeal/reader-state.ts) on <html> before anything
// paints, so the masthead and the appeal show the right block with no flash and no shift. Its text is the same on
// every page (settings travel in data- attributes), so the Content-Security-Policy allows it by its hash.
import { decideReaderState, likelyCurrency } from './reader-state';

type DecideFn = typeof decideReaderState;
type CurrencyFn = typeof likelyCurrency;

/** Runs in the browser from its own source text: self-contained, like the functions it is handed. */
function applyReaderState(script: HTMLScriptElement, decide: DecideFn, currencyFor: CurrencyFn): void {
  const root = document.documentElement;
  const settings = script.dataset;
  const cap = /^(\d+)\/(\d+)$/.exec(settings.cap || '');
  const apply = () => {
    const state = decide(
      {
        cookie: document.cookie,
        now: Date.now(),
        languages: navigator.languages || [navigator.language],
        offered: (settings.offered || 'usd').split(','),
        hideAfterGiftDays: Number(settings.hide) || 90,
        cap: cap ? [Number(cap[1]), Number(cap[2])] : null,
      },
      currencyFor,
    );
    root.dataset.rrSignedIn = state.signedIn ? 'yes' : 'no';
    root.dataset.rrAppeal = state.appeal;
    root.dataset.rrCurrency = state.currency;
    if (cap) root.dataset.rrCap = cap[0];
  };
  apply();
  (window as unknown as { rrReaderState: () => void }).rrReaderState = apply;
  // Before the appeal's script has loaded, a change of currency still shows that currency's amounts and posts it.
  document.addEventListener('change', (event) => {
    const target = event.target as HTMLSelectElement;
    if (target.name !== 'currency' || !target.closest('[data-rr-slot]')) return;
    document.cookie = `rr_currency=${target.value}; Path=/; Max-Age=34560000; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
    apply();
  }, true);
  // The masthead's language switch goes to this page in the other language: a cached page cannot name itself.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a[data-rr-language-switch]') as HTMLAnchorElement | null;
    if (!link) return;
    const url = new URL(link.href);
    url.searchParams.set('from', location.pathname + location.search);
    link.href = url.href;
  }, true);
  document.addEventListener('submit', (event) => {
    const select = (event.target as HTMLFormElement).querySelector?.('select[name=currency]') as HTMLSelectElement | null;
    if (select && root.dataset.rrCurrency) select.value = root.dataset.rrCurrency;
  }, true);
}

export function readerStateScript(): string {
  return `(${applyReaderState.toString()})(document.currentScript,${decideReaderState.toString()},${likelyCurrency.toString()})`;
}
