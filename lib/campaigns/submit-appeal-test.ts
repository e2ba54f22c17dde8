// The test form's post: checked again on the server (each variant against the published appeal), then saved.
import { parsePositiveInt4 } from '@/db/postgres-values';
import type { AppealConfig } from './appeal-config';
import { saveAppealTest } from './appeal-tests';
import { readTestForm } from './test-form';

export type TestPostResult = { ok: true; id: number; location: string } | { ok: false; status: 400 | 404 | 409; field: string; message: string; errors: Record<string, string> };

export async function submitAppealTest(options: { fields: Record<string, string>; published: AppealConfig; actorEmail: string }): Promise<TestPostResult> {
  const { fields } = options;
  const id = fields.id ? parsePositiveInt4(fields.id) : undefined;
  if (id === null) return { ok: false, status: 400, field: 'id', message: 'The form names no test. Reload the page.', errors: {} };
  const revision = parsePositiveInt4(fields.revision);
  if (id !== undefined && revision === null) return { ok: false, status: 400, field: 'revision', message: 'The form is missing its revision. Reload the page and try again.', errors: {} };
  const read = readTestForm(fields, options.published);
  if (!read.ok) {
    const [field, message] = Object.entries(read.errors)[0];
    return { ok: false, status: 400, field, message, errors: read.errors };
  }
  const saved = await saveAppealTest({ id, definition: read.test, expectedRevision: revision ?? undefined, actorEmail: options.actorEmail });
  if (!saved.ok) {
    return saved.reason === 'not_found'
      ? { ok: false, status: 404, field: 'id', message: 'That test no longer exists.', errors: {} }
      : { ok: false, status: 409, field: 'form', message: 'Someone changed this test after you opened it, so nothing of yours was saved. Open it again in a new tab to see their version.', errors: {} };
  }
  return { ok: true, id: saved.id, location: `/admin/appeal/tests/${saved.id}?saved=1` };
}
