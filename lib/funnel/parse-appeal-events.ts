// The beacon's body: a small batch of appeal impressions and "Continue" presses, with no personal data: where the appeal
// was, and optionally the test and variant shown and where the reader came from (utm_source, the referring host).
import { z } from 'zod';
import { readRateLimitSetting, type RateLimitSetting } from '@/lib/rate-limit/read-rate-limit-setting';
import { APPEAL_PLACEMENTS } from './appeal-placements';

// A page sends one event per beacon; a batch may hold both kinds for two placements at most.
export const MAX_EVENTS_PER_BATCH = 4;
export const MAX_BEACON_BYTES = 4096;
/** Batches one client may send (APPEAL_EVENTS_RATE_LIMIT, default 60 per 10 minutes): a page view sends one or two, so
 * a reader never meets it, and a flood moves each count by at most this many per window. */
export function appealEventsRateLimit(value = process.env.APPEAL_EVENTS_RATE_LIMIT): RateLimitSetting {
  return readRateLimitSetting(value, { limit: 60, windowSeconds: 600 });
}

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const event = z.object({
  kind: z.enum(['impression', 'continue']),
  placement: z.enum(APPEAL_PLACEMENTS),
  article: z.string().regex(/^[a-z0-9-]{1,120}$/).nullish(),
  test: optional(z.number().int().positive().max(2_147_483_647)),
  variant: optional(z.string().regex(/^[a-z0-9-]{1,20}$/)),
  // Anything odd in these is dropped rather than refused: they come from links other sites wrote.
  utm: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{1,40}$/)),
  ref: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]{1,100}$/)),
});

const batch = z.object({ events: z.array(event).min(1).max(MAX_EVENTS_PER_BATCH) });

export type AppealEventCount = { placement: string; article: string; kind: 'impression' | 'continue'; count: number };
/** `article` (the event's, '' for none) lets the recorder drop the attribution of an event whose article is made up. */
export type AttributionCount = { testId: number; variant: string; kind: 'impression' | 'continue'; utmSource: string; referrerHost: string; count: number; article?: string };
export type ParsedEvents = { ok: true; counts: AppealEventCount[]; attribution: AttributionCount[] } | { ok: false; message: string };

/** Validates the batch; a repeat within it counts once (one impression and one press per placement and article), so a
 * client's only lever on the counts is how many batches it may send. */
export function parseAppealEvents(text: string): ParsedEvents {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The body must be JSON: {"events":[{"kind","placement","article"}]}.' };
  }
  const parsed = batch.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Invalid events (${issue.path.join('.') || 'body'}): ${issue.message}` };
  }
  const counts = new Map<string, AppealEventCount>();
  const attribution: AttributionCount[] = [];
  for (const e of parsed.data.events) {
    const article = e.article ?? '';
    const key = `${e.kind}|${e.placement}|${article}`;
    if (counts.has(key)) continue;
    counts.set(key, { kind: e.kind, placement: e.placement, article, count: 1 });
    const testId = e.test && e.variant ? e.test : 0;
    const variant = testId ? e.variant! : '';
    const utmSource = e.utm ?? '';
    const referrerHost = e.ref ?? '';
    if (!testId && !utmSource && !referrerHost) continue;
    attribution.push({ kind: e.kind, testId, variant, utmSource, referrerHost, count: 1, article });
  }
  return { ok: true, counts: [...counts.values()], attribution };
}
