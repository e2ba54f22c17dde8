// The server-only boundary: the database client and the environment (secrets) import `server-only`, so Next refuses to
// build a client component that reaches them; and today no client component's imports reach them, or anything in db/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const sourceFiles = ['app', 'components', 'lib', 'db']
  .flatMap((dir) => fs.readdirSync(path.join(root, dir), { recursive: true }).map((f) => path.join(dir, String(f))))
  .filter((f) => /\.tsx?$/.test(f));
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** The files a module imports at run time (type-only imports are erased, so they do not count). */
function runtimeImports(file: string): string[] {
  const found: string[] = [];
  for (const match of read(file).matchAll(/^import\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    if (match[1]) continue;
    const spec = match[2];
    if (spec === 'server-only') found.push(spec);
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(file), spec) : null;
    if (!base) continue;
    const resolved = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(path.join(root, candidate)));
    if (resolved) found.push(path.normalize(resolved));
  }
  return found;
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file !== 'server-only') queue.push(...runtimeImports(file));
  }
  return seen;
}

describe('the server-only boundary', () => {
  it('guards the database client and the environment', () => {
    for (const file of ['db/client.ts', 'lib/config/index.ts']) expect(runtimeImports(file), file).toContain('server-only');
  });

  // Client components, and the appeal's own browser scripts (bundled by esbuild into /appeal.js and /embed.js).
  const clientComponents = [
    ...sourceFiles.filter((f) => /^\s*['"]use client['"]/.test(read(f))),
    ...sourceFiles.filter((f) => /^lib[\\/]appeal[\\/]browser[\\/].*-entry\.ts$/.test(f)),
  ];

  it('finds the client code and what it imports', () => {
    expect(clientComponents).toContain(path.normalize('components/newsletter-form.tsx'));
    expect(clientComponents).toContain(path.normalize('lib/appeal/browser/embed-entry.ts'));
    expect([...reachable(path.normalize('lib/appeal/browser/appeal-entry.ts'))]).toContain(path.normalize('lib/support/parse-amount.ts'));
  });

  for (const component of clientComponents) {
    it(`${component} reaches nothing server-only`, () => {
      const reached = [...reachable(component)];
      expect(reached.filter((f) => f === 'server-only' || f.startsWith(`db${path.sep}`))).toEqual([]);
    });
  }

  // Scripts run outside Next, where `server-only` throws unless scripts/lib/outside-next is loaded first.
  const entries = ['scripts', 'bench'].flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)));
  for (const entry of entries.filter((f) => /from '\.\.\/(lib\/|db\/(?!throwaway-database'))/.test(read(f)))) {
    it(`${entry} loads scripts/lib/outside-next before anything server-only`, () => {
      expect(read(entry).match(/^import .*$/m)?.[0]).toMatch(/^import '(\.\/lib|\.\.\/scripts\/lib)\/outside-next';$/);
    });
  }
});
