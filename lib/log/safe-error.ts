// What of an error may go into a log line: its kind and codes, never its message. Drizzle's message carries the query
// and its parameters (email addresses), PostgreSQL's can quote a value, SMTP's names the recipient.
export type SafeError = { name: string; code?: string; type?: string; status?: number; constraint?: string; cause?: SafeError };

const short = (value: unknown) => (typeof value === 'string' && /^[\w.:-]{1,80}$/.test(value) ? value : undefined);

export function safeError(error: unknown, depth = 0): SafeError {
  if (!error || typeof error !== 'object') return { name: typeof error };
  const e = error as { name?: unknown; code?: unknown; type?: unknown; statusCode?: unknown; responseCode?: unknown; constraint?: unknown; cause?: unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const result: SafeError = { name: short(e.name) ?? (error.constructor?.name || 'Error') };
  const code = short(e.code) ?? (typeof e.code === 'number' ? String(e.code) : undefined);
  if (code) result.code = code;
  if (short(e.type)) result.type = short(e.type);
  if (status !== undefined) result.status = status;
  if (short(e.constraint)) result.constraint = short(e.constraint);
  if (e.cause && depth < 3) result.cause = safeError(e.cause, depth + 1);
  return result;
}

/** One line for a `reason` field: "StripeConnectionError", "DrizzleQueryError < error 23505". */
export function describeSafely(error: unknown): string {
  const parts: string[] = [];
  for (let e: SafeError | undefined = safeError(error); e; e = e.cause) parts.push([e.name, e.type, e.code, e.status].filter((p) => p !== undefined).join(' '));
  return parts.join(' < ');
}
