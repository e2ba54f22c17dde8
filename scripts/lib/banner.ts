import { hasLocalMailbox, type Config } from '../../lib/config';
import type { StripeSetup } from './start-stripe-emulator';

export function printBanner(options: { config: Config; stripe: StripeSetup; database: 'pglite' | 'postgres' }): void {
  const { config, stripe, database } = options;
  const site = config.APP_URL;
  const lines = [
    '',
    `  ${config.PUBLICATION_NAME} is running`,
    `  Site:           ${site}`,
    `  Staff area:     ${site}/admin`,
    hasLocalMailbox(config) ? `  Local mailbox:  ${site}/dev/mailbox` : `  Email:          sent through SMTP_URL`,
    stripe.mode === 'emulator'
      ? `  Stripe:         emulator at ${stripe.apiUrl} (no STRIPE_SECRET_KEY set)`
      : `  Stripe:         ${stripe.apiUrl ?? 'api.stripe.com'}`,
    `  Database:       ${database === 'pglite' ? `embedded PGlite in ${config.DATA_DIR}/pglite` : 'PostgreSQL (DATABASE_URL)'}`,
    '',
  ];
  console.log(lines.join('\n'));
}
