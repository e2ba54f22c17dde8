'use client';
// With a frequency cap on, remembers when this reader saw the full appeal (a first-party cookie of timestamps only).
import { useEffect } from 'react';

const COOKIE = 'rr_appeal_seen';

export function AppealSeenCounter({ days }: { days: number }) {
  useEffect(() => {
    const now = Math.floor(Date.now() / 1000);
    const since = now - days * 86_400;
    const current = document.cookie.split('; ').find((c) => c.startsWith(`${COOKIE}=`))?.slice(COOKIE.length + 1) ?? '';
    const kept = current.split('.').map(Number).filter((t) => Number.isInteger(t) && t > since).slice(-20);
    document.cookie = `${COOKIE}=${[...kept, now].join('.')}; Path=/; Max-Age=${days * 86_400}; SameSite=Lax`;
  }, [days]);
  return null;
}
