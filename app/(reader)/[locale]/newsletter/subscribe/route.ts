// POST /newsletter/subscribe: the newsletter form (email); double opt-in by email.
import { handleNewsletterSignup } from '@/lib/newsletter/handle-newsletter-signup';

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handleNewsletterSignup(request);
}
