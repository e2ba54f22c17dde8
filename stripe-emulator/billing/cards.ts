// Stripe's test cards and the checks the hosted forms run on what a customer typed.
import type { CardInfo, Decline } from '../core/store';

export interface CardForm {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

export type CardCheck = { ok: true; card: CardInfo } | { ok: false; decline: Decline; field: 'number' | 'expiry' | 'cvc' | 'name' };

const DECLINED: Decline = { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' };

/** Cards that are refused as soon as they are used (attach or first charge). */
const REFUSED: Record<string, Decline> = {
  '4000000000000002': DECLINED,
  '4000000000009995': { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000000000009987': { code: 'card_declined', decline_code: 'lost_card', message: 'Your card was declined.' },
  '4000000000009979': { code: 'card_declined', decline_code: 'stolen_card', message: 'Your card was declined.' },
  '4000000000000069': { code: 'expired_card', decline_code: 'expired_card', message: 'Your card has expired.' },
  '4000000000000127': { code: 'incorrect_cvc', decline_code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
  '4000000000000119': { code: 'processing_error', decline_code: 'processing_error', message: 'An error occurred while processing your card. Try again in a little bit.' },
};

/** Cards that can be saved but whose charges decline. */
const CHARGES_FAIL = new Set(['4000000000000341']);
/** Stripe's 0259: the charge succeeds and is disputed at once (fraudulent); 5126: refunds succeed, then fail. */
const DISPUTED = '4000000000000259';
const REFUNDS_FAIL = '4000000000005126';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export function cardBrand(digits: string): string {
  if (digits.startsWith('4')) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(digits)) return 'mastercard';
  if (/^3[47]/.test(digits)) return 'amex';
  if (/^6(011|5)/.test(digits)) return 'discover';
  return 'unknown';
}

function fail(field: 'number' | 'expiry' | 'cvc' | 'name', code: string, message: string): CardCheck {
  return { ok: false, field, decline: { code, decline_code: null, message } };
}

/** Parses "MM / YY", "MM/YY" or "MM/YYYY". */
export function parseExpiry(raw: string): { month: number; year: number } | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(raw);
  if (!m) return null;
  const month = Number(m[1]);
  const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** Validates the typed card as Stripe's Checkout does, then applies the test card's behaviour. */
export function checkCard(form: CardForm, nowSeconds: number): CardCheck {
  const digits = form.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return fail('number', 'incomplete_number', 'Your card number is incomplete.');
  if (!luhnValid(digits)) return fail('number', 'incorrect_number', 'Your card number is invalid.');
  const expiry = parseExpiry(form.expiry);
  if (!expiry) return fail('expiry', 'incomplete_expiry', "Your card's expiration date is incomplete.");
  const now = new Date(nowSeconds * 1000);
  const expired = expiry.year < now.getUTCFullYear() || (expiry.year === now.getUTCFullYear() && expiry.month < now.getUTCMonth() + 1);
  if (expired) return fail('expiry', 'invalid_expiry_year', "Your card's expiration year is in the past.");
  const cvcLength = cardBrand(digits) === 'amex' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvcLength}}$`).test(form.cvc.trim())) return fail('cvc', 'incomplete_cvc', "Your card's security code is incomplete.");
  if (!form.name.trim()) return fail('name', 'incomplete_name', 'Your name is incomplete.');
  const refused = REFUSED[digits];
  if (refused) return { ok: false, field: 'number', decline: refused };
  return {
    ok: true,
    card: {
      brand: cardBrand(digits),
      last4: digits.slice(-4),
      exp_month: expiry.month,
      exp_year: expiry.year,
      funding: 'credit',
      charge_decline: CHARGES_FAIL.has(digits) ? DECLINED : null,
      dispute_on_charge: digits === DISPUTED,
      refunds_fail: digits === REFUNDS_FAIL,
    },
  };
}
