// GET /api/account/export: everything we hold about the signed-in reader, as a JSON download.
import { getCurrentUserFromRequest } from '@/lib/auth/get-current-user';
import { exportAccountData } from '@/lib/account/export-account-data';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const user = await getCurrentUserFromRequest(request);
  if (!user) return Response.json({ error: { field: null, message: 'Sign in to download your data.' } }, { status: 401, headers: { 'cache-control': 'no-store' } });
  const now = new Date();
  const data = await exportAccountData({ user, now });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      'cache-control': 'no-store',
    },
  });
}
