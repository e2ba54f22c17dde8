// The appeal a reader in a test sees (the variant laid over the published config), and the offer the checkout checks
// a post against: the same object the page was rendered from, so the browser and the server cannot disagree.
import type { SupportOffer } from '@/lib/support/validate-support-form';
import type { AppealConfig } from './appeal-config';
import { applyVariant } from './apply-variant';
import { chooseAssignment, type Assignment } from './assign-variant';
import type { AssignmentContext } from './campaign-test';
import type { PublishedAppeal } from './get-published-appeal';

/** A variant of a test that is not live (or no longer passes the rules) falls back to the published appeal. */
export function variantConfig(published: PublishedAppeal, assignment: Assignment | null): AppealConfig {
  if (!assignment) return published.config;
  const variant = published.tests.find((t) => t.id === assignment.testId)?.variants.find((v) => v.key === assignment.variant);
  if (!variant) return published.config;
  const applied = applyVariant(published.config, variant.overrides);
  return applied.ok ? applied.config : published.config;
}

export function offerOf(config: AppealConfig): SupportOffer {
  return { amounts: config.amounts, currencies: config.currencies, frequencies: config.frequencies };
}

/** The appeal for one view: the running test that takes this browser in (if any) and the config it shows. */
export function chooseReaderAppeal(options: { published: PublishedAppeal; browserId: string; context: AssignmentContext; now: Date }): { config: AppealConfig; assignment: Assignment | null } {
  const assignment = chooseAssignment({ tests: options.published.tests, context: options.context, browserId: options.browserId, now: options.now });
  return { config: variantConfig(options.published, assignment), assignment };
}
