// `npm start`: check the configuration, start the Stripe emulator if no key is set, build if stale,
// migrate and seed, then serve the app with one structured log line per request.
import './lib/outside-next';
import path from 'node:path';
import next from 'next';
import { ConfigError, checkDeployment, parseConfig, type Config } from '../lib/config';
import { getLogger } from '../lib/log/logger';
import { getDatabaseHandle } from '../db/client';
import { prepareDatabase } from '../db/prepare';
import { startBackgroundJobs } from '../lib/jobs/start-background-jobs';
import { buildIfStale } from './lib/build-if-stale';
import { buildBrowserScripts } from './lib/build-browser-scripts';
import { createAppServer } from './lib/serve-app';
import { ensureAuthSecret } from '../lib/auth/ensure-auth-secret';
import { readLegacyAuthSecret } from './lib/auth-secret';
import { startStripeEmulatorIfNeeded } from './lib/start-stripe-emulator';
import { printBanner } from './lib/banner';

const root = path.resolve(__dirname, '..');

function readConfig(): Config {
  try {
    const config = parseConfig(process.env);
    const problem = checkDeployment(config);
    if (problem) throw new ConfigError(problem);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error: ${error.message}`);
    process.exit(1);
  }
}

async function main() {
  const dev = process.argv.includes('--dev');
  process.chdir(root);
  const config = readConfig();
  process.env.APP_URL ||= config.APP_URL;
  const log = getLogger();

  const stripe = await startStripeEmulatorIfNeeded(config);
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (dev) buildBrowserScripts(root, distDir);
  else buildIfStale(root, distDir, (line) => console.log(line));

  const database = getDatabaseHandle();
  await prepareDatabase(database);
  // Shared by every instance on this database, so a link sent by one signs in through another.
  process.env.AUTH_SECRET ||= await ensureAuthSecret({ db: database.db, seed: readLegacyAuthSecret(config.DATA_DIR) });

  const app = next({ dev, dir: root, port: config.PORT, hostname: 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Forms lead on to Stripe's hosted pages (Checkout, the Billing Portal), or to the emulator's.
  const stripeHosted = stripe.apiUrl ? [new URL(stripe.apiUrl).origin] : ['https://checkout.stripe.com', 'https://billing.stripe.com'];
  const server = createAppServer({ handle, config, log, security: { appUrl: config.APP_URL, formTargets: stripeHosted } });
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  const stopJobs = startBackgroundJobs();
  printBanner({ config, stripe, database: database.kind });

  const shutdown = async () => {
    stopJobs();
    server.close();
    await Promise.allSettled([stripe.close(), app.close?.(), database.close()]);
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(`Failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
