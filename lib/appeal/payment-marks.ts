// The payment methods Stripe Checkout offers this appeal's readers, as their own recognisable marks (inline SVG, no
// external requests). Checkout's dynamic payment methods give cards and the wallets everywhere, and SEPA Direct Debit
// for euros (the emulator models the same set), so the marks follow the chosen currency.
import type { Currency, Frequency } from '@/lib/support/amounts';

export type PaymentMethod = 'visa' | 'mastercard' | 'amex' | 'apple-pay' | 'google-pay' | 'sepa-debit';

export const PAYMENT_METHOD_NAMES: Record<PaymentMethod, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  'apple-pay': 'Apple Pay',
  'google-pay': 'Google Pay',
  'sepa-debit': 'SEPA Direct Debit',
};

export function offeredPaymentMethods(currency: Currency, frequency: Frequency): PaymentMethod[] {
  void frequency; // every method here works for one-off and recurring payments alike
  const methods: PaymentMethod[] = ['visa', 'mastercard', 'amex', 'apple-pay', 'google-pay'];
  return currency === 'eur' ? [...methods, 'sepa-debit'] : methods;
}

// 60 × 38 marks; the artwork is drawn large enough to read at this size (no text under 11 units).
const APPLE = 'M12.15 6.9c-.95 0-2.42-1.08-3.96-1.04-2.04.03-3.91 1.18-4.96 3.01-2.12 3.68-.55 9.1 1.52 12.09 1.01 1.45 2.2 3.09 3.79 3.04 1.52-.07 2.09-.99 3.94-.99 1.83 0 2.35.99 3.96.95 1.64-.03 2.68-1.48 3.68-2.95 1.16-1.69 1.64-3.33 1.66-3.42-.04-.01-3.18-1.22-3.22-4.86-.03-3.04 2.48-4.49 2.6-4.56-1.43-2.09-3.62-2.32-4.39-2.38-2-.16-3.68 1.09-4.62 1.09zM15.53 3.83c.84-1.01 1.4-2.43 1.25-3.83-1.21.05-2.66.81-3.53 1.82-.78.9-1.45 2.34-1.27 3.71 1.34.1 2.71-.69 3.55-1.7';
const ART: Record<PaymentMethod, string> = {
  visa: '<rect width="60" height="38" rx="5" fill="#fff" stroke="#c7c7c7"/><text x="30" y="25.5" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="800" font-style="italic" font-size="17" fill="#1a1f71" letter-spacing="-.5">VISA</text>',
  mastercard: '<rect width="60" height="38" rx="5" fill="#fff" stroke="#c7c7c7"/><circle cx="24" cy="19" r="11" fill="#eb001b"/><circle cx="36" cy="19" r="11" fill="#f79e1b"/><path d="M30 9.8a11 11 0 0 1 0 18.4a11 11 0 0 1 0-18.4z" fill="#ff5f00"/>',
  amex: '<rect width="60" height="38" rx="5" fill="#006fcf"/><text x="30" y="19" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="800" font-size="11" fill="#fff">AMERICAN</text><text x="30" y="30" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="800" font-size="11" fill="#fff">EXPRESS</text>',
  'apple-pay': `<rect width="60" height="38" rx="5" fill="#000"/><g transform="translate(8 8) scale(.9)" fill="#fff"><path d="${APPLE}"/></g><text x="40" y="25" text-anchor="middle" font-family="-apple-system,Helvetica,Arial,sans-serif" font-weight="600" font-size="14" fill="#fff">Pay</text>`,
  'google-pay': '<rect width="60" height="38" rx="5" fill="#fff" stroke="#c7c7c7"/><text x="16" y="25.5" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="700" font-size="17"><tspan fill="#4285f4">G</tspan></text><text x="38" y="25" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="600" font-size="14" fill="#3c4043">Pay</text>',
  'sepa-debit': '<rect width="60" height="38" rx="5" fill="#fff" stroke="#c7c7c7"/><text x="30" y="22" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="800" font-style="italic" font-size="15" fill="#10298e">SEPA</text><path d="M13 27h34" stroke="#ffbe00" stroke-width="2.5"/>',
};

/** One mark as SVG markup, named for screen readers. */
export function paymentMarkSvg(method: PaymentMethod, name: string = PAYMENT_METHOD_NAMES[method]): string {
  const label = name.replace(/[<>&"]/g, '');
  return `<svg role="img" aria-label="${label}" viewBox="0 0 60 38" width="48" height="30" focusable="false"><title>${label}</title>${ART[method]}</svg>`;
}
