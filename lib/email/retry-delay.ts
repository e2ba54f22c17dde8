// Exponential back-off for failed sends: 1 min, 2, 4, ... capped at 6 hours; after MAX_ATTEMPTS the message stays as failed.
export const MAX_SEND_ATTEMPTS = 12;
const BASE_MS = 60_000;
const CAP_MS = 6 * 60 * 60_000;

/** Delay before the next try, given how many attempts have already been made (1 after the first failure). */
export function retryDelayMs(attempts: number): number {
  return Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempts - 1));
}
