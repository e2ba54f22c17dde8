'use client';
// Keeps this browser's random id in a first-party cookie, so an appeal test shows it the same variant on every visit.
import { useEffect } from 'react';

export function RememberBrowser({ cookieName, id }: { cookieName: string; id: string }) {
  useEffect(() => {
    if (document.cookie.split('; ').some((c) => c.startsWith(`${cookieName}=`))) return;
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${cookieName}=${id}; Path=/; Max-Age=${400 * 86_400}; SameSite=Lax${secure}`;
  }, [cookieName, id]);
  return null;
}
