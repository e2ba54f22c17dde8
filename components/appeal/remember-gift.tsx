'use client';
// After a completed gift, remembers it in the appeal's first-party cookie, so articles thank the reader instead of asking
// (and the masthead, on this very page, says thank you instead of "Support us").
import { useEffect } from 'react';

type Props = { cookieName: string; value: string; maxAgeSeconds: number };

export function RememberGift({ cookieName, value, maxAgeSeconds }: Props) {
  useEffect(() => {
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${cookieName}=${value}; Path=/; Max-Age=${maxAgeSeconds}; SameSite=Lax${secure}`;
    (window as { rrReaderState?: () => void }).rrReaderState?.();
  }, [cookieName, value, maxAgeSeconds]);
  return null;
}
