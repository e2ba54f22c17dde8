// Handles one /v1 request: auth, params, idempotency, the operation, expand[], Stripe-shaped JSON or error.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { virtualFields } from '../api';
import type { Context } from './context';
import { API_VERSION } from './context';
import { authenticationError, idempotencyError, invalidRequest, StripeApiError } from './errors';
import { applyExpand } from './expand';
import { parseForm, type FormObject } from './form';
import { validateParams } from './params';
import type { RateLimiter } from './rate-limit';
import type { Router } from './router';

export interface ApiResponse {
  status: number;
  body: string;
  requestId: string;
  replayed?: boolean;
  headers?: Record<string, string>;
}

/** The API requests served, per operation, for tests and the bench that count a flow's calls. */
export interface RequestStats {
  total: number;
  by_operation: Record<string, number>;
}

function checkVersion(req: IncomingMessage): void {
  const version = req.headers['stripe-version'];
  if (version === undefined || version === API_VERSION) return;
  // Stripe serves older versions; the emulator renders only the SDK's, so it refuses rather than answer wrongly
  if (/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(String(version))) {
    throw invalidRequest(`Invalid Stripe API version: ${String(version)}. The emulator only speaks ${API_VERSION}.`, undefined, 'api_version_invalid');
  }
  throw invalidRequest(`Invalid Stripe API version: ${String(version)}`, undefined, 'api_version_invalid');
}

function rateLimited(requestId: string, shouldRetry: boolean): ApiResponse {
  const body = { error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.' } };
  return { status: 429, body: JSON.stringify(body, null, 2), requestId, headers: { 'stripe-should-retry': String(shouldRetry) } };
}

function checkAuth(req: IncomingMessage): void {
  const header = req.headers.authorization ?? '';
  let key = '';
  if (header.startsWith('Bearer ')) key = header.slice(7).trim();
  else if (header.startsWith('Basic ')) key = Buffer.from(header.slice(6), 'base64').toString().split(':')[0];
  if (!key) {
    throw authenticationError("You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
  }
  if (!key.startsWith('sk_test_')) {
    // Never echo a key back in full
    throw authenticationError(`Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, Math.min(key.length - 12, 20)))}${key.slice(-4)}`);
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fingerprint(method: string, pathname: string, input: FormObject): string {
  return createHash('sha256').update(`${method} ${pathname} ${canonical(input)}`).digest('hex');
}

function errorResponse(err: unknown, requestId: string): ApiResponse {
  if (err instanceof StripeApiError) return { status: err.status, body: JSON.stringify(err.toJSON(), null, 2), requestId };
  console.error('stripe-emulator: internal error', err);
  return { status: 500, body: JSON.stringify({ error: { type: 'api_error', message: 'An unknown error occurred in the Stripe emulator.' } }, null, 2), requestId };
}

export interface ApiServices {
  router: Router;
  limiter: RateLimiter;
  stats: RequestStats;
}

export function handleApi(ctx: Context, services: ApiServices, req: IncomingMessage, rawBody: string): ApiResponse {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const method = (req.method ?? 'GET').toUpperCase();
  const requestId = `req_${randomUUID().replace(/-/g, '').slice(0, 14)}`;
  const { router, limiter, stats } = services;
  stats.total += 1;
  if (!limiter.take()) return rateLimited(requestId, limiter.settings.should_retry);
  let input: FormObject;
  let route: ReturnType<Router['match']>;
  try {
    checkAuth(req);
    checkVersion(req);
    route = router.match(method, url.pathname);
    const name = `${method} ${route.op.path}`;
    stats.by_operation[name] = (stats.by_operation[name] ?? 0) + 1;
    const query = parseForm(url.search.slice(1));
    input = method === 'POST' ? { ...query, ...parseForm(rawBody) } : query;
  } catch (err) {
    return errorResponse(err, requestId);
  }
  const key = method === 'POST' ? (req.headers['idempotency-key'] as string | undefined) ?? null : null;
  const print = key ? fingerprint(method, url.pathname, input) : '';
  if (key) {
    const seen = ctx.state.internal.idempotency[key];
    if (seen && seen.fingerprint !== print) return errorResponse(idempotencyError(key), requestId);
    if (seen) return { status: seen.status, body: seen.body, requestId, replayed: true };
  }
  let params;
  try {
    params = validateParams(input, route.op.params, route.op.required);
  } catch (err) {
    // Stripe saves no idempotent result when validation fails
    return errorResponse(err, requestId);
  }
  let response: ApiResponse;
  ctx.request = { id: requestId, idempotency_key: key };
  try {
    const result = route.op.handle(ctx, { params, path: route.path, url: url.pathname, idempotencyKey: key });
    const expanded = applyExpand(ctx.state, result, params.expand as string[] | undefined, virtualFields);
    response = { status: 200, body: JSON.stringify(expanded, null, 2), requestId };
  } catch (err) {
    response = errorResponse(err, requestId);
  } finally {
    ctx.request = null;
  }
  if (key && response.status < 500) {
    ctx.state.internal.idempotency[key] = { fingerprint: print, status: response.status, body: response.body, created: ctx.now() };
  }
  if (method !== 'GET') ctx.touch();
  return response;
}

export function sendApi(res: ServerResponse, response: ApiResponse): void {
  res.writeHead(response.status, {
    'content-type': 'application/json',
    'request-id': response.requestId,
    'stripe-version': API_VERSION,
    ...(response.replayed ? { 'idempotent-replayed': 'true' } : {}),
    ...(response.headers ?? {}),
  });
  res.end(response.body);
}
