// A per-client limit an operator may change in the environment: "20" or "20/600" (a count, or a count per seconds).
export type RateLimitSetting = { limit: number; windowSeconds: number };

export function readRateLimitSetting(value: string | undefined, fallback: RateLimitSetting): RateLimitSetting {
  const match = /^\s*(\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(value ?? '');
  if (!match) return fallback;
  return { limit: Math.max(1, Number(match[1])), windowSeconds: Math.max(1, Number(match[2] ?? fallback.windowSeconds)) };
}
