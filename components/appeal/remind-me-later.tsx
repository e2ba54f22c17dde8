'use client';
// "Not ready to support today? Remind me later." Pressing it collapses the appeal (keeping its height, so nothing jumps)
// to a line of thanks and an optional one-off reminder form. Both are plain forms that work without JavaScript.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { MonthChoice } from '@/lib/reminders/reminder-months';

export type RemindMeLaterProps = {
  /** The page to come back to after the plain-form posts. */
  returnPath: string;
  publicationName: string;
  months: MonthChoice[];
  defaultMonth: string;
  /** The frequency the reader looked at, when known without JavaScript. */
  frequency?: string;
  /** Rendered already collapsed (after a plain-form deferral). */
  collapsed?: boolean;
  /** Only the line of thanks, without the reminder form (later pages while deferred). */
  thanksOnly?: boolean;
  /** Month label of a reminder just saved, or an error from a plain-form post. */
  confirmedMonth?: string | null;
  error?: { field: string; message: string } | null;
};

function post(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

export function RemindMeLater(props: RemindMeLaterProps) {
  const [collapsed, setCollapsed] = useState(Boolean(props.collapsed));
  const rootRef = useRef<HTMLDivElement>(null);
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const [frequency, setFrequency] = useState(props.frequency ?? 'monthly');

  function collapse(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const root = rootRef.current;
    const section = root?.parentElement;
    if (root && section) {
      // Keep the appeal's height so the article below does not move; hide everything but this line.
      section.style.minHeight = `${section.getBoundingClientRect().height}px`;
      section.style.display = 'flex';
      section.style.flexDirection = 'column';
      section.style.justifyContent = 'center';
      for (const child of Array.from(section.children)) if (child !== root) (child as HTMLElement).hidden = true;
      const chosen = section.querySelector<HTMLInputElement>('input[name="frequency"]:checked');
      if (chosen?.value) setFrequency(chosen.value);
    }
    setCollapsed(true);
    requestAnimationFrame(() => thanksRef.current?.focus({ preventScroll: true }));
    void post('/support/defer', { return: props.returnPath }).catch(() => {});
  }

  if (!collapsed) {
    return (
      <div ref={rootRef} data-remind-me-later="">
        <form method="post" action="/support/defer" onSubmit={collapse} className="mt-4 text-sm">
          <input type="hidden" name="return" value={props.returnPath} />
          <p>
            Not ready to support today?{' '}
            <button type="submit" className="underline font-semibold">Remind me later</button>
          </p>
        </form>
      </div>
    );
  }
  return (
    <div ref={rootRef} data-remind-me-later="">
      <p ref={thanksRef} tabIndex={-1} className="font-serif text-lg">
        Thanks for reading {props.publicationName}. We won’t ask you again for a while.
      </p>
      {props.thanksOnly ? null : <ReminderForm {...props} frequency={frequency} />}
    </div>
  );
}

function ReminderForm(props: RemindMeLaterProps & { frequency: string }) {
  const id = useId();
  const [confirmed, setConfirmed] = useState(props.confirmedMonth ?? null);
  const [error, setError] = useState(props.error ?? null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const fields = Object.fromEntries(new FormData(event.currentTarget).entries()) as Record<string, string>;
    setBusy(true);
    try {
      const response = await post('/support/reminder', fields);
      const body = (await response.json().catch(() => ({}))) as { month?: string; error?: { field?: string; message?: string } };
      if (response.ok && body.month) {
        setError(null);
        setConfirmed(props.months.find((m) => m.value === body.month)?.label ?? body.month);
        return;
      }
      setError({ field: body.error?.field ?? 'email', message: body.error?.message ?? 'That did not work. Please try again later.' });
      emailRef.current?.focus();
    } catch {
      setError({ field: 'email', message: 'We could not reach the server. Please try again.' });
    } finally {
      setBusy(false);
    }
  }

  if (confirmed) {
    return <p role="status" className="mt-2">Done. We’ll send you one reminder in {confirmed}.</p>;
  }
  const errorId = `${id}-error`;
  return (
    <form method="post" action="/support/reminder" onSubmit={submit} aria-label="Get a reminder" className="mt-3" noValidate>
      <p className="text-sm">Want a nudge? Leave your email and we’ll send one reminder in the month you choose.</p>
      <input type="hidden" name="return" value={props.returnPath} />
      <input type="hidden" name="frequency" value={props.frequency} />
      <div className="mt-2 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-email`} className="block text-sm font-semibold">Email</label>
          <input
            ref={emailRef}
            id={`${id}-email`}
            type="email"
            name="email"
            required
            maxLength={254}
            autoComplete="email"
            aria-invalid={error?.field === 'email' ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className="mt-1 rounded border border-gray-500 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor={`${id}-month`} className="block text-sm font-semibold">Month</label>
          <select id={`${id}-month`} name="month" defaultValue={props.defaultMonth} className="mt-1 rounded border border-gray-500 px-3 py-2">
            {props.months.map((m) => (
              <option key={m.value} value={m.value}>{m.label}</option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={busy} className="rounded bg-ink px-4 py-2 font-semibold text-white">Remind me</button>
      </div>
      {error ? <p id={errorId} role="alert" className="mt-2 text-sm font-semibold text-red-800">{error.message}</p> : null}
    </form>
  );
}
