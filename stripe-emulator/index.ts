// Programmatic entry: start an emulator (tests use port 0 and no data file).
import type { AddressInfo } from 'node:net';
import type { Context } from './core/context';
import { createEmulatorServer } from './server';

export interface StripeEmulatorOptions {
  /** 0 picks a free port. Default 12111. */
  port?: number;
  host?: string;
  /** JSON file the state is saved to; null keeps it in memory only. Default null. */
  dataFile?: string | null;
  /** Delays between webhook tries, in ms; its length is the number of retries. */
  retryScheduleMs?: number[];
  /** Base URL printed in session.url etc., when the emulator sits behind another host name. */
  publicUrl?: string;
}

export interface StripeEmulator {
  /** http://host:port */
  url: string;
  host: string;
  port: number;
  /** Options for `new Stripe(key, ...)` to reach this emulator. */
  stripeConfig: { host: string; port: number; protocol: 'http' };
  /** Internal context (state, deliveries) for tests that need to look inside. */
  context: Context;
  close(): Promise<void>;
}

export const DEFAULT_RETRY_SCHEDULE_MS = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000];

export function retryScheduleFromEnv(value: string | undefined): number[] | undefined {
  if (!value?.trim()) return undefined;
  const parts = value.split(',').map((s) => Number(s.trim()));
  if (parts.some((n) => !Number.isFinite(n) || n < 0)) throw new Error(`STRIPE_EMULATOR_RETRY_SCHEDULE_MS must be comma-separated milliseconds, got "${value}"`);
  return parts;
}

export async function startStripeEmulator(options: StripeEmulatorOptions = {}): Promise<StripeEmulator> {
  const host = options.host ?? '127.0.0.1';
  let url = '';
  const emulator = createEmulatorServer({
    dataFile: options.dataFile ?? null,
    retryScheduleMs: options.retryScheduleMs ?? retryScheduleFromEnv(process.env.STRIPE_EMULATOR_RETRY_SCHEDULE_MS) ?? DEFAULT_RETRY_SCHEDULE_MS,
    publicUrl: () => options.publicUrl ?? url,
  });
  await new Promise<void>((resolve, reject) => {
    emulator.server.once('error', reject);
    emulator.server.listen(options.port ?? 12111, host, () => resolve());
  });
  const port = (emulator.server.address() as AddressInfo).port;
  url = `http://${host}:${port}`;
  return {
    url, host, port, stripeConfig: { host, port, protocol: 'http' }, context: emulator.ctx,
    close: () => emulator.close(),
  };
}
