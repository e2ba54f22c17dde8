// The HTTP server in front of Next: the client's address stamped, other host names sent to APP_URL, security headers
// on everything, and every page's Content-Security-Policy with its inline scripts' hashes. Pages Next marks cacheable
// (the front page, articles) are kept, compressed, and served again without entering Next (lib/http/page-cache.ts).
import http from 'node:http';
import zlib from 'node:zlib';
import type { Config } from '../../lib/config';
import { canonicalRedirect } from '../../lib/http/canonical-host';
import { stampClientIp } from '../../lib/http/client-ip';
import { etagOf, PageCache, processPageCache, sharedMaxAge, type CachedPage } from '../../lib/http/page-cache';
import { baseSecurityHeaders, inlineScriptHashes, pageSecurityPolicy, type SecuritySettings } from '../../lib/http/security-headers';
import { signedInHintCookies } from '../../lib/auth/signed-in-hint';
import { isReaderPath, routeReaderRequest } from '../../lib/i18n/route-reader-request';
import { LOCALE_COOKIE } from '../../lib/i18n/locales';

type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
type Log = { info: (fields: object, message: string) => void };

/** How long the server keeps a page at most; Next revalidates behind it, and a publish empties it at once. */
const PAGE_CACHE_MS = 10_000;
/** What shared caches (a CDN, deploy/nginx) are told, whatever Next's own revalidation time. */
const STALE_SECONDS = 600;
const MAX_SHARED_SECONDS = 300;

