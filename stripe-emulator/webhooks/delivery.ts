// Webhook delivery queue: one delivery per (event, endpoint), sequential per endpoint, retried with back-off.
import { randomToken } from '../core/ids';
import type { Delivery, State, StoredEvent } from '../core/store';
import { signPayload } from './sign';

export interface DeliveryMode {
  shuffle: boolean;
  duplicate: boolean;
  paused: boolean;
  /** Until this emulator time every endpoint is down: each try fails (503) without reaching it. */
  outage_until: number | null;
}

export interface DeliveryQueueOptions {
  getState: () => State;
  retryScheduleMs: number[];
  onChange: () => void;
  /** The emulator's (global) clock, in seconds. */
  now: () => number;
  timeoutMs?: number;
}

const USER_AGENT = 'Stripe/1.0 (+https://stripe.com/docs/webhooks)';

export function endpointWants(enabled: string[], type: string): boolean {
  return enabled.includes('*') || enabled.includes(type);
}

export class DeliveryQueue {
  readonly mode: DeliveryMode = { shuffle: false, duplicate: false, paused: false, outage_until: null };
  private readonly busy = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: DeliveryQueueOptions) {}

  private get state(): State {
    return this.options.getState();
  }

  /** Creates deliveries for every endpoint that listens to this event type. */
  enqueue(event: StoredEvent): number {
    const endpoints = Object.values(this.state.objects.webhook_endpoints).filter(
      (we) => we.status === 'enabled' && endpointWants(we.enabled_events, event.type),
    );
    const copies = this.mode.duplicate ? 2 : 1;
    for (const we of endpoints) {
      for (let i = 0; i < copies; i++) this.state.internal.deliveries.push(this.newDelivery(event.id, we.id));
    }
    this.schedule(0);
    return endpoints.length;
  }

  private newDelivery(eventId: string, endpointId: string): Delivery {
    return {
      id: 'whdel_' + randomToken(20), event: eventId, endpoint: endpointId, attempts: 0, last_status: null,
      last_error: null, delivered: false, gave_up: false, next_attempt_at: Date.now(), created: Date.now(),
    };
  }

  setMode(patch: Partial<DeliveryMode>): DeliveryMode {
    Object.assign(this.mode, patch);
    this.schedule(0);
    return { ...this.mode };
  }

  pending(): Delivery[] {
    return this.state.internal.deliveries.filter((d) => !d.delivered && !d.gave_up);
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pump(), Math.max(0, delayMs));
    this.timer.unref();
  }

  private pickNext(endpointId: string, now: number): Delivery | undefined {
    const due = this.pending().filter((d) => d.endpoint === endpointId && (d.next_attempt_at ?? Infinity) <= now);
    if (due.length === 0) return undefined;
    return this.mode.shuffle ? due[Math.floor(Math.random() * due.length)] : due[0];
  }

  /** Starts one attempt per idle endpoint and re-arms the timer for the next due retry. */
  private pump(): void {
    this.timer = null;
    if (this.closed || this.mode.paused) return;
    const now = Date.now();
    const endpoints = new Set(this.pending().map((d) => d.endpoint));
    for (const endpointId of endpoints) {
      if (this.busy.has(endpointId)) continue;
      const next = this.pickNext(endpointId, now);
      if (next) this.run(next, () => this.pump());
    }
    const waits = this.pending().map((d) => d.next_attempt_at ?? Infinity).filter((t) => t > now && Number.isFinite(t));
    if (waits.length > 0) this.schedule(Math.min(...waits) - now);
  }

  private run(delivery: Delivery, after: () => void): Promise<void> {
    const p = this.attempt(delivery).finally(() => {
      this.busy.delete(delivery.endpoint);
      after();
    });
    this.busy.set(delivery.endpoint, p);
    return p;
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const event = this.state.objects.events[delivery.event];
    const endpoint = this.state.objects.webhook_endpoints[delivery.endpoint];
    const secret = this.state.internal.webhook_secrets[delivery.endpoint];
    if (!event || !endpoint || !secret) {
      delivery.gave_up = true;
      return;
    }
    delivery.next_attempt_at = null;
    if (this.mode.outage_until !== null && this.options.now() < this.mode.outage_until) {
      this.record(delivery, event, 503, 'emulated outage: the endpoint did not accept the delivery');
      return;
    }
    const payload = JSON.stringify(event, null, 2);
    // Wall-clock timestamp even when a test clock is ahead: constructEvent rejects stale ones
    const header = signPayload(payload, secret, Math.floor(Date.now() / 1000));
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header, 'user-agent': USER_AGENT },
        body: payload,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    this.record(delivery, event, status, error);
  }

  private record(delivery: Delivery, event: StoredEvent, status: number | null, error: string | null): void {
    delivery.attempts += 1;
    delivery.last_status = status;
    delivery.last_error = error;
    if (status !== null && status >= 200 && status < 300) {
      delivery.delivered = true;
      event.pending_webhooks = Math.max(0, event.pending_webhooks - 1);
    } else if (delivery.attempts > this.options.retryScheduleMs.length) {
      delivery.gave_up = true;
    } else {
      delivery.next_attempt_at = Date.now() + this.options.retryScheduleMs[delivery.attempts - 1];
    }
    this.prune();
    this.options.onChange();
  }

  /** Finished deliveries are kept for /_emulator/deliveries, but not forever. */
  private prune(limit = 10_000): void {
    const all = this.state.internal.deliveries;
    if (all.length <= limit) return;
    const finished = all.filter((d) => d.delivered || d.gave_up);
    const drop = new Set(finished.slice(0, all.length - limit / 2));
    this.state.internal.deliveries = all.filter((d) => !drop.has(d));
  }

  /** Tries every pending delivery once now (even when paused or waiting for a retry) and waits for the outcome. */
  async flush(): Promise<void> {
    const targets = this.pending();
    const byEndpoint = new Map<string, Delivery[]>();
    for (const d of targets) byEndpoint.set(d.endpoint, [...(byEndpoint.get(d.endpoint) ?? []), d]);
    await Promise.all(
      [...byEndpoint.entries()].map(async ([endpointId, list]) => {
        const ordered = this.mode.shuffle ? [...list].sort(() => Math.random() - 0.5) : list;
        for (const d of ordered) {
          while (this.busy.has(endpointId)) await this.busy.get(endpointId);
          if (d.delivered || d.gave_up) continue;
          await this.run(d, () => undefined);
        }
      }),
    );
    this.schedule(0);
  }

  /** Waits until nothing is pending (or the timeout passes); useful to let retries play out. */
  async idle(timeoutMs = 30_000): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.pending().length === 0 && this.busy.size === 0) return true;
      await new Promise((r) => setTimeout(r, 10));
    }
    return false;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.busy.values()]);
  }

  /** After loading state from disk, retries that were due get picked up again. */
  resume(): void {
    for (const d of this.pending()) d.next_attempt_at ??= Date.now();
    this.schedule(0);
  }
}
