// POST /api/appeal-events: the appeal's beacon (impressions and "Continue" presses, batched, no personal data); 204.
import { getConfig } from '@/lib/config';
import { MAX_BEACON_BYTES, parseAppealEvents } from '@/lib/funnel/parse-appeal-events';
import { recordAppealEvents } from '@/lib/funnel/record-appeal-events';

const noStore = { 'cache-control': 'no-store' };

export async function POST(request: Request): Promise<Response> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BEACON_BYTES) {
    return Response.json({ error: { message: `Send at most ${MAX_BEACON_BYTES} bytes.` } }, { status: 413, headers: noStore });
  }
  // sendBeacon posts a string as text/plain, so the body is read as text whatever its type.
  const text = await request.text().catch(() => '');
  if (text.length > MAX_BEACON_BYTES) return Response.json({ error: { message: `Send at most ${MAX_BEACON_BYTES} bytes.` } }, { status: 413, headers: noStore });
  const parsed = parseAppealEvents(text);
  if (!parsed.ok) return Response.json({ error: { message: parsed.message } }, { status: 400, headers: noStore });
  await recordAppealEvents({ counts: parsed.counts, attribution: parsed.attribution, now: new Date(), timeZone: getConfig().REPORT_TIMEZONE });
  return new Response(null, { status: 204, headers: noStore });
}
