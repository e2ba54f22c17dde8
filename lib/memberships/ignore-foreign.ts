// Another product's object on a shared Stripe account: nothing is written, and one log line says why (ids only).
import { getLogger } from '@/lib/log/logger';

export function ignoreForeign(kind: string, id: string, reason: string): string {
  const outcome = `ignored ${kind} ${id}: ${reason}`;
  getLogger().info({ stripeObject: id, reason }, `ignored ${kind}: not the app's`);
  return outcome;
}
