// A refused campaign form: JSON keeps every field's message (the editors show them all); a plain browser gets a code.
import { fail, type Failure } from '@/lib/http/failure-response';
import type { FormMessageCode } from '@/lib/http/form-messages';

export type CampaignRefusal = { status: number; field: string; message: string; errors?: Record<string, string> };

export function campaignFailure(refusal: CampaignRefusal, json: boolean, invalidCode: FormMessageCode): Response | Failure {
  if (json) return Response.json({ error: { field: refusal.field, message: refusal.message }, errors: refusal.errors ?? {} }, { status: refusal.status, headers: { 'cache-control': 'no-store' } });
  const code = refusal.status === 409 ? 'appeal_conflict' : refusal.status === 404 ? 'appeal_missing' : invalidCode;
  return fail(refusal.status, code, { field: refusal.field });
}
