// The app's webhook endpoint on the Stripe account: exactly the event types the app handles (never `*`, which would
// send everything a shared account does; never fewer, which silently loses renewals, refunds and disputes).
import type Stripe from 'stripe';
import { HANDLED_EVENT_TYPES } from './read-stripe-event';

export function webhookUrl(appUrl: string): string {
  return `${appUrl.replace(/\/$/, '')}/api/stripe/webhook`;
}

export type EndpointCheck = {
  endpoint: Stripe.WebhookEndpoint | null;
  /** Handled types the endpoint does not send. */
  missing: string[];
  /** Types it sends that the app does not handle (`*` included). */
  extra: string[];
  disabled: boolean;
};

async function findEndpoint(stripe: Stripe, url: string): Promise<Stripe.WebhookEndpoint | null> {
  for await (const endpoint of stripe.webhookEndpoints.list({ limit: 100 })) if (endpoint.url === url) return endpoint;
  return null;
}

export async function checkWebhookEndpoint(options: { stripe: Stripe; url: string }): Promise<EndpointCheck> {
  const endpoint = await findEndpoint(options.stripe, options.url);
  if (!endpoint) return { endpoint: null, missing: [...HANDLED_EVENT_TYPES], extra: [], disabled: false };
  const enabled = endpoint.enabled_events;
  return {
    endpoint,
    missing: HANDLED_EVENT_TYPES.filter((type) => !enabled.includes(type)),
    extra: enabled.filter((type) => !(HANDLED_EVENT_TYPES as readonly string[]).includes(type)),
    disabled: endpoint.status !== 'enabled',
  };
}

export type EndpointOutcome =
  | { action: 'created'; endpoint: Stripe.WebhookEndpoint; secret: string }
  | { action: 'updated'; endpoint: Stripe.WebhookEndpoint; added: string[]; removed: string[]; enabled: boolean }
  | { action: 'ok'; endpoint: Stripe.WebhookEndpoint };

/** Creates the endpoint, or corrects its event list (and enables it); never touches other endpoints. */
export async function ensureWebhookEndpoint(options: { stripe: Stripe; url: string; description?: string }): Promise<EndpointOutcome> {
  const { stripe, url } = options;
  const events = [...HANDLED_EVENT_TYPES];
  const check = await checkWebhookEndpoint({ stripe, url });
  if (!check.endpoint) {
    const endpoint = await stripe.webhookEndpoints.create({ url, enabled_events: events, description: options.description });
    return { action: 'created', endpoint, secret: endpoint.secret! };
  }
  if (check.missing.length === 0 && check.extra.length === 0 && !check.disabled) return { action: 'ok', endpoint: check.endpoint };
  const endpoint = await stripe.webhookEndpoints.update(check.endpoint.id, { enabled_events: events, disabled: false });
  return { action: 'updated', endpoint, added: check.missing, removed: check.extra, enabled: check.disabled };
}

/** One line for the start-up log when a real account's endpoint would lose events (or is missing). */
export function describeEndpointProblems(check: EndpointCheck, url: string): string | null {
  if (!check.endpoint) return `no Stripe webhook endpoint for ${url}; run npm run stripe:setup`;
  const problems = [];
  if (check.disabled) problems.push('it is disabled');
  if (check.missing.length > 0) problems.push(`it does not send ${check.missing.join(', ')}`);
  if (check.extra.includes('*')) problems.push('it sends every event type (*), including other products\' on a shared account');
  else if (check.extra.length > 0) problems.push(`it also sends ${check.extra.join(', ')}, which the app ignores`);
  return problems.length > 0 ? `Stripe webhook endpoint ${check.endpoint.id} for ${url}: ${problems.join('; ')}; run npm run stripe:setup` : null;
}
