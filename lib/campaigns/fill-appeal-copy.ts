// The copy a reader reads: the config's placeholders filled with the publication's name and minimums in their currency.
import type { Currency, Frequency } from '@/lib/support/amounts';
import { formatMoney } from '@/lib/support/format-money';
import type { AppealConfig, Placeholder } from './appeal-config';

export type AppealCopyText = {
  heading: string;
  paragraphs: string[];
  highlight: string;
  signature: { name: string; role: string; photoUrl: string | null };
  continueLabel: string;
  belowButton: string;
};

export function fillPlaceholders(template: string, values: Record<Placeholder, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key as Placeholder] ?? whole);
}

export function fillAppealCopy(config: AppealConfig, options: { publicationName: string; currency: Currency }): AppealCopyText {
  const minimum = (frequency: Frequency) => formatMoney(config.amounts[options.currency][frequency].min, options.currency);
  const values: Record<Placeholder, string> = {
    publication: options.publicationName,
    onceMinimum: minimum('once'),
    monthlyMinimum: minimum('monthly'),
    annualMinimum: minimum('annual'),
  };
  const fill = (text: string) => fillPlaceholders(text, values);
  return {
    heading: fill(config.heading),
    paragraphs: config.paragraphs.map(fill),
    highlight: fill(config.highlight),
    signature: { name: fill(config.signature.name), role: fill(config.signature.role), photoUrl: config.signature.photoUrl },
    continueLabel: fill(config.continueLabel),
    belowButton: fill(config.belowButton),
  };
}
