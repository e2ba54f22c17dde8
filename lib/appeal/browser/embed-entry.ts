// /embed.js: the appeal on another site, where the script tag stands:
//   <script src="APP_URL/embed.js" data-placement="article-end" async></script>
// It reserves the appeal's space at once, draws it in a shadow root (the host page's styles cannot reach in, nor ours
// out), keeps the reader's choices in the host page's own first-party cookies, and its forms post to this site.
import appealCss from '@/components/appeal/appeal.css';
import { decideReaderState, likelyCurrency } from '../reader-state';
import { mountAppeal, writeCookie, type AppealHost } from './mount-appeal';

type EmbedAnswer = { markup: string; offered: string[]; hideAfterGiftDays: number; cap: [number, number] | null; thanks: string };

const script = document.currentScript as HTMLScriptElement | null;
const RESERVED_PX = 620;

async function embed(tag: HTMLScriptElement): Promise<void> {
  const base = new URL(tag.src).origin;
  const placement = tag.dataset.placement || 'embed';
  const lang = tag.dataset.lang || document.documentElement.lang || navigator.language || 'en';
  const box = document.createElement('div');
  box.setAttribute('data-rr-embed', '');
  // The appeal's usual height is held until it arrives, so the host page does not jump.
  box.style.minHeight = `${tag.dataset.height ? Number(tag.dataset.height) : RESERVED_PX}px`;
  tag.parentNode?.insertBefore(box, tag);
  const root = box.attachShadow({ mode: 'open' });
  const query = new URLSearchParams({ placement, lang: lang.slice(0, 2).toLowerCase() });
  const answer = (await (await fetch(`${base}/embed/appeal?${query}`, { credentials: 'omit' })).json()) as EmbedAnswer;
  const style = document.createElement('style');
  style.textContent = appealCss;
  root.append(style);
  const holder = document.createElement('div');
  holder.innerHTML = answer.markup;
  const slot = holder.firstElementChild as HTMLElement;
  const decide = () => {
    const state = decideReaderState(
      { cookie: document.cookie, now: Date.now(), languages: navigator.languages ?? [navigator.language], offered: answer.offered, hideAfterGiftDays: answer.hideAfterGiftDays, cap: answer.cap },
      likelyCurrency,
    );
    slot.dataset.state = state.appeal;
    slot.dataset.currency ||= state.currency;
    if (answer.cap) slot.dataset.rrCap = answer.cap.join('/');
  };
  // Back from Stripe Checkout after paying: this browser has given (kept in the host page's own cookie).
  const params = new URLSearchParams(location.search);
  const gave = params.get('rr_gave');
  if (params.get('rr_checkout') === 'done' && (gave === 'once' || gave === 'recurring')) {
    writeCookie('rr_appeal_gave', `${gave}:${Date.now()}`, (gave === 'once' ? answer.hideAfterGiftDays : 400) * 86_400);
  }
  decide();
  const host: AppealHost = {
    base,
    stateOf: () => slot,
    defer: (_slot, data) => {
      const now = Date.now();
      writeCookie('rr_appeal_deferred', String(now + data.deferDays * 86_400_000), data.deferDays * 86_400);
      writeCookie('rr_appeal_deferred_at', String(now), 400 * 86_400);
    },
    refresh: decide,
  };
  // The page the reader is on: Checkout comes back to it.
  slot.querySelectorAll<HTMLFormElement>('form.rr-form').forEach((form) => addPage(form));
  root.append(slot);
  box.style.minHeight = '';
  mountAppeal(slot, host);
  slot.querySelectorAll<HTMLFormElement>('form.rr-form').forEach((form) => addPage(form));
}

function addPage(form: HTMLFormElement): void {
  if (form.querySelector('input[name=page]')) return;
  const input = document.createElement('input');
  input.type = 'hidden';
  input.name = 'page';
  input.value = location.href.split('#')[0];
  form.append(input);
}

if (script) void embed(script).catch(() => {});
