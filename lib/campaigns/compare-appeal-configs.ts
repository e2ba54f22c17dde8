// What changed between two versions of the appeal, field by field, in the words of the settings form.
import type { AppealConfig } from './appeal-config';
import { configToFormFields, formFieldLabel } from './appeal-form';

export type ConfigChange = { field: string; label: string; before: string; after: string };

export function compareAppealConfigs(before: AppealConfig, after: AppealConfig): ConfigChange[] {
  const a = configToFormFields(before);
  const b = configToFormFields(after);
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return names
    .filter((name) => (a[name] ?? '') !== (b[name] ?? ''))
    .map((name) => ({ field: name, label: formFieldLabel(name), before: offerWord(name, a[name]), after: offerWord(name, b[name]) }));
}

function offerWord(name: string, value: string | undefined): string {
  if (name.startsWith('offer-')) return value === 'on' ? 'offered' : 'not offered';
  return value ?? '';
}
