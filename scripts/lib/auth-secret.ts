// Before the secret lived in the database, npm start kept a generated one under DATA_DIR; it seeds the stored one.
import fs from 'node:fs';
import path from 'node:path';

export function readLegacyAuthSecret(dataDir: string): string | null {
  const file = path.join(dataDir, 'auth-secret');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || null : null;
}
