// The outcome of the last action: a polite status line, or an alert for an error (words already in the page's language).
export function AccountMessage({ notice, error }: { notice?: string; error?: string }) {
  if (error) {
    return (
      <p role="alert" className="mt-4 rounded border border-accent bg-red-50 p-3 font-semibold text-red-800">
        {error}
      </p>
    );
  }
  if (!notice) return null;
  return (
    <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {notice}
    </p>
  );
}
