// Stripe's rate limiter, on demand: refuse the next N requests, or more than R a second (test mode allows 25),
// with 429 rate_limit and Stripe-Should-Retry. Off unless a test turns it on (/_emulator/rate-limit).

export interface RateLimitSettings {
  /** Requests allowed per wall-clock second; null = unlimited. */
  per_second: number | null;
  /** Refuse this many requests from now, whatever the rate. */
  refuse_next: number;
  /** The Stripe-Should-Retry header sent with each 429. */
  should_retry: boolean;
}

export class RateLimiter {
  settings: RateLimitSettings = { per_second: null, refuse_next: 0, should_retry: true };
  refused = 0;
  private second = 0;
  private count = 0;

  configure(patch: Partial<RateLimitSettings>): RateLimitSettings & { refused: number } {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) Object.assign(this.settings, { [k]: v });
    return { ...this.settings, refused: this.refused };
  }

  /** True when this request may go through. */
  take(nowMs = Date.now()): boolean {
    if (this.settings.refuse_next > 0) {
      this.settings.refuse_next -= 1;
      this.refused += 1;
      return false;
    }
    if (this.settings.per_second === null) return true;
    const second = Math.floor(nowMs / 1000);
    if (second !== this.second) {
      this.second = second;
      this.count = 0;
    }
    this.count += 1;
    if (this.count <= this.settings.per_second) return true;
    this.refused += 1;
    return false;
  }
}
