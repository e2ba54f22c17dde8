// GET /api/account/export: everything we hold about the signed-in reader, as a JSON download.
import { exportAccountData } from '@/lib/account/export-account-data';
import { routeHandler } from '@/lib/http/route-handler';

export const dynamic = 'force-dynamic';

export const GET = routeHandler({
  access: 'reader',
  handle: async ({ user, now }) => {
    const data = await exportAccountData({ user, now });
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
        'cache-control': 'no-store',
      },
    });
  },
});
