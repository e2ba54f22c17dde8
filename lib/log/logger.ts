// Structured logs, one JSON line each; secrets and card data are redacted by path.
import pino from 'pino';

const redact = [
  'password', '*.password', 'secret', '*.secret', 'authorization', '*.authorization',
  'headers.authorization', 'headers.cookie', '*.headers.cookie', 'headers["stripe-signature"]',
  'card', '*.card', 'email', '*.email', 'token', '*.token',
];

const key = Symbol.for('reader-revenue.logger');
type WithLogger = typeof globalThis & { [key]?: pino.Logger };

/** A logger with the app's redaction, writing to stdout, to LOG_FILE when set (appended), or to `destination` (tests). */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options = { level: process.env.LOG_LEVEL || 'info', redact, base: undefined };
  if (destination) return pino(options, destination);
  // Written as it happens, so a reader of the file (the browser tests' log check) sees every line.
  if (process.env.LOG_FILE) return pino(options, pino.destination({ dest: process.env.LOG_FILE, mkdir: true, sync: true }));
  return pino(options);
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
