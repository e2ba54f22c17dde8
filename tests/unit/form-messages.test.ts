// The one table of form messages: a code gives the site's words, anything else gives nothing.
import { describe, expect, it } from 'vitest';
import { FORM_MESSAGES, formMessage, isFormMessageCode } from '@/lib/http/form-messages';

describe('form messages', () => {
  it('words a known code, filling its values', () => {
    expect(formMessage('email_invalid')).toBe('Enter an email address such as name@example.org.');
    expect(formMessage('amount_below_minimum', { gift: 'Monthly support', minimum: '$2' })).toBe('Monthly support starts at $2. Enter $2 or more.');
  });

  it('shows nothing for text that is not a code, including the names every object has', () => {
    for (const text of ['Card payments are paused; pay by bank transfer', '', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(isFormMessageCode(text)).toBe(false);
      expect(formMessage(text)).toBeNull();
    }
    expect(formMessage(undefined)).toBeNull();
    expect(formMessage(['email_invalid'])).toBeNull();
  });

  it('shows nothing rather than a message with a hole in it', () => {
    expect(formMessage('amount_below_minimum', { gift: 'Monthly support' })).toBeNull();
  });

  it('has only placeholders made of plain names', () => {
    for (const text of Object.values(FORM_MESSAGES)) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
  });
});
