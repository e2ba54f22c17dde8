'use client';
// Sends one "impression" when the appeal first scrolls into view on this page view.
import { useEffect, useRef } from 'react';
import { sendAppealEvent, type EventAttribution } from './send-appeal-event';

export function AppealImpression({ placement, articleSlug, attribution }: { placement: string; articleSlug: string | null; attribution: EventAttribution }) {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const section = marker.current?.closest('section');
    if (!section || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      sendAppealEvent('impression', placement, articleSlug, attribution);
    }, { threshold: 0.3 });
    observer.observe(section);
    return () => observer.disconnect();
    // The attribution is fixed for the page view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placement, articleSlug]);
  return <span ref={marker} hidden />;
}
