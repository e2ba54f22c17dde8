// The account's form rules and the thank-you email's text, without a database or Stripe.
import { describe, expect, it } from 'vitest';
import { frequencyToInterval, supportChangeSchema } from '@/lib/account/parse-support-change';
import { formMessage } from '@/lib/http/form-messages';
import { renderThankYouEmail } from '@/lib/memberships/queue-thank-you-email';

describe('account forms', () => {
  it('accepts a subscription id, an amount as typed and monthly or annual', () => {
    expect(supportChangeSchema.safeParse({ subscription: 'sub_123', amount: ' 12.50 ', frequency: 'annual' })).toMatchObject({ success: true, data: { amount: '12.50' } });
    expect(frequencyToInterval('monthly')).toBe('month');
    expect(frequencyToInterval('annual')).toBe('year');
  });

  it('refuses other ids, empty amounts and other frequencies with a message code for each', () => {
    const issue = (fields: Record<string, string>) => {
      const result = supportChangeSchema.safeParse(fields);
      return result.success ? null : { field: result.error.issues[0].path[0], message: formMessage(result.error.issues[0].message) };
    };
    expect(issue({ subscription: 'cus_123', amount: '5', frequency: 'monthly' })).toEqual({ field: 'subscription', message: 'Choose the support to change.' });
    expect(issue({ subscription: "sub_1' or 1=1", amount: '5', frequency: 'monthly' })?.field).toBe('subscription');
    expect(issue({ subscription: 'sub_1', amount: '  ', frequency: 'monthly' })).toEqual({ field: 'amount', message: 'Enter an amount.' });
    expect(issue({ subscription: 'sub_1', amount: '5', frequency: 'once' })).toEqual({ field: 'frequency', message: 'Choose monthly or annual.' });
  });
});

describe('the thank-you email', () => {
  const base = { publicationName: 'The Ledger', appUrl: 'https://news.example.org', gift: '$10' };

  it('names the gift and links to the account in both parts', () => {
    const monthly = renderThankYouEmail({ ...base, name: 'Grace', frequency: 'monthly' });
    expect(monthly.subject).toBe('Thank you for supporting The Ledger');
    expect(monthly.text).toMatch(/^Dear Grace,/);
    expect(monthly.text).toContain('your monthly support of $10');
    expect(monthly.text).toContain('https://news.example.org/account');
    expect(monthly.html).toContain('<a href="https://news.example.org/account">Go to your account</a>');
    expect(renderThankYouEmail({ ...base, name: null, frequency: 'once' }).text).toMatch(/^Hello,[\s\S]*your gift of \$10/);
  });

  it('escapes what the reader typed into Stripe\'s form', () => {
    const { html } = renderThankYouEmail({ ...base, name: '<img src=x onerror=alert(1)>', frequency: 'once' });
    expect(html).not.toContain('<img');
    expect(html).toContain('Dear &lt;img src=x onerror=alert(1)&gt;,');
  });
});
