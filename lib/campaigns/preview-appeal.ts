// Staff previews: "?preview=draft" or "?preview=v12" on any article shows that config instead of the published one.
import { checkAppealConfig, type AppealConfig } from './appeal-config';
import { getAppealDraft } from './appeal-draft';
import { loadPublishedAppeal } from './get-published-appeal';
import { getAppealVersion } from './publish-appeal';

export type PreviewRequest = 'draft' | `v${number}`;

export function parsePreviewRequest(value: string | null | undefined): PreviewRequest | null {
  if (value === 'draft') return 'draft';
  const match = /^v?(\d{1,9})$/.exec(value ?? '');
  return match ? `v${Number(match[1])}` : null;
}

/** The config to preview; callers check the staff role first. */
export async function loadPreviewConfig(preview: PreviewRequest): Promise<AppealConfig | null> {
  if (preview === 'draft') return (await getAppealDraft((await loadPublishedAppeal()).config)).config;
  const version = await getAppealVersion(Number(preview.slice(1)));
  const checked = version ? checkAppealConfig(version.config) : null;
  return checked?.ok ? checked.config : null;
}
