// A rate limit from the environment: "20" or "20/600" (a count per seconds), else the default.
export type RateLimitSetting = { limit: number; windowSeconds: number };

export function parseRateLimit(value: string | undefined, fallback: RateLimitSetting): RateLimitSetting {
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(value ?? '');
  if (!match) return fallback;
  return { limit: Math.max(1, Number(match[1])), windowSeconds: Math.max(1, Number(match[2] ?? fallback.windowSeconds)) };
}
