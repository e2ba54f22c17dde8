// next-auth's configuration: email magic links, the Drizzle adapter on our tables, database sessions.
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { NextAuthOptions } from 'next-auth';
import EmailProvider from 'next-auth/providers/email';
import { getDatabaseHandle } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { getLogger } from '@/lib/log/logger';
import { safeError } from '@/lib/log/safe-error';
import { usesSecureCookies } from './auth-cookies';
import { checkSignInRequest } from './check-sign-in-request';
import { getAuthSecret } from './get-auth-secret';
import { SIGN_IN_LINK_MAX_AGE_SECONDS, sendSignInEmail } from './send-sign-in-email';

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** `clientIp` is the request's, for the sign-in link limits; `safeRedirect` turns any callbackUrl into a path of ours. */
/** `locale`: the sign-in's language (its callbackUrl's: lib/auth/sign-in-locale.ts); next-auth's pages are sent in it. */
export function getAuthOptions(options: { clientIp: string; safeRedirect?: (url: string) => string; locale?: Locale }): NextAuthOptions {
  const here = (path: string) => localePath(options.locale ?? 'en', path);
  const config = getConfig();
  // Links in emails and redirects point at the public address, whatever Host header a request carried.
  process.env.NEXTAUTH_URL = config.APP_URL;
  const log = getLogger();
  // The adapter needs the real Drizzle instance (it checks its class), not the lazy proxy.
  const adapter = DrizzleAdapter(getDatabaseHandle().db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }) as NextAuthOptions['adapter'];
  return {
    secret: getAuthSecret(),
    adapter,
    session: { strategy: 'database', maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: usesSecureCookies(),
    providers: [
      EmailProvider({
        from: config.EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        sendVerificationRequest: ({ identifier, url }) => sendSignInEmail({ identifier, url }),
      }),
    ],
    // "?via=auth" marks a visit that next-auth sent (and that therefore carries its CSRF cookie).
    pages: { signIn: here('/signin?via=auth'), verifyRequest: here('/signin/check-email'), error: here('/signin'), signOut: here('/signout?via=auth') },
    callbacks: {
      redirect: ({ url, baseUrl }) => (options.safeRedirect ? `${baseUrl}${options.safeRedirect(url)}` : baseUrl),
      signIn: ({ user, email }) => checkSignInRequest({ email: user.email, verificationRequest: Boolean(email?.verificationRequest), clientIp: options.clientIp, locale: options.locale }),
    },
    // Only codes and messages: next-auth's metadata can carry addresses and tokens.
    logger: {
      error: (code, metadata) => log.error({ code, err: metadata instanceof Error ? safeError(metadata) : undefined }, 'auth error'),
      warn: (code) => log.warn({ code }, 'auth warning'),
      debug: () => {},
    },
  };
}
