'use client';
// "Not ready to support today? Remind me later." The deferral and reminder form arrive with the reminders work.
export function RemindMeLater() {
  return (
    <p className="mt-4 text-sm">
      Not ready to support today?{' '}
      <button type="button" className="underline font-semibold">Remind me later</button>
    </p>
  );
}
