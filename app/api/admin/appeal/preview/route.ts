// GET /api/admin/appeal/preview?version=draft|12: the config a staff preview shows, for the page's script; never cached.
import { requireStaffApi } from '@/lib/auth/require-role';
import { loadPreviewConfig, parsePreviewRequest } from '@/lib/campaigns/preview-appeal';

const noStore = { 'cache-control': 'private, no-store' };

export async function GET(request: Request): Promise<Response> {
  const auth = await requireStaffApi(request);
  if (!auth.ok) return auth.response;
  const preview = parsePreviewRequest(new URL(request.url).searchParams.get('version'));
  if (!preview) return Response.json({ error: { field: 'version', message: 'Ask for version=draft or a version number.' } }, { status: 400, headers: noStore });
  const config = await loadPreviewConfig(preview);
  if (!config) return Response.json({ error: { field: 'version', message: 'There is no such version.' } }, { status: 404, headers: noStore });
  return Response.json({ preview, config }, { headers: noStore });
}
