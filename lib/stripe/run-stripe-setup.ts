// `npm run stripe:setup`: what a Stripe account needs for the app, made or checked, with a line for each thing done
// and each thing still missing. Safe to run again: it changes only the app's own endpoint, products and portal.
import type Stripe from 'stripe';
import { ensureSupportProducts } from '@/lib/support/ensure-support-product';
import { ensurePortalConfiguration } from './portal-configuration';
import { HANDLED_EVENT_TYPES } from './read-stripe-event';
import { ensureWebhookEndpoint, webhookUrl } from './webhook-endpoint';

export type SetupOptions = {
  stripe: Stripe;
  appUrl: string;
  publicationName: string;
  /** Whether STRIPE_WEBHOOK_SECRET is set (its value is never read here). */
  hasWebhookSecret: boolean;
  /** An emulator is being set up (STRIPE_API_URL): the address checks do not apply. */
  emulator: boolean;
  live: boolean;
  /** 'skip' when the caller made the endpoint itself (the emulator at start, whose endpoint is on loopback). */
  webhook?: 'ensure' | 'skip';
};

export type SetupReport = { done: string[]; missing: string[] };

function addressProblems(options: SetupOptions): string[] {
  if (options.emulator) return [];
  const url = new URL(options.appUrl);
  const problems = [];
  if (['localhost', '127.0.0.1', '::1'].includes(url.hostname)) {
    problems.push(`APP_URL is ${options.appUrl}: Stripe cannot deliver webhooks there. Set APP_URL to the site's public address (or forward with \`stripe listen\`).`);
  }
  if (options.live && url.protocol !== 'https:') problems.push('APP_URL must be https:// for a live webhook endpoint.');
  return problems;
}

export async function runStripeSetup(options: SetupOptions): Promise<SetupReport> {
  const report: SetupReport = { done: [], missing: addressProblems(options) };
  if (options.webhook !== 'skip') await setUpEndpoint(options, report);
  for (const product of await ensureSupportProducts({ stripe: options.stripe, publicationName: options.publicationName })) {
    const verb = { found: 'product', reactivated: 'restored archived product', created: 'created product' }[product.outcome];
    report.done.push(`${verb} ${product.id} (${product.frequency})`);
  }
  const portal = await ensurePortalConfiguration({ stripe: options.stripe, appUrl: options.appUrl });
  const portalVerb = { created: 'created', updated: 'corrected', ok: 'checked' }[portal.action];
  report.done.push(`${portalVerb} Billing Portal configuration ${portal.configuration.id} (cancel at period end, card update, invoices)`);
  return report;
}

async function setUpEndpoint(options: SetupOptions, report: SetupReport): Promise<void> {
  const url = webhookUrl(options.appUrl);
  const endpoint = await ensureWebhookEndpoint({ stripe: options.stripe, url, description: `${options.publicationName} (reader revenue)` });
  if (endpoint.action === 'created') {
    report.done.push(`created webhook endpoint ${endpoint.endpoint.id} for ${url} with the ${HANDLED_EVENT_TYPES.length} event types the app handles`);
    report.missing.push(`STRIPE_WEBHOOK_SECRET: set it to the new endpoint's signing secret, ${endpoint.secret} (shown this once)`);
  } else {
    if (endpoint.action === 'updated') {
      const changes = [
        endpoint.added.length > 0 ? `added ${endpoint.added.join(', ')}` : '',
        endpoint.removed.length > 0 ? `removed ${endpoint.removed.join(', ')}` : '',
        endpoint.enabled ? 'enabled it' : '',
      ].filter(Boolean);
      report.done.push(`corrected webhook endpoint ${endpoint.endpoint.id} for ${url}: ${changes.join('; ')}`);
    } else {
      report.done.push(`webhook endpoint ${endpoint.endpoint.id} for ${url} sends exactly the ${HANDLED_EVENT_TYPES.length} event types the app handles`);
    }
    if (!options.hasWebhookSecret) {
      report.missing.push(`STRIPE_WEBHOOK_SECRET: copy the signing secret of ${endpoint.endpoint.id} from the Stripe dashboard (Developers → Webhooks); Stripe shows it only there`);
    }
  }
}
