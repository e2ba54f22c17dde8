// An outgoing email, and the check that refuses messages that could inject headers (CR/LF) or that no server would accept.
import { z } from 'zod';

const singleLine = (max: number) => z.string().min(1).max(max).refine((v) => !/[\r\n]/.test(v), 'must not contain line breaks');

const outgoingSchema = z.object({
  to: z.email().max(254),
  subject: singleLine(300),
  text: z.string().min(1).max(200_000),
  html: z.string().min(1).max(500_000),
  dedupeKey: singleLine(300),
  headers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/), singleLine(2000)).optional(),
});

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Same key, same message: never queued or sent twice. */
  dedupeKey: string;
  headers?: Record<string, string>;
};

export class InvalidEmailError extends Error {}

export function validateOutgoingEmail(email: unknown): void {
  const result = outgoingSchema.safeParse(email);
  if (result.success) return;
  const issue = result.error.issues[0];
  throw new InvalidEmailError(`Email ${issue.path.join('.') || 'message'} ${issue.message}`);
}
