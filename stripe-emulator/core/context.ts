// The shared context every handler gets: state, time, event emission, hosted-page URLs.
import type Stripe from 'stripe';
import { DeliveryQueue } from '../webhooks/delivery';
import { globalNow } from './clock';
import { newId } from './ids';
import type { State, StoredEvent } from './store';

export const API_VERSION = '2026-10-28.endive';

export interface EmitOptions {
  previous?: Record<string, unknown>;
  /** The test clock of the object, so the event carries that clock's time. */
  clock?: string | null;
}

export interface Context {
  state: State;
  deliveries: DeliveryQueue;
  /** Base URL for hosted pages and receipts, e.g. http://127.0.0.1:12111 */
  publicUrl(): string;
  now(clock?: string | null): number;
  emit(type: Stripe.Event.Type, object: object, options?: EmitOptions): StoredEvent;
  /** Marks state dirty so persistence writes it soon. */
  touch(): void;
  /** The API request being handled, so its events name it (event.request); null for clock-driven events. */
  request: { id: string; idempotency_key: string | null } | null;
  /** Runs work as of a moment on a clock (null = global): what it creates and emits is stamped with that time. */
  at<T>(clock: string | null, time: number, work: () => T): T;
}

export interface ContextOptions {
  getState: () => State;
  publicUrl: () => string;
  retryScheduleMs: number[];
  touch: () => void;
}

/** Events carry a frozen copy of the object as it was when the event happened. */
function snapshot(object: object): Record<string, unknown> {
  return structuredClone(object) as Record<string, unknown>;
}

export function createContext(options: ContextOptions): Context {
  let step: { clock: string | null; time: number } | null = null;
  const deliveries = new DeliveryQueue({
    getState: options.getState, retryScheduleMs: options.retryScheduleMs, onChange: options.touch,
    now: () => globalNow(options.getState().internal.clock),
  });
  const ctx: Context = {
    get state() {
      return options.getState();
    },
    deliveries,
    publicUrl: options.publicUrl,
    now(clock) {
      if (step && step.clock === (clock ?? null)) return step.time;
      if (clock) {
        const tc = ctx.state.objects.test_clocks[clock];
        if (tc) return tc.frozen_time;
      }
      return globalNow(ctx.state.internal.clock);
    },
    emit(type, object, emitOptions = {}) {
      const event: StoredEvent = {
        id: newId('evt_'),
        object: 'event',
        api_version: API_VERSION,
        created: ctx.now(emitOptions.clock ?? null),
        data: { object: snapshot(object), ...(emitOptions.previous ? { previous_attributes: snapshot(emitOptions.previous) } : {}) },
        livemode: false,
        pending_webhooks: 0,
        request: ctx.request ? { ...ctx.request } : { id: null, idempotency_key: null },
        type,
      };
      ctx.state.objects.events[event.id] = event;
      ctx.state.internal.event_recorded_at[event.id] = globalNow(ctx.state.internal.clock);
      event.pending_webhooks = deliveries.enqueue(event);
      ctx.touch();
      return event;
    },
    touch: options.touch,
    request: null,
    at(clock, time, work) {
      const outer = step;
      step = { clock, time };
      try {
        return work();
      } finally {
        step = outer;
      }
    },
  };
  return ctx;
}
