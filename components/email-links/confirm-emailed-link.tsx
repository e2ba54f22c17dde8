// The page an emailed link opens: what pressing the one button will do, and the button (a POST, so that link scanners,
// which only fetch, change nothing). An invalid link gets its message instead.
type Props = {
  heading: string;
  /** The address the link belongs to, or null when the link is not valid. */
  email: string | null;
  /** What happens, up to the address: "We will stop sending reminders to". */
  lead: string;
  /** The emailed link's path; the button posts its token back there. */
  action: string;
  token: string;
  button: string;
  invalid: string;
};

export function ConfirmEmailedLink({ heading, email, lead, action, token, button, invalid }: Props) {
  return (
    <div className="max-w-xl mx-auto">
      <h1 className="text-3xl font-bold">{heading}</h1>
      {email ? (
        <>
          <p className="mt-4">{lead} <strong>{email}</strong>.</p>
          <form method="post" action={`${action}?token=${encodeURIComponent(token)}`} className="mt-6">
            <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">{button}</button>
          </form>
        </>
      ) : (
        <p className="mt-4" role="alert">{invalid}</p>
      )}
    </div>
  );
}
