import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Secrets for a local installation, generated once and kept under DATA_DIR (mode 600), so sign-ins and
 * encrypted personal data survive restarts of `npm start`. Production passes them in the environment.
 */
export interface LocalSecrets {
  SESSION_SECRET: string;
  PII_KEYS: string;
  PII_ACTIVE_KEY: string;
  PII_HASH_KEY: string;
}

export function localSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, 'local-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secrets: LocalSecrets = {
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PII_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    PII_ACTIVE_KEY: 'k1',
    PII_HASH_KEY: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
