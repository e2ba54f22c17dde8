// "Your data": download everything as JSON, or delete the account after a clear warning and a typed confirmation.
type Props = { hasSupport: boolean; error?: { field?: string; message: string } };

export function YourData({ hasSupport, error }: Props) {
  const confirmError = error?.field === 'confirm' ? error.message : null;
  return (
    <div className="space-y-6">
      <p>
        <a href="/api/account/export" download className="font-semibold underline">Download my data</a>{' '}
        <span className="text-muted">(a JSON file with everything we hold about you)</span>
      </p>
      <form id="delete-account" method="post" action="/api/account/delete" aria-labelledby="delete-heading" className="rounded border-2 border-accent p-4" noValidate>
        <h3 id="delete-heading" className="text-lg font-bold text-accent">Delete my account</h3>
        <div id="delete-warning" className="mt-2 space-y-2">
          <p><strong>This cannot be undone.</strong></p>
          <ul className="list-disc pl-6">
            {hasSupport ? <li>Your recurring support is cancelled at once and nothing more is charged.</li> : null}
            <li>Your card and customer record are deleted at our payment provider.</li>
            <li>Your name, email address, newsletter subscription and reminders are erased.</li>
            <li>The amounts you gave stay in our bookkeeping as anonymous figures, without your name or email.</li>
          </ul>
        </div>
        <label htmlFor="delete-confirm" className="mt-3 block font-semibold">Type DELETE to confirm</label>
        <input
          id="delete-confirm"
          name="confirm"
          type="text"
          autoComplete="off"
          aria-describedby={confirmError ? 'delete-confirm-error delete-warning' : 'delete-warning'}
          aria-invalid={confirmError ? true : undefined}
          className="mt-1 w-48 rounded border border-gray-500 px-3 py-2"
        />
        {confirmError ? <p id="delete-confirm-error" role="alert" className="mt-1 text-sm font-semibold text-red-800">{confirmError}</p> : null}
        <div>
          <button type="submit" className="mt-3 rounded bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-dark">Delete my account</button>
        </div>
      </form>
    </div>
  );
}
