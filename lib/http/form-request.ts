// Shared handling for the site's plain HTML forms: bounded bodies, and answers in JSON or as a redirect back.
export const MAX_FORM_BYTES = 8 * 1024;

export type FormReadResult =
  | { ok: true; fields: Record<string, string> }
  | { ok: false; status: 400 | 413 | 415; message: string };

/** Reads an urlencoded or multipart form, refusing bodies over maxBytes before parsing them. */
export async function readForm(request: Request, maxBytes = MAX_FORM_BYTES): Promise<FormReadResult> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return { ok: false, status: 413, message: 'The form was too large to accept.' };
  const type = request.headers.get('content-type') ?? '';
  const body = await request.arrayBuffer().catch(() => null);
  if (!body) return { ok: false, status: 400, message: 'The form could not be read.' };
  if (body.byteLength > maxBytes) return { ok: false, status: 413, message: 'The form was too large to accept.' };
  const text = new TextDecoder().decode(body);
  if (type.includes('application/x-www-form-urlencoded') || type === '') {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(text)) };
  }
  if (type.includes('application/json')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      return { ok: true, fields: Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)])) };
    } catch {
      return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
    }
  }
  if (type.includes('multipart/form-data')) {
    const form = await new Response(body, { headers: { 'content-type': type } }).formData().catch(() => null);
    if (!form) return { ok: false, status: 400, message: 'The form could not be read.' };
    return { ok: true, fields: Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : ''])) };
  }
  return { ok: false, status: 415, message: 'Send the form as application/x-www-form-urlencoded.' };
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

export type FormErrorOptions = {
  field?: string;
  message: string;
  status?: number;
  /** Where a browser without JavaScript is sent back to, with the message in the query string. */
  backTo: string;
  /** Extra query parameters that keep what the reader chose. */
  keep?: Record<string, string>;
  retryAfterSeconds?: number;
};

/** 400/413/429 as JSON for scripts, or a 303 back to the form with the message for plain browsers. */
export function formError(request: Request, options: FormErrorOptions): Response {
  const status = options.status ?? 400;
  const headers: Record<string, string> = {};
  if (options.retryAfterSeconds) headers['Retry-After'] = String(options.retryAfterSeconds);
  if (wantsJson(request)) {
    return Response.json({ error: { field: options.field ?? null, message: options.message } }, { status, headers });
  }
  const url = new URL(options.backTo, 'http://placeholder');
  for (const [k, v] of Object.entries(options.keep ?? {})) url.searchParams.set(k, v);
  url.searchParams.set('error', options.message);
  if (options.field) url.searchParams.set('field', options.field);
  const location = `${url.pathname}${url.search}${url.hash}`;
  // A 429 keeps its status so that Retry-After means something; browsers still show the page it links to.
  if (status === 429) {
    return new Response(`Too many requests. Try again in ${options.retryAfterSeconds ?? 60} seconds.`, {
      status,
      headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(null, { status: 303, headers: { ...headers, location } });
}
