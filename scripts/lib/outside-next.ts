// Imported first by every script that runs outside Next (the launcher, the CLI commands, the benchmarks), where all
// code is server code: `server-only` (which throws unless a bundler or the react-server condition picks its empty
// build) resolves to that empty build here, so the modules it guards load.
import Module from 'node:module';
import path from 'node:path';

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const empty = path.resolve(__dirname, '../../node_modules/server-only/empty.js');
const resolve = loader._resolveFilename;
loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
  return request === 'server-only' ? empty : resolve.call(this, request, ...rest);
};
