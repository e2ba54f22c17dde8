// The appeal's markup, built once per published version and served as the same bytes to every reader: the full appeal
// (every offered currency and frequency, the right ones shown by CSS), the supporters' line of thanks, the deferred
// reader's line and reminder form, and a template per test variant. Which of them a reader sees is decided in their
// browser before it paints (lib/appeal/reader-state.ts); without JavaScript the forms still post and the amounts still
// follow the chosen frequency and currency.
import type { AppealConfig } from '@/lib/campaigns/appeal-config';
import type { ServedTest } from '@/lib/campaigns/campaign-test';
import { HOLDBACK_KEY } from '@/lib/campaigns/campaign-test';
import { formMessage } from '@/lib/http/form-messages';
import { moneyLocale, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import type { MonthChoice } from '@/lib/reminders/reminder-months';
import { FREQUENCIES, type Currency, type Frequency } from '@/lib/support/amounts';
import { amountMessageParams } from '@/lib/support/check-amount';
import { formatMoney, toMajorInput } from '@/lib/support/format-money';
import { fillPlaceholders } from '@/lib/campaigns/fill-appeal-copy';
import type { Placeholder } from '@/lib/campaigns/appeal-config';
import { html, jsonForScript, trusted, type Markup } from './html';
import { offeredPaymentMethods, PAYMENT_METHOD_NAMES, paymentMarkSvg } from './payment-marks';
import type { AppealPlacement } from '@/lib/funnel/appeal-placements';

/** What a page rendered per request knows from its query after a plain-form post (never words from the URL). */
export type AppealFormState = {
  frequency?: Frequency;
  currency?: Currency;
  /** The amount the reader had chosen or typed, put back in the form. */
  amountText?: string;
  error?: { field: string; message: string } | null;
  justDeferred?: boolean;
  reminderDoneMonth?: string | null;
  reminderError?: { field: string; message: string } | null;
};

export type AppealSlotInput = {
  placement: AppealPlacement;
  articleSlug: string | null;
  section: string | null;
  locale: Locale;
  /** '' on this site; the site's own address in the embed, whose forms post from other sites. */
  base: string;
  publicationName: string;
  config: AppealConfig;
  /** The running tests' variants, each already laid over the published config and checked. */
  variants: { testId: number; key: string; config: AppealConfig }[];
  tests: ServedTest[];
  reminder: { months: MonthChoice[]; defaultMonth: string };
  returnPath: string;
  offerReminder: boolean;
  /** 'full' on the support page and in staff previews; 'deferred' just after a plain-form "Remind me later". */
  force?: 'full' | 'deferred' | null;
  formState?: AppealFormState | null;
  previewLabel?: string | null;
  deferDays: number;
};

type Ctx = AppealSlotInput & { t: ReturnType<typeof translatorFor<'appeal'>>; id: string };

const FREQUENCY_KEYS = { once: 'once', monthly: 'monthly', annual: 'annual' } as const;
const SUMMARY_KEYS = { once: 'summaryOnce', monthly: 'summaryMonthly', annual: 'summaryAnnual' } as const;
const GIFT_KEYS = { once: 'giftOnce', monthly: 'giftMonthly', annual: 'giftAnnual' } as const;

export function renderAppealSlot(input: AppealSlotInput): string {
  const ctx: Ctx = { ...input, t: translatorFor(input.locale, 'appeal'), id: `rr-${input.placement}` };
  const state = input.formState ?? {};
  const templates = input.variants.map((v) => html`<template data-rr-variant="${`${v.testId}:${v.key}`}">${section(ctx, v.config, { testId: v.testId, key: v.key })}</template>`);
  const force = input.force ?? (state.justDeferred ? 'deferred' : null);
  return html`<div class="rr-slot" data-rr-slot="" data-placement="${input.placement}" data-article="${input.articleSlug ?? ''}" data-section="${input.section ?? ''}" data-locale="${input.locale}"${
    force ? trusted(` data-force="${force}"`) : ''}${input.tests.length && !input.previewLabel ? trusted(' data-tests=""') : ''}${state.justDeferred ? trusted(' data-just-deferred=""') : ''}${
    state.currency && input.config.currencies.includes(state.currency) ? trusted(` data-currency="${state.currency}"`) : ''}>${section(ctx, input.config, null)}${
    supporterThanks(ctx)}${deferredThanks(ctx)}<script type="application/json" data-rr-data="">${jsonForScript(browserData(ctx))}</script>${templates}</div>`.__html;
}

function section(ctx: Ctx, config: AppealConfig, variant: { testId: number; key: string } | null): Markup {
  // Placeholders that name money are rendered once per currency; CSS shows the chosen one.
  const money = (text: string) => moneyAware(ctx, config, text);
  const continueLabel = fillPlaceholders(config.continueLabel, {
    publication: ctx.publicationName,
    ...Object.fromEntries(FREQUENCIES.map((f) => [`${f}Minimum`, formatMoney(config.amounts[config.currencies[0]][f].min, config.currencies[0], moneyLocale(ctx.locale, config.currencies[0]))])),
  } as Record<Placeholder, string>);
  const headingId = `${ctx.id}-heading`;
  return html`<section id="support" class="rr-appeal" aria-labelledby="${headingId}"${variant ? trusted(` data-rr-variant-key="${variant.key}"`) : ''}>${
    ctx.previewLabel ? html`<p role="note" class="rr-preview-label">${ctx.previewLabel}</p>` : ''
  }<h2 id="${headingId}" class="rr-heading">${money(config.heading)}</h2><div class="rr-letter">${config.paragraphs.map((p) => html`<p>${money(p)}</p>`)}${
    config.highlight ? html`<p class="rr-highlight"><mark>${money(config.highlight)}</mark></p>` : ''
  }${signature(config.signature, money)}</div>${form(ctx, config, { continueLabel, belowButton: money(config.belowButton), hasBelow: config.belowButton !== '' })}${marks(ctx, config)}${ctx.offerReminder ? deferForm(ctx) : ''}</section>`;
}

/** A letter text with {onceMinimum}-style placeholders: each money value as one span per offered currency. */
function moneyAware(ctx: Ctx, config: AppealConfig, template: string): Markup {
  const parts = template.split(/(\{\w+\})/g);
  return html`${parts.map((part) => {
    const match = /^\{(onceMinimum|monthlyMinimum|annualMinimum|publication)\}$/.exec(part);
    if (!match) return part;
    if (match[1] === 'publication') return ctx.publicationName;
    const frequency = match[1].replace('Minimum', '') as Frequency;
    return config.currencies.map((c) => html`<span class="rr-money" data-c="${c}">${formatMoney(config.amounts[c][frequency].min, c, moneyLocale(ctx.locale, c))}</span>`);
  })}`;
}

function signature(sig: AppealConfig['signature'], money: (text: string) => Markup): Markup {
  return html`<div class="rr-signature">${sig.photoUrl ? html`<img src="${sig.photoUrl}" alt="" width="48" height="48" loading="lazy">` : ''}<p><span class="rr-signature-name">${money(sig.name)}</span>${
    sig.role ? html`<span class="rr-signature-role">${money(sig.role)}</span>` : ''
  }</p></div>`;
}

function form(ctx: Ctx, config: AppealConfig, copy: { continueLabel: string; belowButton: Markup; hasBelow: boolean }): Markup {
  const { t, id } = ctx;
  const state = ctx.formState ?? {};
  const frequency = state.frequency && config.frequencies.includes(state.frequency) ? state.frequency : config.defaultFrequency;
  const currency = state.currency && config.currencies.includes(state.currency) ? state.currency : config.currencies[0];
  const error = state.error ?? null;
  const kept = state.amountText ?? '';
  const keptPreset = kept !== '' && config.amounts[currency][frequency].presets.some((p) => toMajorInput(p, currency) === kept);
  const other = kept !== '' && !keptPreset ? kept : '';
  const amountError = error && ['amount', 'frequency', 'currency'].includes(error.field) ? error : null;
  const formError = error && !amountError ? error : null;
  const errorId = `${id}-error`;
  const rangeId = (c: Currency, f: Frequency) => `${id}-range-${c}-${f}`;
  const describedBy = [amountError ? errorId : '', rangeId(currency, frequency)].filter(Boolean).join(' ');
  const freqLegend = `${id}-frequency`;
  const amountLegend = `${id}-amount`;
  const groups = config.currencies.flatMap((c) =>
    config.frequencies.map((f) => {
      const rule = config.amounts[c][f];
      const params = amountMessageParams(c, f, rule, config.currencies, { locale: moneyLocale(ctx.locale, c), gift: t(GIFT_KEYS[f]) });
      return html`<div class="rr-amounts rr-n${rule.presets.length}" data-c="${c}" data-f="${f}" data-min="${rule.min}" data-max="${rule.max}" data-below="${formMessage('amount_below_minimum', params, ctx.locale) ?? ''}" data-above="${formMessage('amount_above_maximum', params, ctx.locale) ?? ''}">${rule.presets.map((minor) => {
        const value = toMajorInput(minor, c);
        const checked = c === currency && f === frequency && (keptPreset ? value === kept : other === '' && minor === rule.default);
        const fallback = !(c === currency && f === frequency) && minor === rule.default;
        return html`<label class="rr-card"><input type="radio" class="rr-radio" name="${`amount_${c}_${f}`}" value="${value}"${checked || fallback ? trusted(' checked') : ''}><span>${formatMoney(minor, c, moneyLocale(ctx.locale, c))}</span></label>`;
      })}</div>`;
    }),
  );
  const ranges = config.currencies.flatMap((c) =>
    config.frequencies.map((f) => {
      const rule = config.amounts[c][f];
      const fmt = (minor: number) => formatMoney(minor, c, moneyLocale(ctx.locale, c));
      return html`<p class="rr-range" id="${rangeId(c, f)}" data-c="${c}" data-f="${f}">${t('range', { frequency: t(FREQUENCY_KEYS[f]), minimum: fmt(rule.min), maximum: fmt(rule.max) })}</p>`;
    }),
  );
  return html`<form class="rr-form" method="post" action="${ctx.base}/support/checkout" novalidate><input type="hidden" name="placement" value="${ctx.placement}">${
    ctx.articleSlug ? html`<input type="hidden" name="article" value="${ctx.articleSlug}">` : ''
  }<input type="hidden" name="locale" value="${ctx.locale}"><input type="hidden" name="test" value=""><input type="hidden" name="variant" value=""><input type="hidden" name="utm_source" value=""><input type="hidden" name="ref" value=""><input type="hidden" name="nonce" value=""><div class="rr-group"><p id="${freqLegend}" class="rr-legend">${t('frequency')}</p><div class="rr-cards rr-n${config.frequencies.length}" role="radiogroup" aria-labelledby="${freqLegend}">${config.frequencies.map(
      (f) => html`<label class="rr-card"><input type="radio" class="rr-radio" name="frequency" value="${f}"${f === frequency ? trusted(' checked') : ''}><span>${t(FREQUENCY_KEYS[f])}</span></label>`,
    )}</div></div><div class="rr-group"><div class="rr-legend-row"><p id="${amountLegend}" class="rr-legend">${t('amount')}</p>${
      config.currencies.length > 1
        ? html`<span class="rr-currency"><label for="${id}-currency">${t('currency')}</label><select id="${id}-currency" name="currency">${config.currencies.map((c) => html`<option value="${c}"${c === currency ? trusted(' selected') : ''}>${c.toUpperCase()}</option>`)}</select></span>`
        : html`<input type="hidden" name="currency" value="${currency}">`
    }</div><div role="radiogroup" aria-labelledby="${amountLegend}">${groups}</div><div class="rr-other"><label for="${id}-other">${t('otherAmount')}</label><input id="${id}-other" name="other_amount" type="text" inputmode="decimal" autocomplete="off" value="${other}" aria-describedby="${describedBy}"${
      amountError ? trusted(' aria-invalid="true"') : ''
    }>${amountError ? html`<p id="${errorId}" class="rr-error" role="alert">${amountError.message}</p>` : ''}${ranges}</div></div><p class="rr-summary" aria-live="polite" data-rr-summary=""></p>${
      formError ? html`<p class="rr-error" role="alert">${formError.message}</p>` : ''
    }<button type="submit" class="rr-continue">${copy.continueLabel}</button>${copy.hasBelow ? html`<p class="rr-below">${copy.belowButton}</p>` : ''}</form>`;
}

function marks(ctx: Ctx, config: AppealConfig): Markup {
  const offered = config.currencies.map((c) => ({ c, methods: offeredPaymentMethods(c, config.defaultFrequency) }));
  const all = [...new Set(offered.flatMap((o) => o.methods))];
  return html`<ul class="rr-marks" aria-label="${ctx.t('paymentMethods')}">${all.map((method) => {
    const mark = trusted(paymentMarkSvg(method, PAYMENT_METHOD_NAMES[method]));
    const only = offered.filter((o) => o.methods.includes(method)).map((o) => o.c);
    // A method only some currencies get is shown with those currencies (CSS hides the rest).
    return only.length === offered.length ? html`<li>${mark}</li>` : only.map((c) => html`<li data-c="${c}">${mark}</li>`);
  })}</ul>`;
}

function deferForm(ctx: Ctx): Markup {
  return html`<form class="rr-defer" method="post" action="${ctx.base}/support/defer"><input type="hidden" name="return" value="${ctx.returnPath}"><p>${ctx.t('notReady')} <button type="submit" class="rr-link-button">${ctx.t('remindMeLater')}</button></p></form>`;
}

function supporterThanks(ctx: Ctx): Markup {
  return html`<div class="rr-supporter-thanks rr-box"><p>${ctx.t('supporterThanks', { publication: ctx.publicationName })}</p></div>`;
}

function deferredThanks(ctx: Ctx): Markup {
  const { t, id } = ctx;
  const state = ctx.formState ?? {};
  const error = state.reminderError ?? null;
  const errorId = `${id}-reminder-error`;
  const frequency = state.frequency ?? ctx.config.defaultFrequency;
  const reminder = state.reminderDoneMonth
    ? html`<p role="status" class="rr-reminder-done">${t('reminderDone', { month: state.reminderDoneMonth })}</p>`
    : html`<form class="rr-reminder-form" method="post" action="${ctx.base}/support/reminder" aria-label="${t('reminderLabel')}" novalidate><p class="rr-small">${t('reminderIntro')}</p><input type="hidden" name="return" value="${ctx.returnPath}"><input type="hidden" name="frequency" value="${frequency}"><div class="rr-reminder-fields"><div><label for="${id}-email">${t('email')}</label><input id="${id}-email" type="email" name="email" required maxlength="254" autocomplete="email"${
        error?.field === 'email' ? trusted(' aria-invalid="true"') : ''}${error ? trusted(` aria-describedby="${errorId}"`) : ''}></div><div><label for="${id}-month">${t('month')}</label><select id="${id}-month" name="month">${ctx.reminder.months.map(
          (m) => html`<option value="${m.value}"${m.value === ctx.reminder.defaultMonth ? trusted(' selected') : ''}>${m.label}</option>`,
        )}</select></div><button type="submit" class="rr-secondary">${t('remindMe')}</button></div>${error ? html`<p id="${errorId}" class="rr-error" role="alert">${error.message}</p>` : ''}</form>`;
  return html`<div class="rr-deferred-thanks rr-box"><p class="rr-deferred-line" tabindex="-1">${t('deferredThanks', { publication: ctx.publicationName })}</p><div class="rr-reminder">${reminder}</div></div>`;
}

/** What the page's script needs beyond the markup: the tests to place the reader in, and words for what it says. */
function browserData(ctx: Ctx) {
  const { t } = ctx;
  const messages = Object.fromEntries(
    (['amount_missing', 'amount_negative', 'amount_too_precise', 'amount_not_a_number'] as const).map((code) => [code, formMessage(code, { digits: '2' }, ctx.locale) ?? '']),
  );
  return {
    tests: ctx.previewLabel
      ? []
      : ctx.tests.map((test) => ({ ...test, variants: test.variants.map((v) => ({ key: v.key, weight: v.weight, overrides: {} })) })),
    holdback: HOLDBACK_KEY,
    deferDays: ctx.deferDays,
    moneyLocales: Object.fromEntries(ctx.config.currencies.map((c) => [c, moneyLocale(ctx.locale, c)])),
    summary: Object.fromEntries(FREQUENCIES.map((f) => [f, t(SUMMARY_KEYS[f], { amount: '{amount}' })])),
    messages: { ...messages, tryAgain: t('tryAgain'), offline: t('offline'), reminderDone: t('reminderDone', { month: '{month}' }) },
  };
}
