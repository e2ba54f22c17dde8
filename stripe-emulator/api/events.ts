// Events (listable for 30 days, as on Stripe, so missed webhooks can be reconciled) and webhook endpoints (with
// the event types they want, checked against Stripe's list).
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { API_VERSION } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { newId, newWebhookSecret } from '../core/ids';
import { matchesRange, newestFirst, paginate } from '../core/list';
import { arr, bool, expand, listParams, metadata, range, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import type { StoredEvent } from '../core/store';
import { EVENT_TYPES } from '../webhooks/event-types';
import { cleanMetadata, mergeMetadata } from './shared';

/** Stripe lists and retrieves events of the last 30 days only. */
export const EVENT_RETENTION_SECONDS = 30 * 86_400;

function retained(ctx: Context, event: StoredEvent): boolean {
  const recorded = ctx.state.internal.event_recorded_at[event.id] ?? event.created;
  return recorded > ctx.now() - EVENT_RETENTION_SECONDS;
}

function getEvent(ctx: Context, id: string): StoredEvent {
  const e = ctx.state.objects.events[id];
  if (!e || !retained(ctx, e)) throw resourceMissing('event', id);
  return e;
}

function listEvents(ctx: Context, p: Params, url: string): Stripe.ApiList<StoredEvent> {
  const types = (p.types as string[] | undefined) ?? (p.type ? [p.type as string] : undefined);
  const matchesType = (t: string) => !types || types.some((pattern) => (pattern.endsWith('*') ? t.startsWith(pattern.slice(0, -1)) : t === pattern));
  const all = newestFirst(ctx.state.objects.events).filter(
    (e) =>
      retained(ctx, e) &&
      matchesType(e.type) &&
      matchesRange(e.created, p.created) &&
      (p.delivery_success === undefined || (e.pending_webhooks === 0) === p.delivery_success),
  );
  return paginate(all, p, url);
}

/** Events older than Stripe keeps them are dropped (their deliveries are over by then). */
export function pruneEvents(ctx: Context): void {
  const events = ctx.state.objects.events;
  for (const [id, e] of Object.entries(events)) {
    if (retained(ctx, e)) continue;
    delete events[id];
    delete ctx.state.internal.event_recorded_at[id];
  }
}

function checkEnabledEvents(events: string[]): void {
  if (events.length === 0) throw invalidRequest('Missing required param: enabled_events.', 'enabled_events', 'parameter_missing');
  events.forEach((type, i) => {
    if (type !== '*' && !EVENT_TYPES.has(type)) throw invalidRequest(`Invalid enabled_events[${i}]: "${type}" is not an event type Stripe sends.`, `enabled_events[${i}]`);
  });
}

function checkUrl(url: unknown): void {
  try {
    new URL(url as string);
  } catch {
    throw invalidRequest('Invalid URL: ' + String(url), 'url', 'url_invalid');
  }
}

function checkApiVersion(version: unknown): void {
  if (version !== undefined && version !== API_VERSION) throw invalidRequest(`Invalid api_version: the emulator renders events at ${API_VERSION} only.`, 'api_version');
}

function createEndpoint(ctx: Context, p: Params): Stripe.WebhookEndpoint {
  checkEnabledEvents(p.enabled_events as string[]);
  checkUrl(p.url);
  checkApiVersion(p.api_version);
  const id = newId('we_');
  const secret = newWebhookSecret();
  const endpoint: Stripe.WebhookEndpoint = {
    id, object: 'webhook_endpoint', api_version: (p.api_version as string | undefined) ?? null, application: null,
    created: ctx.now(), description: (p.description as string | undefined) ?? null, enabled_events: p.enabled_events as string[], livemode: false,
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

function updateEndpoint(ctx: Context, id: string, p: Params): Stripe.WebhookEndpoint {
  const we = getEndpoint(ctx, id);
  if (p.enabled_events !== undefined) {
    checkEnabledEvents(p.enabled_events as string[]);
    we.enabled_events = p.enabled_events as string[];
  }
  if (p.url !== undefined) {
    checkUrl(p.url);
    we.url = p.url as string;
  }
  if (p.disabled !== undefined) we.status = p.disabled ? 'disabled' : 'enabled';
  if (p.description !== undefined) we.description = (p.description as string) || null;
  if (p.metadata !== undefined) we.metadata = mergeMetadata(we.metadata, p.metadata);
  return we;
}

export const eventOperations: Operation[] = [
  { method: 'GET', path: '/v1/events/{id}', params: { expand }, handle: (ctx, req) => getEvent(ctx, req.path.id) },
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
    method: 'POST', path: '/v1/webhook_endpoints/{webhook_endpoint}',
    params: { url: str, enabled_events: arr(str), description: str, disabled: bool, metadata, expand },
    extra: 'setup corrects an existing endpoint\'s event list; the 2023 extract lacks the update',
    handle: (ctx, req) => updateEndpoint(ctx, req.path.webhook_endpoint, req.params),
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
];
