// Structured logs, one JSON line each; secrets and card data are redacted by path.
import pino from 'pino';

const redact = [
  'password', '*.password', 'secret', '*.secret', 'authorization', '*.authorization',
  'headers.authorization', 'headers.cookie', '*.headers.cookie', 'headers["stripe-signature"]',
  'card', '*.card', 'email', '*.email', 'token', '*.token',
];

const key = Symbol.for('reader-revenue.logger');
type WithLogger = typeof globalThis & { [key]?: pino.Logger };

/** A logger with the app's redaction; `destination` lets a test read what would have been written. */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  return destination ? pino({ level: process.env.LOG_LEVEL || 'info', redact, base: undefined }, destination) : pino({ level: process.env.LOG_LEVEL || 'info', redact, base: undefined });
}

export function getLogger(): pino.Logger {
  const holder = globalThis as WithLogger;
  holder[key] ??= createLogger();
  return holder[key];
}

/** Replaces the process's logger (tests); undefined goes back to the default. */
export function setLogger(logger: pino.Logger | undefined): void {
  (globalThis as WithLogger)[key] = logger;
}
