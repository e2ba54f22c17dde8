// Funnel counts for staff: "impression" and "continue", with placement, article, test and source only (no personal data).
export type EventAttribution = { test?: number; variant?: string; utm?: string; ref?: string };

export function sendAppealEvent(kind: 'impression' | 'continue', placement: string, article: string | null, attribution: EventAttribution = {}): void {
  try {
    const body = JSON.stringify({ events: [{ kind, placement, article: article ?? undefined, ...attribution }] });
    navigator.sendBeacon?.('/api/appeal-events', body);
  } catch {
    // Counting must never get in the way of giving.
  }
}
