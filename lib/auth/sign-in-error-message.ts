// What each next-auth error code means to the person signing in.
export function signInErrorMessage(code: string | undefined): string | null {
  switch (code) {
    case undefined:
    case '':
      return null;
    case 'EmailSignin':
      return 'We could not send a link to that address. Check that it is a complete email address, such as name@example.org, and try again.';
    case 'Verification':
      return 'That sign-in link has expired or has already been used. Ask for a new one below.';
    case 'RateLimited':
      return 'Too many sign-in links have been asked for. Wait 15 minutes, then try again.';
    case 'SessionRequired':
      return 'Sign in to continue.';
    default:
      return 'Signing in did not work. Please try again.';
  }
}
