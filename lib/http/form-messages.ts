// Every message a form can come back with, by code. A plain-form redirect carries only the code (`?error=amount_below_minimum`)
// and the page shows this table's words for it, so nothing typed into a URL is ever shown as the site's own.
// Values ({minimum}, {day}) are filled in by the caller from validated input or the site's own data. A plain module:
// the browser can use it too.
export const FORM_MESSAGES = {
  // Any form
  form_unreadable: 'The form could not be read.',
  form_too_large: 'The form was too large to accept.',
  form_type_unsupported: 'Send the form as application/x-www-form-urlencoded.',
  json_invalid: 'The request body is not valid JSON.',
  cross_site: 'This form must be sent from our own site.',
  sign_in_required: 'Sign in to continue.',
  role_forbidden: 'Your account does not have access to this.',
  field_invalid: 'Check this field and try again.',
  // Email addresses
  email_missing: 'Enter your email address.',
  email_line_break: 'An email address cannot contain line breaks.',
  email_too_long: 'That email address is too long (254 characters at most).',
  email_invalid: 'Enter an email address such as name@example.org.',
  // The appeal
  frequency_invalid: 'Choose how often to give: once, monthly or annual.',
  currency_invalid: 'Choose a currency we accept: {currencies}.',
  placement_invalid: 'The form came from an unknown place. Reload the page and try again.',
  article_invalid: 'The form came from an unknown article. Reload the page and try again.',
  article_gone: 'The story this form came from no longer exists. Please give from our support page.',
  amount_missing: 'Choose an amount or enter one under "Other amount".',
  amount_negative: 'Enter an amount greater than zero.',
  amount_too_precise: 'Enter the amount with at most {digits} decimal places, for example 7.50.',
  amount_not_a_number: 'Enter the amount as a number, for example 7 or 7.50.',
  amount_below_minimum: '{gift} starts at {minimum}. Enter {minimum} or more.',
  amount_above_maximum: 'The most we can accept online for {giftLower} is {maximum}. For a larger gift, please write to us.',
  checkout_rate_limited: 'Too many payment attempts from your connection. Please try again in {wait}.',
  appeal_events_rate_limited: 'Too many appeal events from your connection. Please try again later.',
  checkout_unavailable: 'We could not reach our payment provider just now, and nothing was charged. Please try again in a few minutes.',
  support_already_running: 'You already give {support}. This would start {another} as well, charged separately.',
  // Remind me later, the newsletter
  month_invalid: 'Choose a month from the list.',
  month_passed: 'That month has passed. Choose a month from the list.',
  month_too_far: 'Choose a month within the next year.',
  reminder_frequency_invalid: 'Frequency must be once, monthly or annual.',
  reminder_rate_limited: 'Too many reminder requests. Please try again later.',
  newsletter_rate_limited: 'Too many signups. Please try again later.',
  // The account
  account_rate_limited: 'Too many changes in a short time. Please wait a few minutes.',
  subscription_invalid: 'Choose the support to change.',
  amount_required: 'Enter an amount.',
  amount_too_long: 'Enter a smaller amount.',
  support_frequency_invalid: 'Choose monthly or annual.',
  support_not_found: 'We could not find that support on your account.',
  support_ended: 'This support has already ended.',
  support_ended_start_new: 'This support has ended. You can start new support from the Support us page.',
  support_currency_unchangeable: 'This support can only be changed by writing to us.',
  no_card_on_file: 'There is no card on file for your account yet.',
  stripe_unavailable: 'Our payment provider did not answer, so nothing was changed. Please try again in a minute.',
  delete_confirm_required: 'Type DELETE to confirm that you want your account deleted.',
  erase_failed: 'Your support is cancelled, but we could not finish erasing your details. Please try again in a minute.',
  newsletter_choice_invalid: 'Choose on or off.',
  support_unchanged: 'Your support is already {support}.',
  support_changed: 'Thank you. Your support is now {support}.',
  support_changed_from: 'Thank you. Your support is now {support} from your next payment on {day}.',
  support_switch_confirm: 'Switching to {support} starts a new {period} today: {dueNow} is charged now ({newPeriod} for the {period}, less {unused} for the unused part of your current payment). Your next payment would be on {day}.',
  support_switch_confirm_credit: 'Switching to {support} starts a new {period} today. Nothing is charged now: the unused part of your current payment ({unused}) pays for it, and the {creditLeft} left over counts toward your next payments.',
  support_switched_charged: 'Thank you. Your support is now {support}. {charged} was charged today; your next payment is on {day}.',
  support_switched_credited: 'Thank you. Your support is now {support}. Nothing was charged today: what was left of your last payment pays for it, and for your next payments while it lasts.',
  support_ending: 'Your support will end at the end of this period. Nothing more will be charged. You can undo this until then.',
  support_ending_on: 'Your support will end on {day}. Nothing more will be charged. You can undo this until then.',
  support_continues: 'Your support continues. Thank you.',
  support_continues_next: 'Your support continues; the next payment is on {day}. Thank you.',
  portal_opening: 'Opening the billing portal.',
  account_deleted: 'Your account has been deleted. Any recurring support has been cancelled and nothing more will be charged.',
  newsletter_off: 'You will no longer receive the newsletter.',
  newsletter_on: 'You are subscribed to the newsletter.',
  // Staff access
  staff_email_invalid: 'Enter a complete email address, such as name@example.org.',
  staff_role_invalid: 'Choose staff, admin or reader.',
  staff_self_demotion: 'You cannot remove your own admin access; ask another admin.',
  // The appeal's settings and tests (staff)
  appeal_settings_invalid: 'Nothing was saved: a value breaks the rules. Turn on JavaScript to see which box, or check the amounts and placeholders.',
  appeal_conflict: 'Nothing was saved: someone else saved after you opened this page. Here is their version; apply your changes again.',
  appeal_missing: 'That version or test no longer exists.',
  appeal_choice_invalid: 'Choose a version or a test, and what to do with it.',
} as const;

export type FormMessageCode = keyof typeof FORM_MESSAGES;
export type MessageParams = Record<string, string>;

export function isFormMessageCode(value: unknown): value is FormMessageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(FORM_MESSAGES, value);
}

/** The words for a code, or null for an unknown code (or one whose values are not all known): nothing is better than a guess. */
export function formMessage(code: unknown, params: MessageParams = {}): string | null {
  if (!isFormMessageCode(code)) return null;
  let missing = false;
  const text = FORM_MESSAGES[code].replace(/\{(\w+)\}/g, (_, name: string) => {
    if (params[name] === undefined) missing = true;
    return params[name] ?? '';
  });
  return missing ? null : text;
}
