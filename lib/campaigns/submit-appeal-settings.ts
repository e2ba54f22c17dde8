// The settings form's post: checked again on the server with the editor's own rules, then saved as the draft, saved and
// previewed, or published, each only if nobody saved a newer draft since the editor loaded theirs.
import { readAppealForm, formFieldLabel } from './appeal-form';
import { saveAppealDraft, type DraftConflict } from './appeal-draft';
import { publishAppeal } from './publish-appeal';

export const SETTINGS_INTENTS = ['save', 'preview', 'publish'] as const;
export type SettingsIntent = (typeof SETTINGS_INTENTS)[number];

export type SettingsPostResult =
  | { ok: true; intent: SettingsIntent; revision: number; location: string }
  | { ok: false; status: 400 | 409; field: string; message: string; errors: Record<string, string> };

export function describeConflict(conflict: DraftConflict, timeZone: string): string {
  const when = new Intl.DateTimeFormat('en-US', { timeStyle: 'short', dateStyle: 'medium', timeZone }).format(conflict.updatedAt);
  return `${conflict.updatedBy} saved the appeal (${when}) after you opened it, so nothing of yours was saved. Keep this page, open the settings in a new tab to see their version, then apply your changes there.`;
}

export async function submitAppealSettings(options: { fields: Record<string, string>; actorEmail: string; timeZone: string; now?: Date }): Promise<SettingsPostResult> {
  const { fields } = options;
  const intent = (SETTINGS_INTENTS as readonly string[]).includes(fields.intent ?? '') ? (fields.intent as SettingsIntent) : 'save';
  const revision = Number(fields.revision);
  if (!/^\d{1,9}$/.test(fields.revision ?? '')) {
    return { ok: false, status: 400, field: 'revision', message: 'The form is missing its revision. Reload the page and try again.', errors: {} };
  }
  const read = readAppealForm(fields);
  if (!read.ok) {
    const [field, message] = Object.entries(read.errors)[0];
    return { ok: false, status: 400, field, message: message.startsWith(formFieldLabel(field)) ? message : `${formFieldLabel(field)}: ${message}`, errors: read.errors };
  }
  const article = /^[a-z0-9-]{1,120}$/.test(fields.previewArticle ?? '') ? fields.previewArticle : '';
  const conflictOf = (conflict: DraftConflict) => ({ ok: false as const, status: 409 as const, field: 'form', message: describeConflict(conflict, options.timeZone), errors: {} });
  if (intent === 'publish') {
    const published = await publishAppeal({ config: read.config, expectedRevision: revision, actorEmail: options.actorEmail, now: options.now });
    if (!published.ok) return conflictOf(published.conflict);
    return { ok: true, intent, revision: published.revision, location: `/admin/appeal?published=${published.versionId}` };
  }
  const saved = await saveAppealDraft({ config: read.config, expectedRevision: revision, actorEmail: options.actorEmail, now: options.now });
  if (!saved.ok) return conflictOf(saved.conflict);
  const location = intent === 'preview' ? `/admin/appeal/preview?version=draft${article ? `&article=${article}` : ''}` : '/admin/appeal?saved=1';
  return { ok: true, intent, revision: saved.revision, location };
}
