// POST /newsletter/subscribe: the newsletter form (email); double opt-in by email.
import { routeLocale, type RouteParams } from '@/lib/http/route-handler';
import { handleNewsletterSignup } from '@/lib/newsletter/handle-newsletter-signup';

export const dynamic = 'force-dynamic';

export async function POST(request: Request, context?: RouteParams): Promise<Response> {
  return handleNewsletterSignup(request, { locale: await routeLocale(request, context) });
}
