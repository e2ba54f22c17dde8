'use client';
// The appeal settings form: checked with the server's own rules (readAppealForm) before it posts, with advice for phones.
import { useRef, useState } from 'react';
import { CURRENCIES, FREQUENCIES, FREQUENCY_LABELS } from '@/lib/support/amounts';
import { AMOUNT_FIELDS, amountFieldLabel, amountFieldName, COPY_FIELD_LABELS, offerFieldName, readAppealForm } from '@/lib/campaigns/appeal-form';
import { appealWarnings, type AppealWarning } from '@/lib/campaigns/appeal-warnings';
import { PLACEHOLDERS } from '@/lib/campaigns/appeal-config';
import { ErrorSummary, readFormFields, useCheckedPost } from './use-checked-post';

type Props = {
  fields: Record<string, string>;
  revision: number;
  publicationName: string;
  articles: { slug: string; headline: string }[];
  serverError: { field: string; message: string } | null;
};

const box = 'mt-1 block w-full rounded border border-gray-500 bg-white px-2 py-1';
const label = 'block text-sm font-semibold';

export function AppealSettingsEditor({ fields, revision: initialRevision, publicationName, articles, serverError }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [revision, setRevision] = useState(initialRevision);
  const [warnings, setWarnings] = useState<AppealWarning[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const { errors, setErrors, busy, onSubmit } = useCheckedPost({
    initialErrors: serverError ? { [serverError.field]: serverError.message } : {},
    check: (posted) => {
      const result = readAppealForm(posted);
      return result.ok ? {} : result.errors;
    },
    onDone: (answer, posted) => {
      setRevision(answer.revision ?? revision);
      if (posted.intent === 'save') setStatus('Draft saved. Readers still see the published appeal.');
      else if (answer.location) window.location.assign(answer.location);
    },
  });

  function onInput() {
    if (!formRef.current) return;
    const result = readAppealForm(readFormFields(formRef.current));
    setWarnings(result.ok ? appealWarnings(result.config, publicationName) : []);
    // Errors clear as they are fixed; new ones appear on submit, not at every keystroke.
    if (Object.keys(errors).length) setErrors(result.ok ? {} : Object.fromEntries(Object.entries(errors).filter(([k]) => k in result.errors)));
    setStatus(null);
  }

  const errorId = (name: string) => `appeal-${name}-error`;
  const describe = (name: string, hint?: string) => [errors[name] ? errorId(name) : null, hint ?? null].filter(Boolean).join(' ') || undefined;
  const fieldError = (name: string) => (errors[name] ? <p id={errorId(name)} className="mt-1 text-sm font-semibold text-red-800">{errors[name]}</p> : null);
  const text = (name: string, options: { multiline?: boolean; hint?: string; lang?: string } = {}) => (
    <div>
      <label htmlFor={`appeal-${name}`} lang={options.lang} className={label}>{COPY_FIELD_LABELS[name]}</label>
      {options.multiline ? (
        <textarea id={`appeal-${name}`} name={name} defaultValue={fields[name]} rows={options.lang ? 6 : 10} lang={options.lang} aria-invalid={errors[name] ? true : undefined} aria-describedby={describe(name, options.hint)} className={box} />
      ) : (
        <input id={`appeal-${name}`} name={name} defaultValue={fields[name]} lang={options.lang} aria-invalid={errors[name] ? true : undefined} aria-describedby={describe(name, options.hint)} className={box} />
      )}
      {fieldError(name)}
    </div>
  );

  return (
    <form ref={formRef} method="post" action="/admin/appeal/settings" onSubmit={onSubmit} onInput={onInput} noValidate className="space-y-6">
      <input type="hidden" name="revision" value={revision} />
      <ErrorSummary errors={errors} />
      <div role="status" aria-live="polite">
        {status ? <p className="rounded border border-green-700 bg-green-50 p-3">{status}</p> : null}
        {warnings.length ? (
          <div className="rounded border border-yellow-700 bg-yellow-50 p-3">
            <p className="font-semibold">Advice for phones</p>
            <ul className="list-disc pl-5">{warnings.map((w) => <li key={w.field}>{w.message}</li>)}</ul>
          </div>
        ) : null}
      </div>

      <fieldset className="min-w-0 space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 font-serif text-xl font-bold">Copy</legend>
        <p id="appeal-placeholders" className="text-sm text-muted">Plain text only. Placeholders: {PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.</p>
        {text('heading', { hint: 'appeal-placeholders' })}
        {text('letter', { multiline: true, hint: 'appeal-letter-hint appeal-placeholders' })}
        <p id="appeal-letter-hint" className="text-sm text-muted">A blank line starts a new paragraph.</p>
        {text('highlight', { hint: 'appeal-highlight-hint' })}
        <p id="appeal-highlight-hint" className="text-sm text-muted">One sentence, shown highlighted after the letter. Leave empty for none.</p>
        <div className="grid gap-4 sm:grid-cols-3">
          {text('signatureName')}
          {text('signatureRole')}
          {text('signaturePhoto')}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {text('continueLabel', { hint: 'appeal-button-hint' })}
          {text('belowButton')}
        </div>
        <p id="appeal-button-hint" className="text-sm text-muted">Starts with “Continue”, the name readers and screen readers know the button by.</p>
      </fieldset>

      <fieldset className="min-w-0 space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 font-serif text-xl font-bold">Russian copy</legend>
        <p id="appeal-russian-hint" className="text-sm text-muted">The same letter for readers of the /ru/ pages, in Russian. Same placeholders; the photo is shared. The button starts with “Продолжить”.</p>
        {text('ru_heading', { lang: 'ru', hint: 'appeal-russian-hint' })}
        {text('ru_letter', { lang: 'ru', multiline: true, hint: 'appeal-letter-hint' })}
        {text('ru_highlight', { lang: 'ru' })}
        <div className="grid gap-4 sm:grid-cols-2">
          {text('ru_signatureName', { lang: 'ru' })}
          {text('ru_signatureRole', { lang: 'ru' })}
          {text('ru_continueLabel', { lang: 'ru' })}
          {text('ru_belowButton', { lang: 'ru' })}
        </div>
      </fieldset>

      <fieldset className="min-w-0 space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 font-serif text-xl font-bold">What is offered</legend>
        <div>
          <label htmlFor="appeal-defaultFrequency" className={label}>{COPY_FIELD_LABELS.defaultFrequency}</label>
          <select id="appeal-defaultFrequency" name="defaultFrequency" defaultValue={fields.defaultFrequency} aria-describedby={describe('defaultFrequency')} className="mt-1 max-w-full rounded border border-gray-500 bg-white px-2 py-1">
            {FREQUENCIES.map((f) => <option key={f} value={f}>{FREQUENCY_LABELS[f]}</option>)}
          </select>
          {fieldError('defaultFrequency')}
        </div>
        {([['frequencies', 'Offered frequencies', FREQUENCIES], ['currencies', 'Offered currencies', CURRENCIES]] as const).map(([name, legend, values]) => (
          <fieldset key={name} aria-describedby={describe(name)}>
            <legend className={label}>{legend}</legend>
            <div className="mt-1 flex flex-wrap gap-4">
              {values.map((value) => (
                <label key={value} className="flex items-center gap-2">
                  <input type="checkbox" name={offerFieldName(value)} defaultChecked={fields[offerFieldName(value)] === 'on'} />
                  {name === 'frequencies' ? FREQUENCY_LABELS[value as keyof typeof FREQUENCY_LABELS] : value.toUpperCase()}
                </label>
              ))}
            </div>
            {fieldError(name)}
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="min-w-0 space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 font-serif text-xl font-bold">Amounts</legend>
        <p className="text-sm text-muted">In each currency’s major units. Presets are separated by commas (5, 10, 20); the default is one of them.</p>
        {CURRENCIES.map((currency) => (
          <fieldset key={currency} className="min-w-0 rounded border border-gray-200 p-3">
            <legend className="px-1 font-semibold">{currency.toUpperCase()}</legend>
            {FREQUENCIES.map((frequency) => (
              <div key={frequency} className="mt-2 grid gap-3 sm:grid-cols-4">
                {AMOUNT_FIELDS.map((field) => {
                  const name = amountFieldName(currency, frequency, field);
                  return (
                    <div key={name}>
                      <label htmlFor={`appeal-${name}`} className="block text-xs font-semibold">{amountFieldLabel(currency, frequency, field)}</label>
                      <input id={`appeal-${name}`} name={name} defaultValue={fields[name]} inputMode="decimal" aria-invalid={errors[name] ? true : undefined} aria-describedby={describe(name)} className={box} />
                      {fieldError(name)}
                    </div>
                  );
                })}
              </div>
            ))}
          </fieldset>
        ))}
      </fieldset>

      <div className="flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-4">
        <div className="min-w-0 max-w-full">
          <label htmlFor="appeal-previewArticle" className={label}>Preview on</label>
          <select id="appeal-previewArticle" name="previewArticle" className="mt-1 w-full max-w-full rounded border border-gray-500 bg-white px-2 py-1">
            {articles.map((a) => <option key={a.slug} value={a.slug}>{a.headline}</option>)}
          </select>
        </div>
        <button type="submit" name="intent" value="save" disabled={busy} className="rounded border border-ink px-4 py-2 font-semibold">Save draft</button>
        <button type="submit" name="intent" value="preview" disabled={busy} className="rounded border border-ink px-4 py-2 font-semibold">Preview</button>
        <button type="submit" name="intent" value="publish" disabled={busy} className="rounded bg-accent px-4 py-2 font-semibold text-white">Publish</button>
      </div>
    </form>
  );
}
