// The "Email" box of the sign-in and newsletter forms: one address, at most 254 characters, tied to its error.
export function EmailField({ id, errorId, labelClassName, inputClassName, label = 'Email' }: { id: string; errorId: string | null; labelClassName: string; inputClassName: string; label?: string }) {
  return (
    <>
      <label htmlFor={id} className={labelClassName}>{label}</label>
      <input id={id} name="email" type="email" required autoComplete="email" maxLength={254}
        aria-invalid={errorId ? true : undefined} aria-describedby={errorId ?? undefined} className={inputClassName} />
    </>
  );
}
