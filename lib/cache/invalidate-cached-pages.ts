// After the appeal changes (a publish, a test started or stopped): every cached page shows it from the next request,
// in this instance at once (Next's cache and the server's), in others within their pages' revalidation time.
import { revalidatePath } from 'next/cache';
import { processPageCache } from '@/lib/http/page-cache';

export function invalidateCachedPages(): void {
  processPageCache()?.clear();
  try {
    revalidatePath('/', 'layout');
  } catch {
    // Outside a Next request (a script, a test) there is no Next cache to empty.
  }
}
