import { launcherHeaders } from '@/lib/http/client-ip';

// A form posted the way a browser on the site posts it (our Origin), from a given client address, as a page or as JSON.
export function formPost(url: string, fields: Record<string, string>, options: { json: boolean; ip: string }): Request {
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://localhost:3000',
      ...launcherHeaders(options.ip),
      ...(options.json ? { accept: 'application/json' } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
}
