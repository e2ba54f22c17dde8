// Billing Portal sessions, Events, Webhook Endpoints and Test Clocks.
import type Stripe from 'stripe';
import { runBilling } from '../billing/engine';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { newId, newWebhookSecret, randomToken } from '../core/ids';
import { matchesRange, newestFirst, paginate } from '../core/list';
import { arr, bool, expand, int, listParams, metadata, range, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import type { StoredEvent } from '../core/store';
import { deleteCustomer, getCustomer } from './customers';
import { cleanMetadata } from './shared';

function createPortalSession(ctx: Context, p: Params): Stripe.BillingPortal.Session {
  const customer = getCustomer(ctx, p.customer as string, 'customer');
  const id = newId('bps_');
  const session: Stripe.BillingPortal.Session = {
    id, object: 'billing_portal.session', configuration: 'bpc_emulator_default', created: ctx.now(),
    customer: customer.id, customer_account: null, flow: null, livemode: false, locale: null, on_behalf_of: null,
    return_url: (p.return_url as string | undefined) ?? null, url: `${ctx.publicUrl()}/p/session/${id}`,
  };
  ctx.state.objects.portal_sessions[id] = session;
  return session;
}

function listEvents(ctx: Context, p: Params, url: string): Stripe.ApiList<StoredEvent> {
  const types = (p.types as string[] | undefined) ?? (p.type ? [p.type as string] : undefined);
  const matchesType = (t: string) => !types || types.some((pattern) => (pattern.endsWith('*') ? t.startsWith(pattern.slice(0, -1)) : t === pattern));
  const all = newestFirst(ctx.state.objects.events).filter(
    (e) =>
      matchesType(e.type) &&
      matchesRange(e.created, p.created) &&
      (p.delivery_success === undefined || (e.pending_webhooks === 0) === p.delivery_success),
  );
  return paginate(all, p, url);
}

function createEndpoint(ctx: Context, p: Params): Stripe.WebhookEndpoint {
  const events = p.enabled_events as string[];
  if (events.length === 0) throw invalidRequest('Missing required param: enabled_events.', 'enabled_events', 'parameter_missing');
  try {
    new URL(p.url as string);
  } catch {
    throw invalidRequest('Invalid URL: ' + String(p.url), 'url', 'url_invalid');
  }
  const id = newId('we_');
  const secret = newWebhookSecret();
  const endpoint: Stripe.WebhookEndpoint = {
    id, object: 'webhook_endpoint', api_version: (p.api_version as string | undefined) ?? null, application: null,
    created: ctx.now(), description: (p.description as string | undefined) ?? null, enabled_events: events, livemode: false,
    metadata: cleanMetadata(p.metadata), status: 'enabled', url: p.url as string,
  };
  ctx.state.objects.webhook_endpoints[id] = endpoint;
  ctx.state.internal.webhook_secrets[id] = secret;
  // The secret is only ever returned by create, as on Stripe
  return { ...endpoint, secret };
}

function getEndpoint(ctx: Context, id: string): Stripe.WebhookEndpoint {
  const we = ctx.state.objects.webhook_endpoints[id];
  if (!we) throw resourceMissing('webhook_endpoint', id);
  return we;
}

function getClock(ctx: Context, id: string): Stripe.TestHelpers.TestClock {
  const c = ctx.state.objects.test_clocks[id];
  if (!c) throw resourceMissing('test_helpers.test_clock', id);
  return c;
}

function createClock(ctx: Context, p: Params): Stripe.TestHelpers.TestClock {
  const now = ctx.now();
  const clock: Stripe.TestHelpers.TestClock = {
    id: 'clock_' + randomToken(24), object: 'test_helpers.test_clock', created: now, deletes_after: now + 30 * 86_400,
    frozen_time: p.frozen_time as number, livemode: false, name: (p.name as string | undefined) ?? null, status: 'ready',
    status_details: {},
  };
  ctx.state.objects.test_clocks[clock.id] = clock;
  return clock;
}

/** Advancing answers "advancing" at once, then bills everything due and turns "ready", as Stripe does asynchronously. */
function advanceClock(ctx: Context, id: string, to: number): Stripe.TestHelpers.TestClock {
  const clock = getClock(ctx, id);
  if (clock.status === 'advancing') throw invalidRequest('The test clock is already advancing.', 'test_clock', 'test_clock_advancing');
  if (to <= clock.frozen_time) throw invalidRequest('The frozen_time must be after the current frozen_time of the test clock.', 'frozen_time');
  clock.status = 'advancing';
  const response = structuredClone(clock);
  setImmediate(() => {
    if (!ctx.state.objects.test_clocks[id]) return;
    clock.frozen_time = to;
    try {
      runBilling(ctx, id);
    } finally {
      clock.status = 'ready';
      ctx.touch();
    }
  });
  return { ...response, frozen_time: to };
}

function deleteClock(ctx: Context, id: string): Stripe.TestHelpers.DeletedTestClock {
  getClock(ctx, id);
  for (const c of Object.values(ctx.state.objects.customers)) {
    if (!c.deleted && c.test_clock === id) deleteCustomer(ctx, c.id);
  }
  delete ctx.state.objects.test_clocks[id];
  return { id, object: 'test_helpers.test_clock', deleted: true };
}

export const portalEventClockOperations: Operation[] = [
  {
    method: 'POST', path: '/v1/billing_portal/sessions', params: { customer: str, return_url: str, expand, locale: str },
    required: ['customer'], handle: (ctx, req) => createPortalSession(ctx, req.params),
  },
  { method: 'GET', path: '/v1/events/{id}', params: { expand }, handle: (ctx, req) => {
    const e = ctx.state.objects.events[req.path.id];
    if (!e) throw resourceMissing('event', req.path.id);
    return e;
  } },
  {
    method: 'GET', path: '/v1/events', params: { ...listParams, type: str, types: arr(str), created: range, delivery_success: bool },
    handle: (ctx, req) => listEvents(ctx, req.params, req.url),
  },
  {
    method: 'POST', path: '/v1/webhook_endpoints',
    params: { url: str, enabled_events: arr(str), description: str, metadata, api_version: str, expand },
    required: ['url', 'enabled_events'], handle: (ctx, req) => createEndpoint(ctx, req.params),
  },
  { method: 'GET', path: '/v1/webhook_endpoints', params: listParams, handle: (ctx, req) => paginate(newestFirst(ctx.state.objects.webhook_endpoints), req.params, req.url) },
  {
    method: 'GET', path: '/v1/webhook_endpoints/{webhook_endpoint}', params: { expand },
    extra: 'retrieve is cheap and the SDK has it', handle: (ctx, req) => getEndpoint(ctx, req.path.webhook_endpoint),
  },
  {
    method: 'DELETE', path: '/v1/webhook_endpoints/{webhook_endpoint}', params: {},
    handle: (ctx, req) => {
      const we = getEndpoint(ctx, req.path.webhook_endpoint);
      delete ctx.state.objects.webhook_endpoints[we.id];
      delete ctx.state.internal.webhook_secrets[we.id];
      return { id: we.id, object: 'webhook_endpoint', deleted: true } satisfies Stripe.DeletedWebhookEndpoint;
    },
  },
  { method: 'POST', path: '/v1/test_helpers/test_clocks', params: { frozen_time: int, name: str, expand }, required: ['frozen_time'], handle: (ctx, req) => createClock(ctx, req.params) },
  { method: 'GET', path: '/v1/test_helpers/test_clocks/{test_clock}', params: { expand }, handle: (ctx, req) => getClock(ctx, req.path.test_clock) },
  {
    method: 'GET', path: '/v1/test_helpers/test_clocks', params: listParams,
    extra: 'list is cheap and the SDK has it', handle: (ctx, req) => paginate(newestFirst(ctx.state.objects.test_clocks), req.params, req.url),
  },
  { method: 'DELETE', path: '/v1/test_helpers/test_clocks/{test_clock}', params: {}, handle: (ctx, req) => deleteClock(ctx, req.path.test_clock) },
  {
    method: 'POST', path: '/v1/test_helpers/test_clocks/{test_clock}/advance', params: { frozen_time: int, expand },
    required: ['frozen_time'], handle: (ctx, req) => advanceClock(ctx, req.path.test_clock, req.params.frozen_time as number),
  },
];
