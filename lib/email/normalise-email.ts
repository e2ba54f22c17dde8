// Emails are stored trimmed and lower-cased, so one reader is one supporter (and one subscriber) whatever they typed.
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
