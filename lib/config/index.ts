// The environment, parsed once. A bad value stops the app with one line naming the variable.
import 'server-only';
import { z } from 'zod';

const optionalString = z.string().trim().min(1).optional();
const port = z.coerce.number({ error: 'must be a whole number between 1 and 65535' })
  .int('must be a whole number between 1 and 65535')
  .min(1, 'must be a whole number between 1 and 65535')
  .max(65535, 'must be a whole number between 1 and 65535');
const url = (protocols: string[], hint: string) =>
  z.string().trim().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL such as ${hint}`);
const emailList = z.string().transform((value, ctx) => {
  const emails = value.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  const bad = emails.find((e) => !z.email().safeParse(e).success);
  if (bad) ctx.addIssue({ code: 'custom', message: `contains "${bad}", which is not an email address` });
  return emails;
});
/** Sites allowed to show the appeal through /embed.js and to be returned to from Checkout: bare origins. */
const originList = z.string().transform((value, ctx) => {
  const origins = value.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      ctx.addIssue({ code: 'custom', message: `contains "${origin}", which is not an origin such as https://www.example.org` });
    }
  }
  return origins.map((o) => o.replace(/\/$/, ''));
});
/** The publication's accent: a #rrggbb dark enough for white text on it (WCAG's 4.5:1), as buttons carry. */
const accentColor = z.string().trim().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #9b1c1c').superRefine((hex, ctx) => {
  const ratio = contrastWithWhite(hex);
  if (ratio < 4.5) ctx.addIssue({ code: 'custom', message: `must be dark enough for white text on it (contrast 4.5:1; ${hex} has ${ratio.toFixed(1)}:1)` });
});

export function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

// Read where they are used (lib/rate-limit/read-rate-limit-setting.ts); checked here so a typo stops the start.
const rateLimitSetting = z.string().regex(/^\s*\d+\s*(\/\s*\d+\s*)?$/, 'must be COUNT or COUNT/SECONDS, e.g. 20/600');
const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/London');

const days = z.coerce.number({ error: 'must be a whole number of days from 1 to 3650' })
  .int('must be a whole number of days from 1 to 3650')
  .min(1, 'must be a whole number of days from 1 to 3650')
  .max(3650, 'must be a whole number of days from 1 to 3650');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: port.default(3000),
  APP_URL: url(['http:', 'https:'], 'https://news.example.org').optional(),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://user@127.0.0.1:5432/news').optional(),
  DATA_DIR: z.string().default('./data'),
  STRIPE_SECRET_KEY: z.string().trim().regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_... or sk_live_...)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().trim().regex(/^whsec_\w+$/, 'must be a webhook signing secret (whsec_...)').optional(),
  STRIPE_API_URL: url(['http:', 'https:'], 'http://127.0.0.1:12111').optional(),
  STRIPE_EMULATOR_PORT: port.default(12111),
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.org:587').optional(),
  EMAIL_FROM: optionalString,
  STAFF_EMAILS: emailList.default([]),
  PUBLICATION_NAME: z.string().trim().min(1).max(80).default('The Millbrook Ledger'),
  ACCENT_COLOR: accentColor.default('#9b1c1c'),
  LOGO_URL: z.string().trim().regex(/^(https:\/\/[^\s"'<>]+|\/(?![/\\])[\w\-./~%]+)$/, 'must be an https:// address or a path on this site such as /logo.svg').optional(),
  REPORT_TIMEZONE: timeZone.default('America/New_York'),
  TRUST_PROXY: z.coerce.number({ error: 'must be the number of proxies in front of the app, 0 to 10' })
    .int('must be the number of proxies in front of the app, 0 to 10')
    .min(0, 'must be the number of proxies in front of the app, 0 to 10')
    .max(10, 'must be the number of proxies in front of the app, 0 to 10')
    .default(0),
  // Read where they are used (lib/appeal, lib/support); checked here so a typo stops the start.
  APPEAL_DEFER_DAYS: days.optional(),
  APPEAL_HIDE_AFTER_GIFT_DAYS: days.optional(),
  APPEAL_FREQUENCY_CAP: z.string().regex(/^\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/, 'must be TIMES/DAYS, e.g. 3/7').optional(),
  APPEAL_HEADING: z.string().max(200, 'must be at most 200 characters').optional(),
  APPEAL_LETTER: z.string().max(4000, 'must be at most 4000 characters').optional(),
  APPEAL_SIGNATURE: z.string().max(200, 'must be at most 200 characters').optional(),
  CHECKOUT_RATE_LIMIT: rateLimitSetting.optional(),
  APPEAL_EVENTS_RATE_LIMIT: rateLimitSetting.optional(),
  THANK_YOU_RATE_LIMIT: rateLimitSetting.optional(),
  SIGN_IN_RATE_LIMIT: rateLimitSetting.optional(),
  SIGN_IN_CLIENT_RATE_LIMIT: rateLimitSetting.optional(),
  EMBED_ORIGINS: originList.default([]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FILE: z.string().max(1000, 'must be a file path').optional(),
});

export type Config = z.infer<typeof envSchema> & { APP_URL: string; EMAIL_FROM: string };

export class ConfigError extends Error {}

/** Parses an environment; throws ConfigError whose message is one line: "NAME must ...". */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means unset, as in most .env files.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const shown = name in present && !/SECRET|KEY|URL/.test(name) ? ` (got "${present[name]}")` : '';
    throw new ConfigError(`${name} ${issue.message}${shown}`);
  }
  const config = result.data;
  return {
    ...config,
    APP_URL: (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, ''),
    EMAIL_FROM: config.EMAIL_FROM ?? `${config.PUBLICATION_NAME} <news@localhost>`,
  };
}

/** Whether APP_URL names this machine only (localhost, 127.x, ::1): the local mailbox exists only then. */
export function isLoopbackAppUrl(appUrl: string): boolean {
  const host = new URL(appUrl).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Where the local mailbox may be served: no SMTP_URL and a loopback APP_URL. */
export function hasLocalMailbox(config: Pick<Config, 'APP_URL' | 'SMTP_URL'>): boolean {
  return !config.SMTP_URL && isLoopbackAppUrl(config.APP_URL);
}

/** What `npm start` refuses beyond a malformed value: a public site whose email (sign-in links) would go nowhere. */
export function checkDeployment(config: Config): string | null {
  if (!config.SMTP_URL && !isLoopbackAppUrl(config.APP_URL)) {
    return `SMTP_URL must be set when APP_URL is public (${new URL(config.APP_URL).host}): sign-in links would otherwise go to the local mailbox, which only exists on localhost`;
  }
  return null;
}

const cacheKey = Symbol.for('reader-revenue.config');
type WithCache = typeof globalThis & { [cacheKey]?: Config };

/** The process's configuration, parsed on first use. */
export function getConfig(): Config {
  const holder = globalThis as WithCache;
  holder[cacheKey] ??= parseConfig(process.env);
  return holder[cacheKey];
}
