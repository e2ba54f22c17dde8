// Shapes shared by the account actions: who is asking, and what an action answers.
export type AccountUser = { id: string; email: string; name?: string | null };

export type AccountActionResult =
  | { ok: true; notice: string; redirectTo?: string; /** The account is gone: end the browser's session too. */ signOut?: boolean }
  | { ok: false; status: 400 | 404 | 409 | 502; message: string; field?: string; /** Where on /account the form is. */ anchor?: string; /** What the reader typed, shown again. */ keep?: Record<string, string> };

export const notFoundResult: AccountActionResult = {
  ok: false,
  status: 404,
  message: 'We could not find that support on your account.',
};

export const stripeUnavailableResult: AccountActionResult = {
  ok: false,
  status: 502,
  message: 'Our payment provider did not answer, so nothing was changed. Please try again in a minute.',
};
