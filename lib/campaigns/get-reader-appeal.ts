// The appeal for this request: a signed-in staff member's preview (?preview=draft or ?preview=v12), or the published
// appeal with the variant of the running test this browser falls into, and where the reader came from.
import crypto from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { APPEAL_COOKIES } from '@/lib/appeal/appeal-cookies';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { hasRole } from '@/lib/auth/user-role';
import { detectCurrency } from '@/lib/support/detect-currency';
import type { AppealConfig } from './appeal-config';
import { HOLDBACK_KEY } from './campaign-test';
import { getPublishedAppeal } from './get-published-appeal';
import { loadPreviewConfig, parsePreviewRequest } from './preview-appeal';
import { readReaderStates } from './reader-states';
import { chooseReaderAppeal } from './variant-config';

type Query = Record<string, string | string[] | undefined>;
export type ReaderAppeal = {
  config: AppealConfig;
  /** Test id, variant, utm_source and referring host, for the beacon and the checkout form. */
  attribution: { test?: number; variant?: string; utm?: string; ref?: string };
  /** In a test's holdback: this reader is shown no appeal. */
  heldBack: boolean;
  /** Set when this browser has no id yet: the page stores it. */
  newBrowserId: string | null;
  previewLabel: string | null;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function getStaffPreview(query: Query): Promise<{ config: AppealConfig; label: string } | null> {
  const preview = parsePreviewRequest(first(query.preview));
  if (!preview) return null;
  const user = await getCurrentUser();
  if (!hasRole(user, 'staff')) return null;
  const config = await loadPreviewConfig(preview);
  return config ? { config, label: `Preview of ${preview === 'draft' ? 'the draft' : `version ${preview.slice(1)}`}: only staff see this.` } : null;
}

function referrerHost(referer: string | null, ownHost: string | null): string | undefined {
  try {
    const host = referer ? new URL(referer).hostname.toLowerCase() : '';
    return host && host !== ownHost && /^[a-z0-9.-]{1,100}$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

export async function getReaderAppeal(options: { placement: string; section: string | null; query: Query; now: Date }): Promise<ReaderAppeal> {
  const preview = await getStaffPreview(options.query);
  if (preview) return { config: preview.config, attribution: {}, heldBack: false, newBrowserId: null, previewLabel: preview.label };
  const [jar, head, published] = await Promise.all([cookies(), headers(), getPublishedAppeal()]);
  const stored = jar.get(APPEAL_COOKIES.browserId)?.value;
  const browserId = stored && /^[A-Za-z0-9-]{8,64}$/.test(stored) ? stored : crypto.randomUUID();
  const cookie = (name: string) => jar.get(name)?.value;
  const readerStates = readReaderStates({
    gave: cookie(APPEAL_COOKIES.gave),
    deferredAt: cookie(APPEAL_COOKIES.deferredAt),
    deferredUntil: cookie(APPEAL_COOKIES.deferredUntil),
    newsletter: cookie(APPEAL_COOKIES.newsletter),
  }, options.now);
  const requested = first(options.query.currency) ?? null;
  const { config, assignment } = chooseReaderAppeal({
    published,
    browserId,
    now: options.now,
    context: {
      placement: options.placement,
      section: options.section,
      readerStates,
      country: head.get('x-vercel-ip-country') ?? head.get('cf-ipcountry'),
      currency: detectCurrency(head, requested),
    },
  });
  const utm = first(options.query.utm_source)?.toLowerCase();
  return {
    config,
    attribution: {
      ...(assignment ? { test: assignment.testId, variant: assignment.variant } : {}),
      ...(utm && /^[a-z0-9._-]{1,40}$/.test(utm) ? { utm } : {}),
      ...(() => {
        const ref = referrerHost(head.get('referer'), head.get('host')?.split(':')[0] ?? null);
        return ref ? { ref } : {};
      })(),
    },
    heldBack: assignment?.variant === HOLDBACK_KEY,
    newBrowserId: stored === browserId ? null : browserId,
    previewLabel: null,
  };
}
