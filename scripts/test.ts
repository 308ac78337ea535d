import { spawn, spawnSync } from 'node:child_process';
import { ensureSystemTools } from './lib/system-tools';

/**
 * `npm test`: provisions what the suite needs (Debian's Chromium and PostgreSQL), builds the weapp, H5 and
 * cloud-function outputs that the component, e2e and bundle tests load, then runs every jest project.
 * Arguments after `--` go to jest (`npm test -- tests/store`).
 */
// The two app builds are single-threaded webpack runs of about the same length, so they share the two cores;
// the cloud functions build is short and starts with them.
const BUILDS = ['build:weapp', 'build:h5', 'build:cloud'];

function build(script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      process.stderr.write(output);
      reject(new Error(`npm run ${script} failed`));
    });
  });
}

async function main(): Promise<void> {
  ensureSystemTools();
  process.stdout.write(`npm run ${BUILDS.join(', ')}…\n`);
  await Promise.all(BUILDS.map(build));
  const jest = spawnSync('npx', ['jest', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (jest.status !== 0) throw new Error('jest failed');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
