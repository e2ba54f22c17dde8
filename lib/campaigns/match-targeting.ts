// Whether a view of the appeal is one a test targets; an empty list means "everyone" for that dimension.
import type { AssignmentContext, Targeting } from './campaign-test';

export function matchesTargeting(targeting: Targeting, context: AssignmentContext): boolean {
  const allows = <T>(list: readonly T[], value: T | null) => list.length === 0 || (value !== null && list.includes(value));
  return (
    allows(targeting.placements, context.placement) &&
    allows(targeting.sections.map((s) => s.toLowerCase()), context.section?.toLowerCase() ?? null) &&
    allows(targeting.countries, context.country?.toUpperCase() ?? null) &&
    allows(targeting.currencies, context.currency) &&
    (targeting.readerStates.length === 0 || targeting.readerStates.some((state) => context.readerStates.includes(state)))
  );
}
