// next-auth's endpoints: CSRF token, email sign-in, the magic-link callback, sign-out.
import NextAuth from 'next-auth';
import { getAuthOptions } from '@/lib/auth/get-auth-options';

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that the database handle and configuration are the current ones.
function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
