// Funnel counts for staff: "impression" and "continue", with placement and article only (no personal data).
export function sendAppealEvent(kind: 'impression' | 'continue', placement: string, article: string | null): void {
  try {
    const body = JSON.stringify({ events: [{ kind, placement, article: article ?? undefined }] });
    navigator.sendBeacon?.('/api/appeal-events', body);
  } catch {
    // Counting must never get in the way of giving.
  }
}
