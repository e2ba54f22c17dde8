// The running server refuses an endless chunked body with 413 as it streams: the answer comes while the client is
// still sending, long before the server could have buffered it, and the server keeps answering afterwards.
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';
import { ORIGIN } from './reader-steps';

const CHUNK = Buffer.alloc(64 * 1024, 'a');
const GIVE_UP_AFTER = 256 * 1024 * 1024;

/** Posts chunk after chunk (no Content-Length) until the server answers; returns its status and how much was sent. */
function endlessPost(path: string, headers: Record<string, string> = {}): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request({ host: 'localhost', port: E2E_PORT, path, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, accept: 'application/json', ...headers } });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      request.destroy();
      resolve({ status: response.statusCode ?? 0, sent });
    });
    request.on('error', (error) => (answered ? undefined : reject(error)));
    const write = () => {
      while (!answered && sent < GIVE_UP_AFTER) {
        sent += CHUNK.length;
        if (!request.write(CHUNK)) return void request.once('drain', write);
      }
      if (!answered) request.end();
    };
    write();
  });
}

test('a chunked body far over the limit is refused with 413 while it is still being sent', async ({ request }) => {
  for (const [path, headers] of [['/newsletter/subscribe', {}], ['/support/checkout', {}], ['/api/stripe/webhook', { 'stripe-signature': 't=1,v1=00' }]] as const) {
    const { status, sent } = await endlessPost(path, headers);
    expect(status, path).toBe(413);
    test.info().annotations.push({ type: 'sent before the 413', description: `${path}: ${(sent / 1048576).toFixed(1)} MiB` });
    expect(sent, path).toBeLessThan(32 * 1024 * 1024);
  }
  expect((await request.get('/api/health')).status()).toBe(200);
});
