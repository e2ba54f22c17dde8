// Shapes shared by the account actions: who is asking, and what an action answers (a notice's code, or a failure).
import { fail, type Failure } from '@/lib/http/failure-response';
import type { FormMessageCode, MessageParams } from '@/lib/http/form-messages';

export type AccountUser = { id: string; email: string; name?: string | null };

export type AccountActionResult =
  | {
    ok: true; notice: FormMessageCode; params?: MessageParams; redirectTo?: string;
    /** The account is gone: end the browser's session too. */ signOut?: boolean;
    /** The support the notice is about (a reader may have two running): its Stripe id. */ subscription?: string;
  }
  | Failure;

export const notFoundResult: Failure = fail(404, 'support_not_found');

export const stripeUnavailableResult: Failure = fail(502, 'stripe_unavailable');
