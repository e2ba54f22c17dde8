// A reader-typed email address: trimmed, lower-cased, one line, at most 254 characters, and shaped like an address.
import { z } from 'zod';
import { normaliseEmail } from './normalise-email';

type EmailCode = 'email_missing' | 'email_line_break' | 'email_too_long' | 'email_invalid';
/** A refusal carries a code of the form message table (lib/http/form-messages.ts). */
export type ParsedEmail = { ok: true; email: string } | { ok: false; code: EmailCode };

const shape = z.email();
const refuse = (code: EmailCode): ParsedEmail => ({ ok: false, code });

export function parseEmailAddress(input: unknown): ParsedEmail {
  if (typeof input !== 'string' || input.trim() === '') return refuse('email_missing');
  if (/[\r\n\0]/.test(input)) return refuse('email_line_break');
  const email = normaliseEmail(input);
  if (email.length > 254) return refuse('email_too_long');
  if (!shape.safeParse(email).success) return refuse('email_invalid');
  return { ok: true, email };
}
