// The app as the browser tests see it: `npm start` on a fresh data folder (and, with DATABASE_URL, the run's own database).
import fs from 'node:fs';
import path from 'node:path';

const dataDir = process.env.DATA_DIR || 'data/e2e';
if (!path.resolve(dataDir).startsWith(path.resolve('data'))) throw new Error(`refusing to wipe ${dataDir}`);
fs.rmSync(dataDir, { recursive: true, force: true });
void import('./start');
