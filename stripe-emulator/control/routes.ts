// Test controls under /_emulator/ (never /v1): time, reset, webhook delivery modes and outcomes, disputes.
import { z } from 'zod';
import { disputeCharge } from '../billing/refunds';
import { runBilling } from '../billing/engine';
import type { Context } from '../core/context';
import { globalNow } from '../core/clock';

export interface ControlResponse {
  status: number;
  json: unknown;
}

export interface ControlHooks {
  reset(options: { keepWebhookEndpoints: boolean }): void;
}

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const seconds = z.coerce.number().int();

const advanceBody = z.union([z.object({ seconds: seconds.positive() }).strict(), z.object({ to: seconds }).strict()]);
const modeBody = z.object({ shuffle: flag.optional(), duplicate: flag.optional(), paused: flag.optional() }).strict();
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
      return isResponse(b) ? b : { status: 200, json: ctx.deliveries.setMode(b) };
    }
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
  return { status: 404, json: { error: { type: 'invalid_request_error', message: `Unknown emulator control: ${route}` } } };
}
