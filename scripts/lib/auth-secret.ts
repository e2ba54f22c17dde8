// With no AUTH_SECRET set, generate one and keep it under DATA_DIR so sign-ins survive restarts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function ensureAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
