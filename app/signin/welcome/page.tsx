// Where a sign-in lands when it did not ask for a particular page: staff go to the reports, readers to their account.
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { hasRole } from '@/lib/auth/user-role';

export default async function WelcomePage() {
  const user = await getCurrentUser();
  if (!user) redirect('/signin');
  redirect(hasRole(user, 'staff') ? '/admin' : '/account');
}
