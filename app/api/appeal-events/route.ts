// POST /api/appeal-events: the appeal's beacon (impressions and "Continue" presses, batched, no personal data); 204.
import { getConfig } from '@/lib/config';
import { fail } from '@/lib/http/failure-response';
import { routeHandler } from '@/lib/http/route-handler';
import { appealEventsRateLimit, MAX_BEACON_BYTES, parseAppealEvents } from '@/lib/funnel/parse-appeal-events';
import { recordAppealEvents } from '@/lib/funnel/record-appeal-events';

const noStore = { 'cache-control': 'no-store' };

export const POST = routeHandler({
  access: 'public',
  maxBytes: MAX_BEACON_BYTES,
  textBody: true,
  input: ({ text }) => {
    const parsed = parseAppealEvents(text);
    return parsed.ok ? { ok: true, value: parsed } : fail(400, 'field_invalid', { field: 'events', message: parsed.message });
  },
  rateLimit: {
    limits: ({ clientIp }) => [{ key: `appeal-events:ip:${clientIp}`, ...appealEventsRateLimit() }],
    code: 'appeal_events_rate_limited',
  },
  handle: async ({ input, now }) => {
    await recordAppealEvents({ counts: input.counts, attribution: input.attribution, now, timeZone: getConfig().REPORT_TIMEZONE });
    return new Response(null, { status: 204, headers: noStore });
  },
});
