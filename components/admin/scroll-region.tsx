// A wide table's frame: scrolls sideways on a narrow screen instead of widening the page, and takes keyboard focus so
// that the arrow keys can scroll it (axe: scrollable-region-focusable).
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children, className = '' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