export function createAppServer(options: { handle: Handle; config: Config; security: SecuritySettings; log: Log }): http.Server {
  const { config, security, log } = options;
  const cache = processPageCache(() => new PageCache({ ttlMs: PAGE_CACHE_MS }))!;
  const baseHeaders = baseSecurityHeaders(security);
  const assetGzips = new Map<string, Buffer>();
  return http.createServer((req, res) => {
    const started = performance.now();
    // Rate limits and the local mailbox key on this; a client's own x-client-ip is overwritten.
    stampClientIp(req.headers, { socketAddress: req.socket.remoteAddress, trustProxy: config.TRUST_PROXY });
    res.on('finish', () => {
      // The path only: query strings can carry tokens and session ids.
      const route = (req.url ?? '/').split('?')[0];
      log.info({ method: req.method, path: route, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
    const elsewhere = canonicalRedirect({
      appUrl: config.APP_URL,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      host: req.headers.host,
      forwardedHost: headerText(req.headers['x-forwarded-host']),
      trustProxy: config.TRUST_PROXY,
    });
    if (elsewhere) {
      res.writeHead(308, { location: elsewhere, 'cache-control': 'no-store' }).end();
      return;
    }
    const cacheKey = pageCacheKey(req);
    const hit = cacheKey ? cache.get(cacheKey) : null;
    if (hit) {
      send(req, res, pageResponse(req, hit, 'HIT', acceptsGzipOf(req)));
      return;
    }
    routeFormPost(req);
    // A staff preview (?preview=draft) is shown in the appeal editor's own frames; nothing else may be framed.
    const framing = /[?&]preview=/.test(req.url ?? '') ? 'self' : 'none';
    if (framing === 'self') res.setHeader('x-frame-options', 'SAMEORIGIN');
    const acceptsGzip = acceptsGzipOf(req);
    // Next compresses nothing (next.config compress: false): pages and its files come back whole and are compressed here.
    delete req.headers['accept-encoding'];
    interceptHtml(res, { compressAssets: acceptsGzip, gzipOnce: (body) => compressAsset(assetGzips, req.url ?? '', body) }, (page) => {
      const hashes = inlineScriptHashes(page.body.toString('utf8'));
      const headers: Record<string, string> = { ...page.headers, 'content-security-policy': pageSecurityPolicy(security, hashes, framing) };
      const shared = cacheKey && page.status === 200 ? sharedMaxAge(headers['cache-control']) : null;
      // A CDN keeps a page no longer than Next itself would before redoing it.
      const maxAge = shared ? Math.min(shared, MAX_SHARED_SECONDS) : null;
      if (cacheKey && maxAge) {
        headers['cache-control'] = `public, max-age=0, s-maxage=${maxAge}, stale-while-revalidate=${STALE_SECONDS}`;
        return pageResponse(req, cache.set(cacheKey, { status: page.status, headers, body: page.body }, maxAge * 1000), 'MISS', acceptsGzip);
      }
      const gzip = acceptsGzip && page.body.length > 1024 ? zlib.gzipSync(page.body, { level: 6 }) : null;
      if (page.status === 200) headers.etag = etagOf(page.body);
      return { status: page.status, headers: { ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) }, body: gzip ?? page.body };
    });
    void options.handle(req, res);
  });
}

export const ROUTED_HEADER = 'x-rr-routed';

/** A form post to a reader path goes straight to its language's route: Next's proxy would buffer its whole body (so
 * it never reaches the route's streaming limit), so the proxy is skipped for requests marked here. */
function routeFormPost(req: http.IncomingMessage): void {
  delete req.headers[ROUTED_HEADER];
  if (req.method === 'GET' || req.method === 'HEAD') return;
  const url = new URL(req.url ?? '/', 'http://x');
  if (!isReaderPath(url.pathname)) return;
  const route = routeReaderRequest({ method: req.method ?? 'POST', pathname: url.pathname, search: url.search, localeCookie: undefined, acceptLanguage: null });
  if (route.kind !== 'rewrite') return;
  req.url = `${route.pathname}${url.search}`;
  req.headers[ROUTED_HEADER] = '1';
}

/** The key a reader page is cached under, or null when this request must reach Next (and its proxy) itself. */
function pageCacheKey(req: http.IncomingMessage): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = new URL(req.url ?? '/', 'http://x');
  if (!isReaderPath(url.pathname) || url.searchParams.has('_rsc') || req.headers.rsc || req.headers['next-router-prefetch']) return null;
  // The masthead's signed-in hint needs setting or clearing: Next's proxy does that.
  if (signedInHintCookies(headerText(req.headers.cookie) ?? null).length > 0) return null;
  const route = routeReaderRequest({
    method: req.method,
    pathname: url.pathname,
    search: url.search,
    localeCookie: readCookie(headerText(req.headers.cookie), LOCALE_COOKIE),
    acceptLanguage: headerText(req.headers['accept-language']) ?? null,
  });
  // Redirects (another language) and the per-request page after a plain form are Next's to answer.
  if (route.kind !== 'rewrite' || route.pathname.endsWith('/state')) return null;
  return route.pathname;
}

/** A kept page as this request gets it: compressed if it may be, or a 304 for the copy it already has. */
function pageResponse(req: http.IncomingMessage, page: CachedPage, state: 'HIT' | 'MISS', gzip: boolean): Finished {
  const fresh = req.headers['if-none-match'] === page.etag;
  const headers: Record<string, string> = { ...page.headers, etag: page.etag, vary: 'Accept-Encoding', 'x-cache': state, age: String(Math.floor((Date.now() - page.storedAt) / 1000)) };
  if (gzip && !fresh) headers['content-encoding'] = 'gzip';
  return { status: fresh ? 304 : page.status, headers, body: fresh ? Buffer.alloc(0) : gzip ? page.gzip : page.body };
}

function send(req: http.IncomingMessage, res: http.ServerResponse, answer: Finished): void {
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.statusCode = answer.status;
  res.setHeader('content-length', String(answer.body.length));
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

type CapturedPage = { status: number; headers: Record<string, string>; body: Buffer };
type Finished = { status: number; headers: Record<string, string>; body: Buffer };

/** Scripts, styles, JSON and SVG that are worth compressing; CSV exports stream and pass through. */
const COMPRESSIBLE = /^(application\/(javascript|json)|text\/(javascript|css)|image\/svg\+xml)/i;
/** Files whose address names their content (Next's build files, scripts under ?v=hash): compressed once, kept. */
const IMMUTABLE = /^\/_next\/static\/|^\/(appeal|embed)\.js\?v=[0-9a-f]+$/;
const MAX_KEPT_ASSETS = 500;

function compressAsset(kept: Map<string, Buffer>, url: string, body: Buffer): Buffer {
  const known = kept.get(url);
  if (known) return known;
  const gzip = zlib.gzipSync(body, { level: 9 });
  if (IMMUTABLE.test(url) && kept.size < MAX_KEPT_ASSETS) kept.set(url, gzip);
  return gzip;
}

/** Lets Next write as usual, but holds back an HTML response until it is whole, to finish it with `finish`, and a
 * compressible file to compress it; any other response (CSV exports, files the client cannot unzip) passes through. */
function interceptHtml(res: http.ServerResponse, assets: { compressAssets: boolean; gzipOnce: (body: Buffer) => Buffer }, finishHtml: (page: CapturedPage) => Finished): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  const chunks: Buffer[] = [];
  let mode: 'undecided' | 'buffer' | 'asset' | 'pass' = 'undecided';
  const restore = () => Object.assign(res, original);
  const decide = () => {
    if (mode !== 'undecided') return mode;
    const type = String(res.getHeader('content-type') ?? '');
    const asset = assets.compressAssets && COMPRESSIBLE.test(type) && res.statusCode === 200 && !res.getHeader('content-encoding');
    mode = /^text\/html/i.test(type) ? 'buffer' : asset ? 'asset' : 'pass';
    if (mode === 'pass') restore();
    return mode;
  };
  const finish = (page: CapturedPage): Finished => {
    if (mode === 'buffer') return finishHtml(page);
    if (page.body.length < 1024) return page;
    return { ...page, headers: { ...page.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' }, body: assets.gzipOnce(page.body) };
  };
  res.writeHead = function writeHead(this: http.ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((r) => r && typeof r === 'object') as http.OutgoingHttpHeaders | undefined;
    res.statusCode = status;
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    if (decide() === 'pass') return original.writeHead.call(res, status);
    return res;
  } as typeof res.writeHead;
  res.flushHeaders = function flushHeaders() {
    if (decide() === 'pass') original.flushHeaders.call(res);
  };
  res.write = function write(chunk: unknown, ...rest: unknown[]) {
    if (decide() === 'pass') return (original.write as (...a: unknown[]) => boolean).call(res, chunk, ...rest);
    if (chunk !== undefined && chunk !== null) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string | Uint8Array));
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as typeof res.write;
  res.end = function end(chunk?: unknown, ...rest: unknown[]) {
    if (decide() === 'pass') return (original.end as (...a: unknown[]) => http.ServerResponse).call(res, chunk, ...rest);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string | Uint8Array));
    restore();
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
    // Set-Cookie stays as Next set it (several values); everything else is ours to finish.
    delete headers['set-cookie'];
    delete headers['content-length'];
    const done = finish({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    for (const [name, value] of Object.entries(done.headers)) res.setHeader(name, value);
    res.statusCode = done.status;
    res.setHeader('content-length', String(done.body.length));
    return (original.end as (body?: Buffer) => http.ServerResponse).call(res, res.req?.method === 'HEAD' ? undefined : done.body);
  } as typeof res.end;
}

/** Read before the header is taken away from what Next sees. */
function acceptsGzipOf(req: http.IncomingMessage): boolean {
  return /\bgzip\b/.test(headerText(req.headers['accept-encoding']) ?? '');
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}
