// Test clocks: create, retrieve, list, advance (answers "advancing", then bills each step as of its own time and
// turns "ready", announcing both as Stripe does), delete (with its customers).
import type Stripe from 'stripe';
import { runBilling } from '../billing/engine';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { randomToken } from '../core/ids';
import { newestFirst, paginate } from '../core/list';
import { expand, int, listParams, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import { deleteCustomer } from './customers';

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
  ctx.emit('test_helpers.test_clock.created', clock, { clock: clock.id });
  return clock;
}

/** Advancing answers "advancing" at once, then bills everything due and turns "ready", as Stripe does asynchronously. */
function advanceClock(ctx: Context, id: string, to: number): Stripe.TestHelpers.TestClock {
  const clock = getClock(ctx, id);
  if (clock.status === 'advancing') throw invalidRequest('The test clock is already advancing.', 'test_clock', 'test_clock_advancing');
  if (to <= clock.frozen_time) throw invalidRequest('The frozen_time must be after the current frozen_time of the test clock.', 'frozen_time');
  clock.status = 'advancing';
  clock.status_details = { advancing: { target_frozen_time: to } };
  ctx.emit('test_helpers.test_clock.advancing', clock, { clock: id });
  const response = structuredClone(clock);
  setImmediate(() => {
    if (!ctx.state.objects.test_clocks[id]) return;
    clock.frozen_time = to;
    try {
      runBilling(ctx, id);
    } finally {
      clock.status = 'ready';
      clock.status_details = {};
      ctx.emit('test_helpers.test_clock.ready', clock, { clock: id });
      ctx.touch();
    }
  });
  return response;
}

function deleteClock(ctx: Context, id: string): Stripe.TestHelpers.DeletedTestClock {
  getClock(ctx, id);
  for (const c of Object.values(ctx.state.objects.customers)) {
    if (!c.deleted && c.test_clock === id) deleteCustomer(ctx, c.id);
  }
  delete ctx.state.objects.test_clocks[id];
  return { id, object: 'test_helpers.test_clock', deleted: true };
}

export const testClockOperations: Operation[] = [
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
