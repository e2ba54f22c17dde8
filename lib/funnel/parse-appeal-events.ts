// The beacon's body: a small batch of appeal impressions and "Continue" presses, with no personal data.
import { z } from 'zod';

export const MAX_EVENTS_PER_BATCH = 20;
export const MAX_BEACON_BYTES = 4096;

const event = z.object({
  kind: z.enum(['impression', 'continue']),
  placement: z.string().regex(/^[a-z0-9-]{1,40}$/),
  article: z.string().regex(/^[a-z0-9-]{1,120}$/).nullish(),
});

const batch = z.object({ events: z.array(event).min(1).max(MAX_EVENTS_PER_BATCH) });

export type AppealEventCount = { placement: string; article: string; kind: 'impression' | 'continue'; count: number };
export type ParsedEvents = { ok: true; counts: AppealEventCount[] } | { ok: false; message: string };

/** Validates the batch and folds repeats together (one row per placement, article and kind). */
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
  for (const e of parsed.data.events) {
    const article = e.article ?? '';
    const key = `${e.kind}|${e.placement}|${article}`;
    const existing = counts.get(key);
    if (existing) existing.count += 1;
    else counts.set(key, { kind: e.kind, placement: e.placement, article, count: 1 });
  }
  return { ok: true, counts: [...counts.values()] };
}
