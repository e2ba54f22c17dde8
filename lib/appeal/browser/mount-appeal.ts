// The appeal's behaviour in the browser, for this site's pages and the embed alike (bundled by esbuild into /appeal.js
// and /embed.js, no framework): the test variant, the restated choice, the amount checked before Checkout, "Remind me
// later" in place, the reminder form and the funnel beacon. Which block shows (appeal, thanks, nothing) and the
// currency were decided before the page painted; this only follows the reader's clicks.
import { chooseAssignment } from '@/lib/campaigns/assign-variant';
import type { ServedTest } from '@/lib/campaigns/campaign-test';
import { readReaderStates } from '@/lib/appeal/reader-states';
import { parseAmount } from '@/lib/support/parse-amount';
import { MARKER_COOKIE_MAX_AGE_SECONDS } from '../appeal-cookies';

type SlotData = {
  tests: ServedTest[];
  holdback: string;
  deferDays: number;
  moneyLocales: Record<string, string>;
  summary: Record<string, string>;
  messages: Record<string, string>;
};

export type AppealHost = {
  /** '' on this site; the site's address in the embed. */
  base: string;
  /** Where the reader's state lives: <html> on this site, the slot itself in the embed (another site's page). */
  stateOf: (slot: HTMLElement) => HTMLElement;
  /** Hides the appeal for the deferral: a post to this site, or the host page's own cookie in the embed. */
  defer: (slot: HTMLElement, data: SlotData) => void;
  /** Re-decides the reader's state after a cookie changed. */
  refresh: () => void;
};

const YEAR_SECONDS = MARKER_COOKIE_MAX_AGE_SECONDS;

