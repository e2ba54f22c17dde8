// What people type into "Other amount" ("7", "7.50", "1,000", "$20", "7,50") into integer minor units.
export type ParsedAmount =
  | { ok: true; minor: number }
  | { ok: false; reason: 'empty' | 'not_a_number' | 'negative' | 'too_many_decimals' };

/** Decides which of "," and "." is the decimal separator, then reads the digits exactly (never via floats). */
export function parseAmount(raw: string, decimals = 2): ParsedAmount {
  let text = raw.normalize('NFKC').trim().replace(/[\s\u00a0\u202f']/g, '');
  text = text.replace(/^(US\$|CA?\$|AU?\$|\$|€|£|usd|eur|gbp|cad|aud)/i, '').replace(/(€|£|\$|usd|eur|gbp|cad|aud)$/i, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (/^[-−–]/.test(text)) return { ok: false, reason: 'negative' };
  if (text.startsWith('+')) text = text.slice(1);
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, reason: 'not_a_number' };

  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimalSeparator: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalSeparator = lastDot > lastComma ? '.' : ',';
  // A lone "." is a decimal point ("7.500" is then too precise, not seven thousand five hundred).
  else if (lastDot >= 0) decimalSeparator = text.indexOf('.') !== lastDot && isGrouping(text, '.') ? null : '.';
  else if (lastComma >= 0) decimalSeparator = isGrouping(text, ',') ? null : ',';

  const groupSeparator = decimalSeparator === ',' ? '.' : ',';
  const [rawWhole, fraction = ''] = decimalSeparator ? splitOnce(text, decimalSeparator) : [text, ''];
  let whole = rawWhole;
  if (fraction.includes('.') || fraction.includes(',')) return { ok: false, reason: 'not_a_number' };
  if (decimalSeparator && whole.includes(decimalSeparator)) return { ok: false, reason: 'not_a_number' };
  if (whole.includes(groupSeparator) && !isGrouping(whole, groupSeparator)) return { ok: false, reason: 'not_a_number' };
  if (decimalSeparator === null && (whole.includes('.') || whole.includes(','))) {
    if (!isGrouping(whole, whole.includes('.') ? '.' : ',')) return { ok: false, reason: 'not_a_number' };
  }
  whole = whole.replace(/[.,]/g, '');
  if (whole === '') whole = '0';
  if (fraction.length > decimals) return { ok: false, reason: 'too_many_decimals' };
  if (whole.length > 12) return { ok: false, reason: 'not_a_number' };
  const minor = Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
  return { ok: true, minor };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.lastIndexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** "1,000" and "1,000,000" group thousands; "7,50" and "1,0000" do not. */
function isGrouping(text: string, separator: string): boolean {
  const parts = text.split(separator);
  if (parts.length < 2) return false;
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}
