// `npm run stripe:emulator`: the emulator alone, on 127.0.0.1:${STRIPE_EMULATOR_PORT:-12111}, state in data/.
import path from 'node:path';
import { startStripeEmulator } from './index';

async function main(): Promise<void> {
  const port = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
  const dataFile = process.env.STRIPE_EMULATOR_DATA_FILE ?? path.join(process.cwd(), 'data', 'stripe-emulator.json');
  const emulator = await startStripeEmulator({ port, dataFile, publicUrl: process.env.STRIPE_EMULATOR_PUBLIC_URL });
  console.log(`Stripe emulator ready on ${emulator.url} (state: ${dataFile})`);
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error('stripe-emulator: failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