export function readCookie(name: string): string | undefined {
  return document.cookie.split('; ').find((c) => c.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function writeCookie(name: string, value: string, maxAgeSeconds: number): void {
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${name}=${value}; Path=/; Max-Age=${Math.round(maxAgeSeconds)}; SameSite=Lax${secure}`;
}

function randomId(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function browserId(): string {
  const stored = readCookie('rr_bid');
  if (stored && /^[A-Za-z0-9-]{8,64}$/.test(stored)) return stored;
  const id = randomId();
  writeCookie('rr_bid', id, YEAR_SECONDS);
  return id;
}

export function mountAppeal(slot: HTMLElement, host: AppealHost): void {
  if (slot.dataset.rrMounted !== undefined) return;
  slot.dataset.rrMounted = '';
  const data = JSON.parse(slot.querySelector('script[data-rr-data]')?.textContent || '{}') as SlotData;
  const stateOf = host.stateOf(slot);
  const assignment = placeInTest(slot, data, stateOf);
  delete slot.dataset.tests; // the variant is in place: show it
  const section = slot.querySelector<HTMLElement>('.rr-appeal');
  const form = section?.querySelector<HTMLFormElement>('form.rr-form');
  if (!section || !form) return;
  const attribution = readAttribution();
  setField(form, 'test', assignment ? String(assignment.testId) : '');
  setField(form, 'variant', assignment?.variant ?? '');
  setField(form, 'utm_source', attribution.utm ?? '');
  setField(form, 'ref', attribution.ref ?? '');
  // Idempotency made here, not rendered by the server: the cached page is the same for everyone.
  setField(form, 'nonce', randomId());
  const event = (kind: 'impression' | 'continue') =>
    sendAppealEvent(host.base, { kind, placement: slot.dataset.placement, article: slot.dataset.article || undefined, ...(assignment ? { test: assignment.testId, variant: assignment.variant } : {}), ...attribution });

  const currencySelect = form.querySelector<HTMLSelectElement>('select[name=currency]');
  // The slot's own currency (a plain form's answer, or the embed's) wins over the page's.
  const currency = () => slot.dataset.currency || stateOf.dataset.rrCurrency || currencySelect?.value || form.querySelector<HTMLInputElement>('input[name=currency]')?.value || 'usd';
  if (currencySelect && currencySelect.value !== currency()) currencySelect.value = currency();
  const frequency = () => form.querySelector<HTMLInputElement>('input[name=frequency]:checked')?.value ?? 'monthly';
  const other = form.querySelector<HTMLInputElement>('input[name=other_amount]')!;
  const group = () => form.querySelector<HTMLElement>(`.rr-amounts[data-c="${currency()}"][data-f="${frequency()}"]`);
  const summary = form.querySelector<HTMLElement>('[data-rr-summary]');

  const update = () => {
    const g = group();
    const text = other.value.trim() || g?.querySelector<HTMLInputElement>('input:checked')?.value || '';
    const parsed = parseAmount(text);
    if (summary) summary.textContent = parsed.ok && parsed.minor > 0 ? (data.summary[frequency()] ?? '').replace('{amount}', formatMinor(parsed.minor, currency(), data)) : '';
    const error = form.querySelector<HTMLElement>('.rr-other .rr-error');
    const range = `${form.querySelector('.rr-other input')?.id.replace(/-other$/, '')}-range-${currency()}-${frequency()}`;
    other.setAttribute('aria-describedby', [error?.id, range].filter(Boolean).join(' '));
    const reminderFrequency = slot.querySelector<HTMLInputElement>('.rr-reminder-form input[name=frequency]');
    if (reminderFrequency) reminderFrequency.value = frequency();
  };
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.name?.startsWith('amount_')) other.value = '';
    // On this site the <head> script follows the currency select; in the embed the slot keeps it.
    if (target.name === 'currency' && (slot.dataset.currency || stateOf !== document.documentElement)) {
      slot.dataset.currency = target.value;
      writeCookie('rr_currency', target.value, YEAR_SECONDS);
    }
    clearError(form);
    update();
  });
  other.addEventListener('input', () => {
    // A typed amount wins over the presets at the server; the cards say so by letting go of their choice.
    if (other.value.trim()) group()?.querySelectorAll<HTMLInputElement>('input:checked').forEach((input) => (input.checked = false));
    clearError(form);
    update();
  });
  let sent = false;
  addEventListener('pageshow', () => (sent = false)); // back from Stripe through the bfcache
  form.addEventListener('submit', (e) => {
    if (currencySelect) currencySelect.value = currency();
    const problem = checkAmount(group(), other.value.trim() || group()?.querySelector<HTMLInputElement>('input:checked')?.value || '', data);
    if (problem) {
      e.preventDefault();
      showError(form, other, problem);
      return;
    }
    if (sent) return e.preventDefault();
    sent = true;
    event('continue');
  });
  update();

  slot.querySelector<HTMLFormElement>('form.rr-defer')?.addEventListener('submit', (e) => {
    e.preventDefault();
    host.defer(slot, data);
    slot.dataset.justDeferred = '';
    stateOf.dataset.rrAppeal = 'deferred';
    if (stateOf !== document.documentElement) stateOf.dataset.state = 'deferred';
    const line = slot.querySelector<HTMLElement>('.rr-deferred-line');
    line?.focus({ preventScroll: true });
    line?.closest('.rr-deferred-thanks')?.scrollIntoView({ block: 'nearest' });
  });
  mountReminderForm(slot, host, data);
  watchImpression(section, stateOf, () => event('impression'));
}

/** The running test this browser falls into, with its variant's markup swapped in (or the appeal held back). */
function placeInTest(slot: HTMLElement, data: SlotData, stateOf: HTMLElement): { testId: number; variant: string } | null {
  if (!data.tests?.length) return null;
  const now = new Date();
  const assignment = chooseAssignment({
    tests: data.tests,
    browserId: browserId(),
    now,
    context: {
      placement: slot.dataset.placement ?? '',
      section: slot.dataset.section || null,
      readerStates: readReaderStates({ gave: readCookie('rr_appeal_gave'), deferredAt: readCookie('rr_appeal_deferred_at'), deferredUntil: readCookie('rr_appeal_deferred'), newsletter: readCookie('rr_newsletter') }, now),
      country: readCookie('rr_country') ?? null,
      currency: (slot.dataset.currency || stateOf.dataset.rrCurrency || 'usd') as never,
    },
  });
  if (!assignment) return null;
  if (assignment.variant === data.holdback) {
    slot.dataset.holdback = '';
    return assignment;
  }
  const template = slot.querySelector<HTMLTemplateElement>(`template[data-rr-variant="${assignment.testId}:${assignment.variant}"]`);
  const control = slot.querySelector('.rr-appeal');
  if (template && control) control.replaceWith(template.content.cloneNode(true));
  return assignment;
}

function mountReminderForm(slot: HTMLElement, host: AppealHost, data: SlotData): void {
  const form = slot.querySelector<HTMLFormElement>('form.rr-reminder-form');
  if (!form) return;
  let busy = false;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (busy) return;
    busy = true;
    const email = form.querySelector<HTMLInputElement>('input[name=email]')!;
    try {
      const response = await fetch(form.action, { method: 'POST', headers: { accept: 'application/json' }, body: new URLSearchParams(new FormData(form) as never), credentials: host.base ? 'omit' : 'same-origin' });
      const body = (await response.json().catch(() => ({}))) as { month?: string; error?: { message?: string } };
      if (response.ok && body.month) {
        const label = form.querySelector<HTMLOptionElement>(`option[value="${body.month}"]`)?.textContent ?? body.month;
        const done = document.createElement('p');
        done.setAttribute('role', 'status');
        done.className = 'rr-reminder-done';
        done.textContent = data.messages.reminderDone.replace('{month}', label);
        form.replaceWith(done);
        return;
      }
      showError(form, email, body.error?.message ?? data.messages.tryAgain);
    } catch {
      showError(form, email, data.messages.offline);
    } finally {
      busy = false;
    }
  });
}

function watchImpression(section: HTMLElement, stateOf: HTMLElement, send: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return;
  const observer = new IntersectionObserver((entries) => {
    // Only the full appeal, actually on screen, counts.
    if (!entries.some((e) => e.isIntersecting) || section.offsetParent === null) return;
    observer.disconnect();
    send();
    const cap = stateOf.dataset.rrCap;
    if (cap) recordSeen(Number(cap.split('/')[1]));
  }, { threshold: 0.3 });
  observer.observe(section);
}

/** With a frequency cap on, when this reader saw the full appeal (timestamps only). */
function recordSeen(days: number): void {
  const now = Math.floor(Date.now() / 1000);
  const kept = (readCookie('rr_appeal_seen') ?? '').split('.').map(Number).filter((t) => Number.isInteger(t) && t > now - days * 86_400).slice(-20);
  writeCookie('rr_appeal_seen', [...kept, now].join('.'), days * 86_400);
}

function checkAmount(group: HTMLElement | null, text: string, data: SlotData): string | null {
  const parsed = parseAmount(text);
  if (!parsed.ok) return data.messages[{ empty: 'amount_missing', negative: 'amount_negative', too_many_decimals: 'amount_too_precise', not_a_number: 'amount_not_a_number' }[parsed.reason]];
  if (!group) return null;
  if (parsed.minor < Number(group.dataset.min)) return group.dataset.below ?? null;
  if (parsed.minor > Number(group.dataset.max)) return group.dataset.above ?? null;
  return null;
}

function showError(form: HTMLFormElement, field: HTMLInputElement, message: string): void {
  clearError(form);
  const error = document.createElement('p');
  error.className = 'rr-error';
  error.id = `${field.id}-error`;
  error.setAttribute('role', 'alert');
  error.textContent = message;
  field.insertAdjacentElement('afterend', error);
  field.setAttribute('aria-invalid', 'true');
  field.setAttribute('aria-describedby', [error.id, field.getAttribute('aria-describedby')].filter(Boolean).join(' '));
  field.focus();
}

function clearError(form: HTMLFormElement): void {
  form.querySelectorAll('.rr-error').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
}

function setField(form: HTMLFormElement, name: string, value: string): void {
  const input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (input) input.value = value;
}

function formatMinor(minor: number, currency: string, data: SlotData): string {
  const whole = minor % 100 === 0;
  return new Intl.NumberFormat(data.moneyLocales[currency] ?? 'en-US', { style: 'currency', currency: currency.toUpperCase(), minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(minor / 100);
}

/** The reader's utm_source and the referring site, for the reports (nothing personal). */
function readAttribution(): { utm?: string; ref?: string } {
  const utm = new URLSearchParams(location.search).get('utm_source')?.toLowerCase();
  let ref: string | undefined;
  try {
    const host = document.referrer ? new URL(document.referrer).hostname.toLowerCase() : '';
    ref = host && host !== location.hostname && /^[a-z0-9.-]{1,100}$/.test(host) ? host : undefined;
  } catch {
    ref = undefined;
  }
  return { ...(utm && /^[a-z0-9._-]{1,40}$/.test(utm) ? { utm } : {}), ...(ref ? { ref } : {}) };
}

function sendAppealEvent(base: string, event: Record<string, unknown>): void {
  try {
    navigator.sendBeacon?.(`${base}/api/appeal-events`, JSON.stringify({ events: [event] }));
  } catch {
    // Counting must never get in the way of giving.
  }
}
