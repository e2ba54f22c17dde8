// The account's forms through the one route wrapper: a signed-in reader, at most 30 actions in ten minutes (each may
// call Stripe), then the action. A plain browser goes back to /account with the notice's code; a script gets the words.
import { authCookieNames, usesSecureCookies } from '@/lib/auth/auth-cookies';
import { formMessage } from '@/lib/http/form-messages';
import { routeHandler } from '@/lib/http/route-handler';
import { isLocale, localePath, type Locale } from '@/lib/i18n/locales';
import type { AccountActionResult, AccountUser } from './account-types';

/** `locale`: the language of the account page the form was on (its hidden `locale` field). */
export type AccountAction = (input: { user: AccountUser; fields: Record<string, string>; now: Date; locale: Locale }) => Promise<AccountActionResult>;

export function accountActionRoute(action: AccountAction, options: { backTo?: string } = {}): (request: Request) => Promise<Response> {
  return routeHandler({
    access: 'reader',
    backTo: (fields) => localePath(isLocale(fields.locale) ? fields.locale : 'en', options.backTo ?? '/account#support-settings'),
    rateLimit: { limits: ({ user }) => [{ key: `account:user:${user.id}`, limit: 30, windowSeconds: 600 }], code: 'account_rate_limited' },
    handle: async ({ user, input, now, json, locale }) => {
      const result = await action({ user, fields: input, now, locale });
      // The account's own pages in the form's language; Stripe's addresses as they are.
      const here = (path: string | undefined) => (path?.startsWith('/') ? localePath(locale, path) : path);
      if (!result.ok) return { ...result, backTo: here(result.backTo) };
      const headers = new Headers({ 'cache-control': 'no-store' });
      if (result.signOut) headers.append('set-cookie', `${authCookieNames().session}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${usesSecureCookies() ? '; Secure' : ''}`);
      if (json) return Response.json({ ok: true, notice: formMessage(result.notice, result.params, locale), redirectTo: here(result.redirectTo) ?? null }, { headers });
      const about = result.subscription ? `&subscription=${encodeURIComponent(result.subscription)}` : '';
      headers.set('location', here(result.redirectTo) ?? `${localePath(locale, '/account')}?notice=${result.notice}${about}`);
      return new Response(null, { status: 303, headers });
    },
  });
}
