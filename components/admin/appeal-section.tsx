// The frame of every page in the appeal's staff section: heading, the section's navigation, and the form's error.
import type { ReactNode } from 'react';
import { AppealNav } from './appeal-nav';

/** Table cell and column-head classes the section's tables share. */
export const CELL = 'border-b border-gray-200 px-2 py-2 align-top';
export const HEAD = 'border-b border-gray-400 px-2 py-1 text-left';

type Props = { title: string; current: string; error: string | null; children: ReactNode };

export function AppealSection({ title, current, error, children }: Props) {
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="font-serif text-4xl font-bold">{title}</h1>
      <AppealNav current={current} />
      {error ? <p role="alert" className="rounded border border-accent bg-red-50 p-3 text-accent">{error}</p> : null}
      {children}
    </div>
  );
}
