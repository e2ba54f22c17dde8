// After signing in: the role-based landing page, unless the reader came from a page of ours (never the sign-in pages,
// which would loop). The path itself is checked by lib/http/safe-return-path.ts.
export const DEFAULT_CALLBACK_PATH = '/signin/welcome';
// In any language: /ru/signin loops as /signin does.
export const CALLBACK_LOOPS = /^\/(?:ru\/)?(signin|signout|api\/auth)(\/|\?|#|$)/;
