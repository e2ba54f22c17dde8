// Which reader states a test may target, from the appeal's first-party cookies alone (no account, no query).
import { parseEpochMs, parseGave } from './appeal-cookies';
import type { ReaderState } from '@/lib/campaigns/campaign-test';

export type ReaderStateCookies = { gave?: string; deferredAt?: string; deferredUntil?: string; newsletter?: string };

export function readReaderStates(cookies: ReaderStateCookies, now: Date): ReaderState[] {
  const gave = parseGave(cookies.gave);
  // A recurring supporter is not appealed to, so no test targets them.
  if (gave?.kind === 'recurring') return [];
  const deferredAt = parseEpochMs(cookies.deferredAt);
  const deferredUntil = parseEpochMs(cookies.deferredUntil);
  const states: ReaderState[] = [];
  if (gave?.kind === 'once') states.push('past-giver');
  if (deferredAt && !(deferredUntil && deferredUntil > now)) states.push('returning');
  if (cookies.newsletter === '1') states.push('newsletter');
  return states.length > 0 ? states : ['new'];
}
