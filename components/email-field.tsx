// The "Email" box of the sign-in and newsletter forms: one address, at most 254 characters, tied to its error.
export function EmailField({ id, errorId, labelClassName, inputClassName }: { id: string; errorId: string | null; labelClassName: string; inputClassName: string }) {
  return (
    <>
      <label htmlFor={id} className={labelClassName}>Email</label>
      <input id={id} name="email" type="email" required autoComplete="email" maxLength={254}
        aria-invalid={errorId ? true : undefined} aria-describedby={errorId ?? undefined} className={inputClassName} />
    </>
  );
}
