// GET /appeal.js?v=HASH: the appeal's script for this site's pages; kept for good under its content hash.
import { browserScriptResponse } from '@/lib/appeal/browser-script-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return browserScriptResponse('appeal', request);
}
