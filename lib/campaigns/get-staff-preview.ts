// A signed-in staff member's preview of the appeal on a real article (?preview=draft or ?preview=v12); anyone else gets
// the page as readers see it.
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { hasRole } from '@/lib/auth/user-role';
import { firstParam, type SearchParams } from '@/lib/http/first-param';
import type { AppealConfig } from './appeal-config';
import { loadPreviewConfig, parsePreviewRequest } from './preview-appeal';

export async function getStaffPreview(query: SearchParams): Promise<{ config: AppealConfig; label: string } | null> {
  const preview = parsePreviewRequest(firstParam(query.preview));
  if (!preview) return null;
  const user = await getCurrentUser();
  if (!hasRole(user, 'staff')) return null;
  const config = await loadPreviewConfig(preview);
  return config ? { config, label: `Preview of ${preview === 'draft' ? 'the draft' : `version ${preview.slice(1)}`}: only staff see this.` } : null;
}
