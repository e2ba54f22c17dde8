// A same-site path to send a plain form back to; anything else (other hosts, "//x", odd characters) becomes the fallback.
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 300) return fallback;
  if (!/^\/(?![/\\])[\w\-./~%]*$/.test(value)) return fallback;
  return value;
}
