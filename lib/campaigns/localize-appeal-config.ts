// The appeal in a reader's language: the Russian letter laid over the config (amounts and what is offered are shared).
import type { Locale } from '@/lib/i18n/locales';
import type { AppealConfig } from './appeal-config';
import type { VariantOverrides } from './campaign-test';

export function localizeAppealConfig(config: AppealConfig, locale: Locale): AppealConfig {
  if (locale === 'en') return config;
  const { signature, ...letter } = config.translations[locale];
  return { ...config, ...letter, signature: { ...signature, photoUrl: config.signature.photoUrl } };
}

/** Variants' words are written in English: on other languages' pages only tests of amounts and offers can run. */
export function variantChangesWords(overrides: VariantOverrides): boolean {
  return (['heading', 'paragraphs', 'highlight', 'continueLabel', 'belowButton'] as const).some((key) => overrides[key] !== undefined);
}
