// Where to go after signing in: a path on this site only (never another origin), else the role-based landing page.
export const DEFAULT_CALLBACK_PATH = '/signin/welcome';

export function safeCallbackUrl(value: string | undefined, appUrl: string): string {
  if (!value) return DEFAULT_CALLBACK_PATH;
  try {
    const base = new URL(appUrl);
    const url = new URL(value, base);
    if (url.origin !== base.origin) return DEFAULT_CALLBACK_PATH;
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Sending someone back to the sign-in or sign-out pages would loop.
    if (/^\/(signin|signout|api\/auth)(\/|\?|$)/.test(path)) return DEFAULT_CALLBACK_PATH;
    return path;
  } catch {
    return DEFAULT_CALLBACK_PATH;
  }
}
