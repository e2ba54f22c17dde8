// One pooled nodemailer transport per SMTP URL, reused across sends.
import nodemailer, { type Transporter } from 'nodemailer';

const key = Symbol.for('reader-revenue.smtp-transports');
type WithTransports = typeof globalThis & { [key]?: Map<string, Transporter> };

// Short timeouts: a dead server should fail the attempt (and schedule a retry), not hang a request.
const defaults: Record<string, string> = { pool: 'true', maxConnections: '3', connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '20000' };

export function getSmtpTransport(smtpUrl: string): Transporter {
  const holder = globalThis as WithTransports;
  const transports = (holder[key] ??= new Map());
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // nodemailer reads options from the URL's query string; the operator's own values win.
    const url = new URL(smtpUrl);
    for (const [name, value] of Object.entries(defaults)) if (!url.searchParams.has(name)) url.searchParams.set(name, value);
    transport = nodemailer.createTransport(url.toString());
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/** Closes pooled connections (shutdown, tests). */
export function closeSmtpTransports(): void {
  const transports = (globalThis as WithTransports)[key];
  transports?.forEach((transport) => transport.close());
  transports?.clear();
}
