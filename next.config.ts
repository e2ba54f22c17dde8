import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Separate build folders let parallel test runs (and CI's second database pass) share a checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The server compresses cached pages once and keeps the result (scripts/lib/page-cache.ts); Next need not redo it.
  compress: false,
  // Metadata is resolved before the page streams, for every client: streamed metadata made the article page's
  // memory climb under load (npm run bench: app_rss_after_10k_requests).
  htmlLimitedBots: /.*/,
  // Type errors are caught by `npm run typecheck`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // forbidden() gives signed-in readers a real 403 page on staff pages.
    authInterrupts: true,
    // Reader pages and the staff area have root layouts of their own; an address neither knows gets this page.
    globalNotFound: true,
    // Cached pages live in memory only: a restart (new settings, a new database) never serves an old render.
    isrFlushToDisk: false,
  },
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'pino', 'nodemailer', 'stripe'],
};

export default nextConfig;
