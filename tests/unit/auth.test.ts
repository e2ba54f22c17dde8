// Pure pieces of sign-in: where a sign-in may return to, the CSRF cookie check, roles, cookie parsing.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readCookie } from '@/lib/auth/auth-cookies';
import { readCsrfToken } from '@/lib/auth/read-csrf-token';
import { CALLBACK_LOOPS, DEFAULT_CALLBACK_PATH } from '@/lib/auth/callback-path';
import { safeReturnPath } from '@/lib/http/safe-return-path';
import { signInErrorMessage } from '@/lib/auth/sign-in-error-message';
import { hasRole } from '@/lib/auth/user-role';

const app = 'http://localhost:3000';
const safeCallbackUrl = (value: string | undefined, appUrl: string) => safeReturnPath(value, { fallback: DEFAULT_CALLBACK_PATH, appUrl, avoid: CALLBACK_LOOPS });

describe('safeCallbackUrl', () => {
  it('keeps paths and same-origin URLs on this site', () => {
    expect(safeCallbackUrl('/admin/supporters?q=ann', app)).toBe('/admin/supporters?q=ann');
    expect(safeCallbackUrl('http://localhost:3000/admin', app)).toBe('/admin');
  });

  it('refuses other origins, protocol-relative tricks and loops back to sign-in', () => {
    for (const bad of ['https://evil.example/admin', '//evil.example/x', 'javascript:alert(1)', '/signin?callbackUrl=/admin', '/api/auth/signout', '/signout']) {
      expect(safeCallbackUrl(bad, app)).toBe(DEFAULT_CALLBACK_PATH);
    }
    expect(safeCallbackUrl(undefined, app)).toBe(DEFAULT_CALLBACK_PATH);
  });
});

describe('readCsrfToken', () => {
  const secret = 's'.repeat(40);
  const token = 'abc123';
  const hash = crypto.createHash('sha256').update(`${token}${secret}`).digest('hex');

  it('returns the token of a genuine cookie', () => {
    expect(readCsrfToken(`${token}|${hash}`, secret)).toBe(token);
  });

  it('refuses a missing, malformed or forged cookie', () => {
    expect(readCsrfToken(undefined, secret)).toBeNull();
    expect(readCsrfToken('nohash', secret)).toBeNull();
    expect(readCsrfToken(`other|${hash}`, secret)).toBeNull();
    expect(readCsrfToken(`${token}|${hash}`, 'another secret of enough length........')).toBeNull();
  });
});

describe('roles', () => {
  it('ranks reader < staff < admin', () => {
    expect(hasRole({ role: 'reader' }, 'staff')).toBe(false);
    expect(hasRole({ role: 'staff' }, 'staff')).toBe(true);
    expect(hasRole({ role: 'admin' }, 'staff')).toBe(true);
    expect(hasRole({ role: 'staff' }, 'admin')).toBe(false);
    expect(hasRole(null, 'reader')).toBe(false);
  });
});

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    expect(readCookie('a=1; next-auth.session-token=tok%3D; b=2', 'next-auth.session-token')).toBe('tok=');
    expect(readCookie('a=1', 'next-auth.session-token')).toBeUndefined();
    expect(readCookie(null, 'x')).toBeUndefined();
  });
});

describe('signInErrorMessage', () => {
  it('explains expired links and rate limits, and says nothing without an error', () => {
    expect(signInErrorMessage('Verification')).toMatch(/expired/);
    expect(signInErrorMessage('RateLimited')).toMatch(/15 minutes/);
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});
