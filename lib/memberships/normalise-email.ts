// Emails are stored trimmed and lower-cased, so one reader is one supporter whatever they typed.
export function normaliseEmail(email: string | null | undefined): string | null {
  const value = email?.trim().toLowerCase();
  return value ? value : null;
}
