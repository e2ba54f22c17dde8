'use client';
// Brings the browser's supporter hint (rr_supporter, read by the cached pages' <head> script) in line with what the
// account says right now, so the masthead and the appeal follow a change of support at once, not a day later.
import { useEffect } from 'react';

export function ReaderStateSync({ supporter }: { supporter: boolean }) {
  useEffect(() => {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `rr_supporter=${supporter ? 'yes' : 'no'}; Path=/; Max-Age=86400; SameSite=Lax${secure}`;
    (window as { rrReaderState?: () => void }).rrReaderState?.();
  }, [supporter]);
  return null;
}
