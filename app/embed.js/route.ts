// GET /embed.js: the appeal for another site's pages (see the README's "Embed the appeal on your own site").
import { browserScriptResponse } from '@/lib/appeal/browser-script-response';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return browserScriptResponse('embed', request);
}
