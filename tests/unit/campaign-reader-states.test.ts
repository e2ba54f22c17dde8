// The reader states a test targets, from the appeal's cookies: new, returning after "Remind me later", past giver, newsletter.
import { describe, expect, it } from 'vitest';
import { readReaderStates } from '@/lib/appeal/reader-states';

const now = new Date('2027-03-10T12:00:00Z');
const day = 86_400_000;
const ms = (offsetDays: number) => String(now.getTime() + offsetDays * day);

describe('reader states for test targeting', () => {
  it('calls a browser with no history new', () => {
    expect(readReaderStates({}, now)).toEqual(['new']);
    expect(readReaderStates({ gave: 'nonsense', deferredAt: 'x', newsletter: 'yes' }, now)).toEqual(['new']);
  });

  it('calls a reader returning once their "Remind me later" has run out, not while it lasts', () => {
    expect(readReaderStates({ deferredAt: ms(-40), deferredUntil: ms(-10) }, now)).toEqual(['returning']);
    expect(readReaderStates({ deferredAt: ms(-40) }, now)).toEqual(['returning']);
    expect(readReaderStates({ deferredAt: ms(-1), deferredUntil: ms(29) }, now)).toEqual(['new']);
  });

  it('knows past one-off givers and newsletter subscribers, together with the rest', () => {
    expect(readReaderStates({ gave: `once:${ms(-100)}` }, now)).toEqual(['past-giver']);
    expect(readReaderStates({ newsletter: '1' }, now)).toEqual(['newsletter']);
    expect(readReaderStates({ gave: `once:${ms(-100)}`, deferredAt: ms(-40), newsletter: '1' }, now)).toEqual(['past-giver', 'returning', 'newsletter']);
  });

  it('targets no state for a recurring supporter, who is not appealed to', () => {
    expect(readReaderStates({ gave: `recurring:${ms(-5)}`, newsletter: '1' }, now)).toEqual([]);
  });
});
