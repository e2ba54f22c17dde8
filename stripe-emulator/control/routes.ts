// Test controls under /_emulator/ (never /v1): time, reset, webhook delivery modes and outages, rate limits, the
// requests served, disputes.
import { z } from 'zod';
import { createPortalConfiguration } from '../api/portal';
import { closeDispute, disputeCharge } from '../billing/refunds';
import { runBilling } from '../billing/engine';
import type { ApiServices } from '../core/api-handler';
import type { Context } from '../core/context';
import { globalNow } from '../core/clock';

export interface ControlResponse {
  status: number;
  json: unknown;
}

export interface ControlHooks {
  reset(options: { keepWebhookEndpoints: boolean }): void;
  api: ApiServices;
}

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const seconds = z.coerce.number().int();

const advanceBody = z.union([z.object({ seconds: seconds.positive() }).strict(), z.object({ to: seconds }).strict()]);
const modeBody = z.object({ shuffle: flag.optional(), duplicate: flag.optional(), paused: flag.optional(), outage_seconds: seconds.nonnegative().optional() }).strict();
const rateLimitBody = z.object({
  per_second: z.union([z.coerce.number().int().positive(), z.null(), z.literal('off')]).optional(),
  refuse_next: seconds.nonnegative().optional(),
  should_retry: flag.optional(),
}).strict();
const disputeCloseBody = z.object({ outcome: z.enum(['won', 'lost']) }).strict();
const resetBody = z.object({ keep_webhook_endpoints: flag.optional() }).strict();

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw.trim()) return {};
  if (contentType?.includes('json')) return JSON.parse(raw);
  return Object.fromEntries(new URLSearchParams(raw));
}

function bad(message: string): ControlResponse {
  return { status: 400, json: { error: { type: 'invalid_request_error', message } } };
}

function advance(ctx: Context, body: z.infer<typeof advanceBody>): ControlResponse {
  const clock = ctx.state.internal.clock;
  const now = globalNow(clock);
  const target = 'seconds' in body ? now + body.seconds : body.to;
  if (target < now) return bad(`Cannot move the emulator clock backwards (now ${now}, asked ${target}).`);
  clock.offsetSeconds += target - now;
  const actions = runBilling(ctx, null);
  ctx.touch();
  return { status: 200, json: { now: globalNow(clock), offset_seconds: clock.offsetSeconds, billing_actions: actions } };
}

function deliveries(ctx: Context, url: URL): ControlResponse {
  const eventFilter = url.searchParams.get('event');
  const typeFilter = url.searchParams.get('type');
  const rows = ctx.state.internal.deliveries
    .map((d) => {
      const event = ctx.state.objects.events[d.event];
      return {
        id: d.id, event: d.event, type: event?.type ?? null, endpoint: d.endpoint,
        url: ctx.state.objects.webhook_endpoints[d.endpoint]?.url ?? null, attempts: d.attempts,
        last_status: d.last_status, last_error: d.last_error, delivered: d.delivered, gave_up: d.gave_up,
        next_attempt_at: d.next_attempt_at,
      };
    })
    .filter((r) => (!eventFilter || r.event === eventFilter) && (!typeFilter || r.type === typeFilter));
  return { status: 200, json: { object: 'list', data: rows, mode: ctx.deliveries.mode } };
}

export async function handleControl(ctx: Context, hooks: ControlHooks, method: string, url: URL, raw: string, contentType?: string): Promise<ControlResponse> {
  const route = `${method} ${url.pathname.replace(/\/+$/, '')}`;
  let body: unknown;
  try {
    body = method === 'POST' ? parseBody(raw, contentType) : {};
  } catch {
    return bad('Body must be JSON or form-encoded.');
  }
  const parsed = <T>(schema: z.ZodType<T>): T | ControlResponse => {
    const r = schema.safeParse(body);
    return r.success ? r.data : bad(r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  };
  const isResponse = (v: unknown): v is ControlResponse => typeof v === 'object' && v !== null && 'status' in v && 'json' in v;
  switch (route) {
    case 'GET /_emulator/now':
      return { status: 200, json: { now: globalNow(ctx.state.internal.clock), offset_seconds: ctx.state.internal.clock.offsetSeconds } };
    case 'POST /_emulator/advance': {
      const b = parsed(advanceBody);
      return isResponse(b) ? b : advance(ctx, b);
    }
    case 'POST /_emulator/reset': {
      const b = parsed(resetBody);
      if (isResponse(b)) return b;
      hooks.reset({ keepWebhookEndpoints: b.keep_webhook_endpoints ?? false });
      return { status: 200, json: { reset: true } };
    }
    case 'GET /_emulator/deliveries':
      return deliveries(ctx, url);
    case 'POST /_emulator/delivery-mode': {
      const b = parsed(modeBody);
      if (isResponse(b)) return b;
      const { outage_seconds, ...mode } = b;
      const outage = outage_seconds === undefined ? {} : { outage_until: outage_seconds > 0 ? globalNow(ctx.state.internal.clock) + outage_seconds : null };
      return { status: 200, json: ctx.deliveries.setMode({ ...mode, ...outage }) };
    }
    case 'POST /_emulator/rate-limit': {
      const b = parsed(rateLimitBody);
      if (isResponse(b)) return b;
      const { per_second, ...rest } = b;
      return { status: 200, json: hooks.api.limiter.configure({ ...rest, ...(per_second === undefined ? {} : { per_second: per_second === 'off' ? null : per_second }) }) };
    }
    case 'POST /_emulator/portal-default': {
      // What saving the portal settings in Stripe's dashboard does: a default configuration
      const existing = Object.values(ctx.state.objects.portal_configurations).find((c) => c.is_default);
      const features = { subscription_cancel: { enabled: true }, payment_method_update: { enabled: true }, invoice_history: { enabled: true } };
      return { status: 200, json: existing ?? createPortalConfiguration(ctx, { features }, true) };
    }
    case 'GET /_emulator/requests':
      return { status: 200, json: { ...hooks.api.stats, refused: hooks.api.limiter.refused } };
    case 'POST /_emulator/flush':
      await ctx.deliveries.flush();
      return deliveries(ctx, url);
    case 'GET /_emulator/health':
      return { status: 200, json: { ok: true } };
  }
  const dispute = /^POST \/_emulator\/charges\/([^/]+)\/dispute$/.exec(route);
  if (dispute) {
    const charge = ctx.state.objects.charges[decodeURIComponent(dispute[1])];
    if (!charge) return { status: 404, json: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such charge: '${dispute[1]}'` } } };
    return { status: 200, json: disputeCharge(ctx, charge) };
  }
  const close = /^POST \/_emulator\/disputes\/([^/]+)\/close$/.exec(route);
  if (close) {
    const id = decodeURIComponent(close[1]);
    const dispute = ctx.state.objects.disputes[id];
    if (!dispute) return { status: 404, json: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such dispute: '${id}'` } } };
    const b = parsed(disputeCloseBody);
    if (isResponse(b)) return b;
    closeDispute(ctx, id, b.outcome);
    ctx.touch();
    return { status: 200, json: dispute };
  }
  return { status: 404, json: { error: { type: 'invalid_request_error', message: `Unknown emulator control: ${route}` } } };
}
