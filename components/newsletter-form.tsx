'use client';
// The newsletter form: a plain POST to /newsletter/subscribe that works without JavaScript; with it, the signup is
// sent in the background and "check your inbox" (or the problem) is said in place, so the reader stays on the page.
import Link from 'next/link';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { EmailField } from './email-field';

type State = { kind: 'idle' | 'sending' } | { kind: 'sent'; message: string } | { kind: 'error'; message: string };

/** The form's words in the page's language (components/newsletter-signup.tsx translates them on the server). */
export type NewsletterFormText = {
  email: string;
  signUp: string;
  sending: string;
  sent: string;
  /** When the server's own message cannot be read. */
  failed: string;
  /** "Nothing there…, or", "use another address" (the button), "." */
  spam: [string, string, string];
  preview: string;
  /** The consent line, its link to the privacy policy already in it. */
  consent: ReactNode;
};

type Props = { source: string; error: string | null; labelledBy: string; action: string; previewHref: string; text: NewsletterFormText };

export function NewsletterForm({ source, error, labelledBy, action, previewHref, text }: Props) {
  const [state, setState] = useState<State>(error ? { kind: 'error', message: error } : { kind: 'idle' });
  const status = useRef<HTMLParagraphElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    event.preventDefault();
    setState({ kind: 'sending' });
    let response: Response;
    try {
      const body = new URLSearchParams([...new FormData(form)].map(([k, v]) => [k, String(v)]));
      response = await fetch(form.action, { method: 'POST', headers: { accept: 'application/json' }, body });
    } catch {
      form.submit(); // offline or blocked: the plain post still works
      return;
    }
    const answer = (await response.json().catch(() => null)) as { message?: string; error?: { message?: string } } | null;
    if (response.ok) {
      setState({ kind: 'sent', message: answer?.message ?? text.sent });
      // The form is gone; the reader's focus moves to what replaced it.
      requestAnimationFrame(() => status.current?.focus());
    } else {
      setState({ kind: 'error', message: answer?.error?.message ?? text.failed });
    }
  }

  const errorId = state.kind === 'error' ? 'newsletter-error' : null;
  return (
    <>
      {/* A live region from the start (so it is announced); a status only once it has something to say. */}
      <p ref={status} aria-live="polite" role={state.kind === 'sending' || state.kind === 'sent' ? 'status' : undefined} tabIndex={-1} className={state.kind === 'sent' ? 'mt-4 font-semibold' : 'sr-only'}>
        {state.kind === 'sent' ? state.message : state.kind === 'sending' ? text.sending : ''}
      </p>
      {state.kind === 'sent' ? (
        <p className="mt-2 text-sm text-muted">{text.spam[0]}<button type="button" className="underline" onClick={() => setState({ kind: 'idle' })}>{text.spam[1]}</button>{text.spam[2]}</p>
      ) : (
        <form method="post" action={action} aria-labelledby={labelledBy} className="mt-4" onSubmit={submit}>
          <input type="hidden" name="source" value={source} />
          <div className="flex flex-wrap items-end gap-3">
            <div className="flex-1 min-w-[14rem]">
              <EmailField id="newsletter-email" label={text.email} errorId={errorId} labelClassName="block text-sm font-semibold" inputClassName="mt-1 w-full rounded border border-gray-500 px-3 py-2" />
            </div>
            <button type="submit" disabled={state.kind === 'sending'} className="rounded bg-ink px-4 py-2 font-semibold text-white disabled:opacity-60">{text.signUp}</button>
            <Link href={previewHref} className="py-2 underline">{text.preview}</Link>
          </div>
          {state.kind === 'error' ? <p id="newsletter-error" role="alert" className="mt-2 text-sm font-semibold text-red-800">{state.message}</p> : null}
          <p className="mt-3 text-sm text-muted">
            {text.consent}
          </p>
        </form>
      )}
    </>
  );
}
