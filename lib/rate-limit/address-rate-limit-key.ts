// The limits counted per email address (sign-in links, newsletter and reminder signups) and their keys: the one place
// that builds them, so that erasing an address deletes exactly its own counters.
export const ADDRESS_LIMITED_FORMS = ['signin', 'newsletter', 'reminder'] as const;
export type AddressLimitedForm = (typeof ADDRESS_LIMITED_FORMS)[number];

/** `email` is the normalised address (trimmed, lower-case). */
export function addressRateLimitKey(form: AddressLimitedForm, email: string): string {
  return `${form}:email:${email}`;
}
