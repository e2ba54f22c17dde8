// The fields of a posted form (urlencoded, multipart or a JSON object), read with readBody's streaming limit.
import { readBody } from './read-body';

export const MAX_FORM_BYTES = 8 * 1024;

export type FormReadResult =
  | { ok: true; fields: Record<string, string>; text: string }
  | { ok: false; status: 400 | 413 | 415; code: 'form_unreadable' | 'form_too_large' | 'form_type_unsupported' | 'json_invalid' };

export async function readForm(request: Request, options: { maxBytes?: number; asText?: boolean } = {}): Promise<FormReadResult> {
  const body = await readBody(request, options.maxBytes ?? MAX_FORM_BYTES);
  if (!body.ok) return body.status === 413 ? { ok: false, status: 413, code: 'form_too_large' } : { ok: false, status: 400, code: 'form_unreadable' };
  const text = new TextDecoder().decode(body.bytes);
  // sendBeacon posts a string as text/plain, so a beacon's body is taken as text whatever its type.
  if (options.asText) return { ok: true, fields: {}, text };
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded') || type === '') {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)), text };
  }
  if (type.includes('application/json')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      return { ok: true, fields: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])), text };
    } catch {
      return { ok: false, status: 400, code: 'json_invalid' };
    }
  }
  if (type.includes('multipart/form-data')) {
    const form = await new Response(body.bytes, { headers: { 'content-type': type } }).formData().catch(() => null);
    if (!form) return { ok: false, status: 400, code: 'form_unreadable' };
    return { ok: true, fields: Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : ''])), text };
  }
  return { ok: false, status: 415, code: 'form_type_unsupported' };
}
