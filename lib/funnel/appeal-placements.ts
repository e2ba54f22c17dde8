// Where the appeal stands: the one list the pages render, the beacon counts, the checkout accepts and tests target.
export const APPEAL_PLACEMENTS = ['article-end', 'support-page', 'embed'] as const;
export type AppealPlacement = (typeof APPEAL_PLACEMENTS)[number];

export function isAppealPlacement(value: unknown): value is AppealPlacement {
  return (APPEAL_PLACEMENTS as readonly unknown[]).includes(value);
}
