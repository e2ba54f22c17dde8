// A reader-typed email address: trimmed, lower-cased, one line, at most 254 characters, and shaped like an address.
import { z } from 'zod';

export type ParsedEmail = { ok: true; email: string } | { ok: false; message: string };

const shape = z.email();

export function parseEmailAddress(input: unknown): ParsedEmail {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, message: 'Enter your email address.' };
  if (/[\r\n\0]/.test(input)) return { ok: false, message: 'An email address cannot contain line breaks.' };
  const email = input.trim().toLowerCase();
  if (email.length > 254) return { ok: false, message: 'That email address is too long (254 characters at most).' };
  if (!shape.safeParse(email).success) return { ok: false, message: 'Enter an email address such as name@example.org.' };
  return { ok: true, email };
}
