// One pooled nodemailer transport per SMTP URL, reused across sends.
import nodemailer, { type Transporter } from 'nodemailer';

const key = Symbol.for('reader-revenue.smtp-transports');
type WithTransports = typeof globalThis & { [key]?: Map<string, Transporter> };

export function getSmtpTransport(smtpUrl: string): Transporter {
  const holder = globalThis as WithTransports;
  const transports = (holder[key] ??= new Map());
  let transport = transports.get(smtpUrl);
  if (!transport) {
    // Short timeouts: a dead server should fail the attempt (and schedule a retry), not hang a request.
    transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    transports.set(smtpUrl, transport);
  }
  return transport;
}
