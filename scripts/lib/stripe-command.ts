// What the Stripe commands (stripe:setup, stripe:reconcile) share: the configuration with a secret key, each refusal
// one line with exit code 2, and a failure reported as Stripe's error type and message, nothing more.
import { ConfigError, parseConfig, type Config } from '../../lib/config';

export type StripeCommandConfig = Config & { STRIPE_SECRET_KEY: string };

/** The configuration, or null once the one line saying why the command cannot run is printed. */
function readStripeCommandConfig(options: { whenUnset?: string }): StripeCommandConfig | null {
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    return null;
  }
  if (!config.STRIPE_SECRET_KEY) {
    console.error(`STRIPE_SECRET_KEY is not set: set it to the account's secret key (sk_test_… or sk_live_…), and STRIPE_API_URL for an emulator${options.whenUnset ? ` ${options.whenUnset}` : ''}.`);
    return null;
  }
  return { ...config, STRIPE_SECRET_KEY: config.STRIPE_SECRET_KEY };
}

/** Runs the command and exits with its code (2 when it could not start); a throw exits 1 with `name failed: …`.
 * `whenUnset` ends the line shown without a secret key. */
export function runStripeCommand(name: string, main: (config: StripeCommandConfig) => Promise<number>, options: { whenUnset?: string } = {}): void {
  const config = readStripeCommandConfig(options);
  void (config ? main(config) : Promise.resolve(2)).then(
    (code) => process.exit(code),
    (error) => {
      const e = error as { type?: string; message?: string };
      console.error(`${name} failed: ${[e.type, e.message].filter(Boolean).join(': ') || String(error)}`);
      process.exit(1);
    },
  );
}
