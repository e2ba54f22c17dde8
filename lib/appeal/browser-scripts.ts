// The appeal's browser scripts as the build left them (scripts/lib/build-browser-scripts.ts): their text, and the
// address pages use, which carries the content hash so browsers and caches may keep it for good.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

export type BrowserScript = 'appeal' | 'embed';
type Built = { code: Buffer; hash: string };

const cache = new Map<BrowserScript, Built>();

function folder(): string {
  return path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'browser');
}

export function readBrowserScript(name: BrowserScript): Built {
  const cached = cache.get(name);
  if (cached) return cached;
  const manifest = JSON.parse(fs.readFileSync(path.join(folder(), 'manifest.json'), 'utf8')) as Record<BrowserScript, string>;
  const built = { code: fs.readFileSync(path.join(folder(), `${name}.js`)), hash: manifest[name] };
  // In development the scripts are rebuilt at each start; in production they never change under a running server.
  if (process.env.NODE_ENV === 'production') cache.set(name, built);
  return built;
}

export function browserScriptUrl(name: BrowserScript): string {
  try {
    return `/${name}.js?v=${readBrowserScript(name).hash}`;
  } catch {
    return `/${name}.js`;
  }
}
