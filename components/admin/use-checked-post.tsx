'use client';
// Staff forms that check themselves with the server's own rules before posting, then post by fetch so a refusal (or a
// colleague's newer save) keeps everything typed. Without JavaScript the same forms post plainly.
import { useState, type FormEvent } from 'react';

export type PostAnswer = { location?: string; revision?: number; error?: { field: string | null; message: string }; errors?: Record<string, string> };

export function readFormFields(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) if (typeof value === 'string') fields[key] = value;
  return fields;
}

export function useCheckedPost(options: {
  check: (fields: Record<string, string>) => Record<string, string>;
  initialErrors?: Record<string, string>;
  onDone: (answer: PostAnswer, fields: Record<string, string>) => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>(options.initialErrors ?? {});
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const fields = readFormFields(form);
    if (submitter?.name) fields[submitter.name] = submitter.value;
    const found = options.check(fields);
    if (Object.keys(found).length) {
      setErrors(found);
      (form.elements.namedItem(Object.keys(found)[0]) as HTMLElement | null)?.focus?.();
      return;
    }
    setBusy(true);
    try {
      const response = await fetch(form.action, { method: 'POST', body: new URLSearchParams(fields), headers: { accept: 'application/json' } });
      const answer = (await response.json()) as PostAnswer;
      if (!response.ok) {
        setErrors(answer.errors && Object.keys(answer.errors).length ? answer.errors : { [answer.error?.field ?? 'form']: answer.error?.message ?? 'That did not work. Please try again.' });
        return;
      }
      setErrors({});
      options.onDone(answer, fields);
    } catch {
      setErrors({ form: 'We could not reach the server; nothing was saved. Please try again.' });
    } finally {
      setBusy(false);
    }
  }

  return { errors, setErrors, busy, onSubmit };
}

export function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const list = Object.entries(errors);
  if (!list.length) return null;
  return (
    <div role="alert" className="rounded border border-accent bg-red-50 p-3 text-accent">
      <p className="font-semibold">Nothing was saved:</p>
      <ul className="list-disc pl-5">{list.map(([name, message]) => <li key={name}>{message}</li>)}</ul>
    </div>
  );
}
