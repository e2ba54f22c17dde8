// The node:http server: /v1 API, /_emulator controls, hosted pages; owns state, persistence and the billing tick.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { operations } from './api';
import { pruneEvents } from './api/events';
import { runBilling } from './billing/engine';
import { handleControl } from './control/routes';
import { handleApi, sendApi, type ApiServices } from './core/api-handler';
import { createContext, type Context } from './core/context';
import { Persistence } from './core/persistence';
import { RateLimiter } from './core/rate-limit';
import { Router } from './core/router';
import { emptyState, type State } from './core/store';
import { handleHosted } from './hosted/routes';
import { page } from './hosted/html';

export interface ServerOptions {
  dataFile: string | null;
  retryScheduleMs: number[];
  publicUrl: () => string;
  /** How often to run billing for the global clock (expiring sessions, renewals in real time). */
  tickMs?: number;
}

export interface EmulatorServer {
  server: Server;
  ctx: Context;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendHtml(res: ServerResponse, status: number, body: string, location?: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...(location ? { location } : {}) });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, json: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(json, null, 2));
}

const INDEX = page('Stripe emulator', '<h1>Stripe emulator</h1><p>The API is under <code>/v1</code>; test controls under <code>/_emulator</code>.</p>');

/** Keeps idempotency results bounded: Stripe keeps them 24 hours; the emulator also caps their number. */
function pruneIdempotency(state: State, now: number): void {
  const entries = Object.entries(state.internal.idempotency);
  if (entries.length < 5000) return;
  const keep = entries.filter(([, v]) => v.created > now - 86_400).slice(-2500);
  state.internal.idempotency = Object.fromEntries(keep);
}

export function createEmulatorServer(options: ServerOptions): EmulatorServer {
  let state: State = emptyState();
  const persistence = new Persistence(options.dataFile, () => state);
  state = persistence.load() ?? state;
  const ctx = createContext({
    getState: () => state, publicUrl: options.publicUrl, retryScheduleMs: options.retryScheduleMs,
    touch: () => persistence.schedule(),
  });
  const api: ApiServices = { router: new Router(operations), limiter: new RateLimiter(), stats: { total: 0, by_operation: {} } };
  const hooks = {
    reset({ keepWebhookEndpoints }: { keepWebhookEndpoints: boolean }) {
      const fresh = emptyState();
      if (keepWebhookEndpoints) {
        fresh.objects.webhook_endpoints = state.objects.webhook_endpoints;
        fresh.internal.webhook_secrets = state.internal.webhook_secrets;
      }
      state = fresh;
      ctx.deliveries.setMode({ shuffle: false, duplicate: false, paused: false, outage_until: null });
      api.limiter.configure({ per_second: null, refuse_next: 0, should_retry: true });
      persistence.schedule();
    },
    api,
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const body = method === 'POST' || method === 'DELETE' ? await readBody(req) : '';
    if (url.pathname.startsWith('/v1/')) {
      sendApi(res, handleApi(ctx, api, req, body));
      pruneIdempotency(state, ctx.now());
      return;
    }
    if (url.pathname.startsWith('/_emulator/')) {
      const out = await handleControl(ctx, hooks, method, url, body, req.headers['content-type']);
      sendJson(res, out.status, out.json);
      return;
    }
    if (url.pathname === '/' && method === 'GET') return sendHtml(res, 200, INDEX);
    const hosted = handleHosted(ctx, method, url, body);
    if (hosted) return sendHtml(res, hosted.status, hosted.body, hosted.location);
    sendHtml(res, 404, page('Not found', '<h1>Not found</h1>'));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      console.error('stripe-emulator: request failed', err);
      if (!res.headersSent) sendJson(res, 500, { error: { type: 'api_error', message: 'Internal emulator error.' } });
      else res.end();
    });
  });
  server.keepAliveTimeout = 5_000;

  const tick = setInterval(() => {
    try {
      runBilling(ctx, null);
      pruneEvents(ctx);
    } catch (err) {
      console.error('stripe-emulator: billing tick failed', err);
    }
  }, options.tickMs ?? 2_000);
  tick.unref();
  ctx.deliveries.resume();

  return {
    server,
    ctx,
    async close() {
      clearInterval(tick);
      await ctx.deliveries.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      persistence.flush();
    },
  };
}
