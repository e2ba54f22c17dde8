// /appeal.js on this site's pages: mounts every appeal slot, now and after client-side navigations.
import { mountAppeal, type AppealHost } from './mount-appeal';

declare global {
  interface Window {
    rrReaderState?: () => void;
    rrAppeal?: { mount: (root: ParentNode) => void };
  }
}

const host: AppealHost = {
  base: '',
  stateOf: () => document.documentElement,
  defer: (slot) => {
    const form = slot.querySelector<HTMLFormElement>('form.rr-defer');
    // The server sets the deferral cookie (and remembers it on a signed-in reader's account).
    if (form) void fetch(form.action, { method: 'POST', headers: { accept: 'application/json' }, body: new URLSearchParams(new FormData(form) as never) }).then(() => host.refresh(), () => {});
  },
  refresh: () => window.rrReaderState?.(),
};

function mount(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-rr-slot]').forEach((slot) => mountAppeal(slot, host));
}

window.rrAppeal = { mount };
mount(document);

// A signed-in reader's account speaks for them once a day (supporter? deferred on another device?).
if (document.documentElement.dataset.rrSignedIn === 'yes' && !document.cookie.split('; ').some((c) => c.startsWith('rr_supporter='))) {
  void fetch('/api/reader', { headers: { accept: 'application/json' } }).then(() => host.refresh(), () => {});
}
