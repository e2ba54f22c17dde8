// The server in front of Next compresses what Next sends whole (next.config compress: false): its build files, the
// appeal's script and pages, so a newsroom running `npm start` without nginx still sends a reader compressed bytes.
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '@/scripts/lib/serve-app';
import { parseConfig } from '@/lib/config';

const script = `console.log(${JSON.stringify('x'.repeat(20_000))});`;
let server: http.Server;
let base: string;
let nextCalls = 0;

beforeAll(async () => {
  const config = parseConfig({ APP_URL: 'http://127.0.0.1', NODE_ENV: 'test' });
  // Next's side, as it answers with compression off: whole bodies, and never gzip of its own.
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    nextCalls += 1;
    expect(req.headers['accept-encoding']).toBeUndefined();
    if (req.url?.startsWith('/_next/static/')) res.writeHead(200, { 'content-type': 'application/javascript; charset=UTF-8' }).end(script);
    else if (req.url?.startsWith('/ru/articles/')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 's-maxage=60, stale-while-revalidate=600' }).end(`<!doctype html><p>${'слово '.repeat(2000)}</p>`);
    else if (req.url === '/export.csv') res.writeHead(200, { 'content-type': 'text/csv' }).end('a,b\n'.repeat(1000));
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><p>${'word '.repeat(2000)}</p>`);
  };
  server = createAppServer({ handle, config, security: { appUrl: config.APP_URL, formTargets: [] }, log: { info: () => {} } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, gzip: boolean): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(`${base}${path}`, { headers: { host: '127.0.0.1', ...(gzip ? { 'accept-encoding': 'gzip, deflate, br' } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('compression in front of Next', () => {
  it('gzips Next\'s build files for clients that accept it, once per file, and sends them whole to others', async () => {
    const first = await get('/_next/static/chunks/app.js', true);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers.vary).toMatch(/Accept-Encoding/i);
    expect(zlib.gunzipSync(first.body).toString()).toBe(script);
    expect(first.body.length).toBeLessThan(script.length / 10);
    const plain = await get('/_next/static/chunks/app.js', false);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('gzips a cacheable page on its first request as on every later one', async () => {
    const first = await get('/ru/articles/compressed-first', true);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(first.body).toString()).toContain('слово');
    const again = await get('/ru/articles/compressed-first', true);
    expect([again.headers['x-cache'], again.headers['content-encoding']]).toEqual(['HIT', 'gzip']);
  });

  it('gzips pages, and lets streamed exports through untouched', async () => {
    const page = await get('/privacy', true);
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(page.body).toString()).toContain('word word');
    const csv = await get('/export.csv', true);
    expect(csv.headers['content-encoding']).toBeUndefined();
    expect(nextCalls).toBeGreaterThan(0);
  });
});
