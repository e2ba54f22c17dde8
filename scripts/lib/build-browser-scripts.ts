// The appeal's own browser scripts (no framework, a few KB): /appeal.js for this site's pages and /embed.js for other
// sites, bundled with esbuild into the build folder with a content hash the pages use to cache them for good.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';

export const BROWSER_SCRIPTS = { appeal: 'lib/appeal/browser/appeal-entry.ts', embed: 'lib/appeal/browser/embed-entry.ts' } as const;

export function buildBrowserScripts(root: string, distDir: string): Record<keyof typeof BROWSER_SCRIPTS, string> {
  const outDir = path.join(root, distDir, 'browser');
  fs.mkdirSync(outDir, { recursive: true });
  const manifest = {} as Record<keyof typeof BROWSER_SCRIPTS, string>;
  for (const [name, entry] of Object.entries(BROWSER_SCRIPTS) as [keyof typeof BROWSER_SCRIPTS, string][]) {
    const result = buildSync({
      entryPoints: [path.join(root, entry)],
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['es2020'],
      write: false,
      loader: { '.css': 'text' },
      legalComments: 'none',
    });
    const code = result.outputFiles[0].contents;
    fs.writeFileSync(path.join(outDir, `${name}.js`), code);
    manifest[name] = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest));
  return manifest;
}
