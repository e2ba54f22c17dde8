'use client';
// An A/B test's form: shares, dates, targeting and variants (empty boxes keep the control's value), checked with the
// server's rules, each variant against the published appeal, before it posts.
import { APPEAL_PLACEMENTS } from '@/lib/funnel/appeal-placements';
import { CURRENCIES, FREQUENCIES, FREQUENCY_LABELS } from '@/lib/support/amounts';
import type { AppealConfig } from '@/lib/campaigns/appeal-config';
import { amountFieldLabel } from '@/lib/campaigns/appeal-form';
import { READER_STATES } from '@/lib/campaigns/campaign-test';
import { MAX_VARIANTS, readTestForm, VARIANT_AMOUNT_FIELDS, VARIANT_KEYS, variantAmountField, variantField } from '@/lib/campaigns/test-form';
import { ErrorSummary, useCheckedPost } from './use-checked-post';

type Props = { fields: Record<string, string>; published: AppealConfig; testId: number | null; revision: number; variantSlots: number };

const box = 'mt-1 block w-full rounded border border-gray-500 bg-white px-2 py-1';
const label = 'block text-sm font-semibold';
const STATE_LABELS: Record<(typeof READER_STATES)[number], string> = {
  new: 'New readers',
  returning: 'Returning after “Remind me later”',
  'past-giver': 'Past one-off givers',
  newsletter: 'Newsletter subscribers',
};
const COPY_LABELS = { heading: 'Heading', letter: 'Letter', highlight: 'Highlighted sentence', continueLabel: 'Button label', belowButton: 'Line under the button' } as const;

export function AppealTestEditor({ fields, published, testId, revision, variantSlots }: Props) {
  const { errors, busy, onSubmit } = useCheckedPost({
    check: (posted) => {
      const result = readTestForm(posted, published);
      return result.ok ? {} : result.errors;
    },
    onDone: (answer) => {
      if (answer.location) window.location.assign(answer.location);
    },
  });
  const input = (name: string, text: string, options: { type?: string; multiline?: boolean; hint?: string } = {}) => (
    <div>
      <label htmlFor={`test-${name}`} className={label}>{text}</label>
      {options.multiline ? (
        <textarea id={`test-${name}`} name={name} defaultValue={fields[name]} rows={5} aria-invalid={errors[name] ? true : undefined} className={box} />
      ) : (
        <input id={`test-${name}`} name={name} type={options.type ?? 'text'} defaultValue={fields[name]} aria-invalid={errors[name] ? true : undefined} aria-describedby={options.hint} className={box} />
      )}
      {errors[name] ? <p className="mt-1 text-sm font-semibold text-red-800">{errors[name]}</p> : null}
    </div>
  );
  const slots = Math.min(MAX_VARIANTS, Math.max(1, variantSlots));

  return (
    <form method="post" action="/admin/appeal/tests/save" onSubmit={onSubmit} noValidate className="space-y-6">
      {testId ? <input type="hidden" name="id" value={testId} /> : null}
      <input type="hidden" name="revision" value={revision} />
      <ErrorSummary errors={errors} />
      <fieldset className="min-w-0 grid gap-4 rounded border border-gray-300 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-serif text-xl font-bold">Test</legend>
        {input('name', 'Test name')}
        {input('trafficPercent', 'Traffic share (percent of targeted readers)', { type: 'number' })}
        {input('holdbackPercent', 'Holdback (percent of the test shown no appeal)', { type: 'number' })}
        {input('startsAt', 'Starts (UTC)', { type: 'datetime-local' })}
        {input('endsAt', 'Ends (UTC, optional)', { type: 'datetime-local' })}
      </fieldset>

      <fieldset className="min-w-0 space-y-4 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 font-serif text-xl font-bold">Who sees it</legend>
        <p className="text-sm text-muted">Leave a box empty for everyone. Lists are separated by commas.</p>
        <div className="grid gap-4 sm:grid-cols-3">
          {input('placements', `Placements (${APPEAL_PLACEMENTS.join(', ')})`)}
          {input('sections', 'Sections')}
          {input('countries', 'Countries (two-letter codes)')}
        </div>
        <fieldset className="min-w-0">
          <legend className={label}>Readers</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {READER_STATES.map((state) => (
              <label key={state} className="flex items-center gap-2"><input type="checkbox" name={`state-${state}`} defaultChecked={fields[`state-${state}`] === 'on'} />{STATE_LABELS[state]}</label>
            ))}
          </div>
        </fieldset>
        <fieldset className="min-w-0">
          <legend className={label}>Currencies</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {CURRENCIES.map((c) => (
              <label key={c} className="flex items-center gap-2"><input type="checkbox" name={`target-${c}`} defaultChecked={fields[`target-${c}`] === 'on'} />{c.toUpperCase()}</label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="min-w-0 rounded border border-gray-300 bg-white p-4">
        <legend className="px-1 font-serif text-xl font-bold">Control</legend>
        <p className="text-sm text-muted">The published appeal, unchanged.</p>
        {input(variantField(0, 'weight'), 'Control weight')}
      </fieldset>

      {Array.from({ length: slots }, (_, i) => i + 1).map((index) => {
        const letter = VARIANT_KEYS[index - 1].toUpperCase();
        return (
          <fieldset key={index} className="min-w-0 space-y-4 rounded border border-gray-300 bg-white p-4">
            <legend className="px-1 font-serif text-xl font-bold">Variant {letter}</legend>
            <p className="text-sm text-muted">Empty boxes keep the control’s value{index > 1 ? '; leave the name empty for no variant' : ''}.</p>
            <div className="grid gap-4 sm:grid-cols-2">
              {input(variantField(index, 'name'), `Variant ${letter} name`)}
              {input(variantField(index, 'weight'), `Variant ${letter} weight`)}
            </div>
            {(Object.keys(COPY_LABELS) as (keyof typeof COPY_LABELS)[]).map((name) => input(variantField(index, name), `Variant ${letter}: ${COPY_LABELS[name]}`, { multiline: name === 'letter' }))}
            <div>
              <label htmlFor={`test-${variantField(index, 'defaultFrequency')}`} className={label}>Variant {letter}: Default frequency</label>
              <select id={`test-${variantField(index, 'defaultFrequency')}`} name={variantField(index, 'defaultFrequency')} defaultValue={fields[variantField(index, 'defaultFrequency')] ?? ''} className="mt-1 max-w-full rounded border border-gray-500 bg-white px-2 py-1">
                <option value="">Same as the control</option>
                {FREQUENCIES.map((f) => <option key={f} value={f}>{FREQUENCY_LABELS[f]}</option>)}
              </select>
            </div>
            {CURRENCIES.map((currency) => (
              <details key={currency} open={VARIANT_AMOUNT_FIELDS.some((f) => FREQUENCIES.some((q) => fields[variantAmountField(index, currency, q, f)]))}>
                <summary className="cursor-pointer font-semibold">Variant {letter}: amounts in {currency.toUpperCase()} (control: {published.amounts[currency].monthly.presets.map((p) => p / 100).join(', ')} monthly)</summary>
                {FREQUENCIES.map((frequency) => (
                  <div key={frequency} className="mt-2 grid gap-3 sm:grid-cols-3">
                    {VARIANT_AMOUNT_FIELDS.map((field) => input(variantAmountField(index, currency, frequency, field), `Variant ${letter}: ${amountFieldLabel(currency, frequency, field)}`))}
                  </div>
                ))}
              </details>
            ))}
          </fieldset>
        );
      })}
      <button type="submit" disabled={busy} className="rounded bg-ink px-4 py-2 font-semibold text-white">Save test</button>
    </form>
  );
}
