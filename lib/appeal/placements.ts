// Where the appeal is shown: the end of an article, the support page, and other sites through the embed. The form,
// the funnel beacon and the reports accept these and nothing else.
export const APPEAL_PLACEMENTS = ['article-end', 'support-page', 'embed'] as const;
export type AppealPlacement = (typeof APPEAL_PLACEMENTS)[number];

export function isAppealPlacement(value: unknown): value is AppealPlacement {
  return typeof value === 'string' && (APPEAL_PLACEMENTS as readonly string[]).includes(value);
}
