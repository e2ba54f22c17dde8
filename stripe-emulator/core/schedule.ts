// Work Stripe does later, queued on a clock; billing/engine.ts runs it when that clock passes its time.
import type { Context } from './context';
import { randomToken } from './ids';
import type { ScheduledAction } from './store';

export function scheduleAction(ctx: Context, action: Omit<ScheduledAction, 'id'>): void {
  ctx.state.internal.scheduled.push({ id: 'sched_' + randomToken(16), ...action });
}

export function unschedule(ctx: Context, kind: ScheduledAction['kind'], target: string): void {
  ctx.state.internal.scheduled = ctx.state.internal.scheduled.filter((a) => a.kind !== kind || a.target !== target);
}
