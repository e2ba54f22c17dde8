'use client';
// Sends one "impression" when the appeal first scrolls into view on this page view.
import { useEffect, useRef } from 'react';
import { sendAppealEvent } from './send-appeal-event';

export function AppealImpression({ placement, articleSlug }: { placement: string; articleSlug: string | null }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const section = marker.current?.closest('section');
    if (!section || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      sendAppealEvent('impression', placement, articleSlug);
    }, { threshold: 0.3 });
    observer.observe(section);
    return () => observer.disconnect();
  }, [placement, articleSlug]);
  return <span ref={marker} hidden />;
}
