// Stripe-looking IDs: prefix + 24 random base62 characters.
import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomToken(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length];
  return out;
}

export type IdPrefix =
  | 'cs_test_' | 'cus_' | 'sub_' | 'si_' | 'in_' | 'il_' | 'inpay_' | 'pi_' | 'ch_' | 're_' | 'dp_' | 'du_'
  | 'evt_' | 'bps_' | 'bpc_' | 'clock_' | 'price_' | 'prod_' | 'pm_' | 'we_' | 'li_' | 'req_' | 'txn_';

export function newId(prefix: IdPrefix): string {
  return prefix + randomToken(prefix === 'cs_test_' ? 58 : 24);
}

export function newWebhookSecret(): string {
  return 'whsec_' + randomToken(32);
}
