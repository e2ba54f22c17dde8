// The POST behind an emailed link (`...?token=`): the confirm page's button, or (unsubscribe links only) a mail
// provider's RFC 8058 one-click, answered with plain text. The token is the authority; an unknown or tampered one gets
// the link error page.
import { localePath, type Locale } from '@/lib/i18n/locales';
import { linkErrorResponse } from './link-error-response';
import { isOneClickPost, routeHandler } from './route-handler';

export type EmailedLinkPost = {
  /** Applies the link; false when the token is not valid. */
  apply: (token: string, now: Date) => Promise<boolean>;
  /** In the route's language. */
  notValid: (locale: Locale) => string;
  /** The page a browser goes to afterwards (without a language prefix: the route's language is added). */
  donePath: string;
  /** RFC 8058's one-click post is accepted with these words as its answer (unsubscribe links); without them it is not. */
  oneClick: { doneText: (locale: Locale) => string } | false;
};

export function emailedLinkPost(options: EmailedLinkPost) {
  return routeHandler({
    access: 'public',
    oneClick: Boolean(options.oneClick),
    backTo: '/',
    handle: async ({ request, input, now, locale }) => {
      const token = new URL(request.url).searchParams.get('token') ?? input.token ?? '';
      if (!(await options.apply(token, now))) return linkErrorResponse(request, { message: options.notValid(locale), locale });
      if (options.oneClick && isOneClickPost(input)) return new Response(options.oneClick.doneText(locale), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
      return new Response(null, { status: 303, headers: { location: localePath(locale, options.donePath) } });
    },
  });
}
