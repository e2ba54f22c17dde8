'use client';
// Holds the appeal's markup outside React's reconciliation (the browser script swaps variants and collapses it), and
// mounts it after a client-side navigation, before the browser paints; on a first load /appeal.js mounts it.
import { useLayoutEffect, useRef } from 'react';

export function AppealSlotMount({ markup }: { markup: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const mount = (window as { rrAppeal?: { mount: (root: ParentNode) => void } }).rrAppeal?.mount;
    if (ref.current && mount) mount(ref.current);
  }, [markup]);
  return <div ref={ref} className="rr-slot-host" dangerouslySetInnerHTML={{ __html: markup }} />;
}
