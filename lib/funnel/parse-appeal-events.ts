// The beacon's body: a small batch of appeal impressions and "Continue" presses, with no personal data: where the appeal
// was, and optionally the test and variant shown and where the reader came from (utm_source, the referring host).
import { z } from 'zod';

export const MAX_EVENTS_PER_BATCH = 20;
export const MAX_BEACON_BYTES = 4096;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const event = z.object({
  kind: z.enum(['impression', 'continue']),
  placement: z.string().regex(/^[a-z0-9-]{1,40}$/),
  article: z.string().regex(/^[a-z0-9-]{1,120}$/).nullish(),
  test: optional(z.number().int().positive().max(2_147_483_647)),
  variant: optional(z.string().regex(/^[a-z0-9-]{1,20}$/)),
  // Anything odd in these is dropped rather than refused: they come from links other sites wrote.
  utm: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{1,40}$/)),
  ref: optional(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]{1,100}$/)),
});

const batch = z.object({ events: z.array(event).min(1).max(MAX_EVENTS_PER_BATCH) });

export type AppealEventCount = { placement: string; article: string; kind: 'impression' | 'continue'; count: number };
export type AttributionCount = { testId: number; variant: string; kind: 'impression' | 'continue'; utmSource: string; referrerHost: string; count: number };
export type ParsedEvents = { ok: true; counts: AppealEventCount[]; attribution: AttributionCount[] } | { ok: false; message: string };

function fold<T extends { count: number }>(map: Map<string, T>, key: string, make: () => T): void {
  const existing = map.get(key);
  if (existing) existing.count += 1;
  else map.set(key, make());
}

/** Validates the batch and folds repeats together (one row per placement, article and kind, and per attribution). */
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
  const attribution = new Map<string, AttributionCount>();
  for (const e of parsed.data.events) {
    const article = e.article ?? '';
    fold(counts, `${e.kind}|${e.placement}|${article}`, () => ({ kind: e.kind, placement: e.placement, article, count: 1 }));
    const testId = e.test && e.variant ? e.test : 0;
    const variant = testId ? e.variant! : '';
    const utmSource = e.utm ?? '';
    const referrerHost = e.ref ?? '';
    if (!testId && !utmSource && !referrerHost) continue;
    fold(attribution, `${e.kind}|${testId}|${variant}|${utmSource}|${referrerHost}`, () => ({ kind: e.kind, testId, variant, utmSource, referrerHost, count: 1 }));
  }
  return { ok: true, counts: [...counts.values()], attribution: [...attribution.values()] };
}
