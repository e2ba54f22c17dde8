// Stripe's webhook signature: t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>.
import { createHmac } from 'node:crypto';

export function signPayload(payload: string, secret: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}
