import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['node_modules/**', '.next*/**', 'data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', '.scratch/**'] },
  // A pages-router rule: with the reader pages' catch-all (app/(reader)/[locale]/[...rest]) every path looks like a
  // page to it, file downloads under /api included.
  { rules: { '@next/next/no-html-link-for-pages': 'off' } },
];

export default config;
