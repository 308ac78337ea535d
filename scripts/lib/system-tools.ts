import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Finds the system programs the tests and benchmarks use (Debian's Chromium and PostgreSQL), and installs
 * them with apt-get when they are missing and we are root; otherwise says exactly what to run.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** CJK fonts, so screenshots of the Chinese UI show characters rather than boxes. */
const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

export function ensureSystemTools(): void {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
  if (!postgresBinDir()) missing.push('postgresql');
  if (!existsSync(CJK_FONT)) missing.push('fonts-wqy-zenhei');
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (!isRoot()) {
    throw new Error(`The tests need Debian's ${missing.join(' and ')}. Install with:\n  sudo ${command}`);
  }
  process.stdout.write(`Installing ${missing.join(', ')} (apt-get)…\n`);
  const result = spawnSync('bash', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Could not install ${missing.join(', ')}; run: ${command}`);
}

export function hasPostgresUser(): boolean {
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
