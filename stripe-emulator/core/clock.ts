// Emulator time: a global clock (wall clock plus an offset moved by /_emulator/advance) and Stripe test clocks.

export interface ClockState {
  /** Seconds added to the wall clock for every object that is not on a test clock. */
  offsetSeconds: number;
}

export function wallSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function globalNow(clock: ClockState): number {
  return wallSeconds() + clock.offsetSeconds;
}

const DAY = 86_400;

/** Adds calendar intervals the way Stripe does: same day of month, clamped to the month's last day. */
export function addInterval(from: number, interval: string, count = 1, anchorDay?: number): number {
  if (interval === 'day') return from + count * DAY;
  if (interval === 'week') return from + count * 7 * DAY;
  const d = new Date(from * 1000);
  const day = anchorDay ?? d.getUTCDate();
  const months = interval === 'month' ? count : count * 12;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return Math.floor(target.getTime() / 1000);
}
