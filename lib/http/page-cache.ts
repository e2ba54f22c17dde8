// The server's own cache of the pages Next marks cacheable (the front page and articles): the same bytes for every
// reader, served without entering Next at all, already compressed, with their security policy worked out once.
// It holds a page for a few seconds at most (Next revalidates behind it) and is emptied when the appeal is published.
import crypto from 'node:crypto';
import zlib from 'node:zlib';

export type CachedPage = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  etag: string;
  storedAt: number;
  expiresAt: number;
};

const MAX_ENTRIES = 500;
const MAX_BYTES = 64 * 1024 * 1024;

export class PageCache {
  private entries = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(private readonly options: { ttlMs: number; now?: () => number }) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  get(key: string): CachedPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= this.now()) {
      this.delete(key);
      return null;
    }
    // Most recently used last, so the oldest go first when the cache is full.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  set(key: string, page: { status: number; headers: Record<string, string>; body: Buffer }, ttlMs = this.options.ttlMs): CachedPage {
    const now = this.now();
    const entry: CachedPage = { ...page, gzip: zlib.gzipSync(page.body, { level: 6 }), etag: etagOf(page.body), storedAt: now, expiresAt: now + Math.min(ttlMs, this.options.ttlMs) };
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length + entry.gzip.length;
    while (this.entries.size > MAX_ENTRIES || this.bytes > MAX_BYTES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return entry;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length + entry.gzip.length;
    this.entries.delete(key);
  }
}

export function etagOf(body: Buffer): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
}

/** Seconds a shared cache may keep a response, from its Cache-Control (s-maxage, else max-age); null: not shareable. */
export function sharedMaxAge(cacheControl: string | undefined): number | null {
  if (!cacheControl || /\b(private|no-store|no-cache)\b/i.test(cacheControl)) return null;
  const match = /\bs-maxage=(\d+)/i.exec(cacheControl) ?? /\bmax-age=(\d+)/i.exec(cacheControl);
  const seconds = match ? Number(match[1]) : 0;
  return seconds > 0 ? seconds : null;
}

const key = Symbol.for('reader-revenue.page-cache');
type Holder = typeof globalThis & { [key]?: PageCache };

/** The process's page cache (the server creates it; Next's code reaches it here to empty it on publish). */
export function processPageCache(create?: () => PageCache): PageCache | null {
  const holder = globalThis as Holder;
  if (!holder[key] && create) holder[key] = create();
  return holder[key] ?? null;
}
