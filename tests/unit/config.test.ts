import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';

describe('parseConfig', () => {
  it('runs with no environment at all', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.APP_URL).toBe('http://localhost:3000');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.STRIPE_EMULATOR_PORT).toBe(12111);
    expect(config.PUBLICATION_NAME).toBe('The Millbrook Ledger');
    expect(config.EMAIL_FROM).toBe('The Millbrook Ledger <news@localhost>');
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a whole number between 1 and 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT must be a whole number/],
    [{ DATABASE_URL: 'not-a-url' }, /^DATABASE_URL must be a URL such as postgres:\/\//],
    [{ STRIPE_SECRET_KEY: 'pk_test_123' }, /^STRIPE_SECRET_KEY must be a Stripe secret key/],
    [{ SMTP_URL: 'http://mail' }, /^SMTP_URL must be a URL such as smtp:/],
    [{ STAFF_EMAILS: 'a@example.org, nope' }, /^STAFF_EMAILS contains "nope"/],
    [{ REPORT_TIMEZONE: 'Mars/Olympus' }, /^REPORT_TIMEZONE must be an IANA time zone/],
    [{ AUTH_SECRET: 'short' }, /^AUTH_SECRET must be at least 32 characters/],
    [{ APPEAL_DEFER_DAYS: 'a month' }, /^APPEAL_DEFER_DAYS must be a whole number of days/],
    [{ APPEAL_FREQUENCY_CAP: 'often' }, /^APPEAL_FREQUENCY_CAP must be TIMES\/DAYS/],
    [{ CHECKOUT_RATE_LIMIT: 'lots' }, /^CHECKOUT_RATE_LIMIT must be COUNT or COUNT\/SECONDS/],
    [{ TRUST_PROXY: 'yes' }, /^TRUST_PROXY must be the number of proxies/],
  ])('names the variable and the problem in one line: %o', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('never echoes a secret in its message', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://user:hunter2@db' })).toThrow(/^DATABASE_URL must be a URL such as [^h]*$/);
  });

  it('treats an empty variable as unset and parses lists', () => {
    const config = parseConfig({ PORT: '', STAFF_EMAILS: ' Ed@Example.org ,ann@example.org', APP_URL: 'https://news.example.org/' });
    expect(config.PORT).toBe(3000);
    expect(config.STAFF_EMAILS).toEqual(['ed@example.org', 'ann@example.org']);
    expect(config.APP_URL).toBe('https://news.example.org');
  });

  it('takes the newsroom\'s accent colour only when white text on it stays readable, and its logo from this site or https', () => {
    expect(parseConfig({}).ACCENT_COLOR).toBe('#9b1c1c');
    expect(parseConfig({ ACCENT_COLOR: '#1d4ed8', LOGO_URL: '/logo.svg' })).toMatchObject({ ACCENT_COLOR: '#1d4ed8', LOGO_URL: '/logo.svg' });
    expect(() => parseConfig({ ACCENT_COLOR: '#ffcc00' })).toThrow('ACCENT_COLOR must be dark enough for white text on it (contrast 4.5:1; #ffcc00 has 1.5:1)');
    expect(() => parseConfig({ ACCENT_COLOR: 'red' })).toThrow('ACCENT_COLOR must be a colour such as #9b1c1c');
    expect(() => parseConfig({ LOGO_URL: 'javascript:alert(1)' })).toThrow(/^LOGO_URL must be/);
    expect(() => parseConfig({ LOGO_URL: '//evil.example/logo.png' })).toThrow(/^LOGO_URL must be/);
  });
});
