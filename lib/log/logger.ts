// Structured logs, one JSON line each; secrets and card data are redacted by path.
import pino from 'pino';

const redact = [
  'password', '*.password', 'secret', '*.secret', 'authorization', '*.authorization',
  'headers.authorization', 'headers.cookie', '*.headers.cookie', 'headers["stripe-signature"]',
  'card', '*.card', 'email', '*.email', 'token', '*.token',
];

const key = Symbol.for('reader-revenue.logger');
type WithLogger = typeof globalThis & { [key]?: pino.Logger };

export function getLogger(): pino.Logger {
  const holder = globalThis as WithLogger;
  holder[key] ??= pino({ level: process.env.LOG_LEVEL || 'info', redact, base: undefined });
  return holder[key];
}
