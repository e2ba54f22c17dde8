// The campaign pages' own words for the error codes their plain-form posts come back with (never text from the URL).
const MESSAGES: Record<string, string> = {
  invalid: 'Nothing was saved: a value breaks the rules. Turn on JavaScript to see which box, or check the amounts and placeholders.',
  conflict: 'Nothing was saved: someone else saved after you opened this page. Here is their version; apply your changes again.',
  missing: 'That version or test no longer exists.',
};

export function campaignMessage(code: string | string[] | undefined): string | null {
  return typeof code === 'string' ? (MESSAGES[code] ?? null) : null;
}

export function campaignErrorCode(status: number): string {
  if (status === 409) return 'conflict';
  if (status === 404) return 'missing';
  return 'invalid';
}
