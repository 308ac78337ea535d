import { spawnSync } from 'node:child_process';
import { ensureSystemTools } from './lib/system-tools';

/**
 * `npm test`: provisions what the suite needs (Debian's Chromium and PostgreSQL), builds the weapp, H5 and
 * cloud-function outputs that the component, e2e and bundle tests load, then runs every jest project.
 * Arguments after `--` go to jest (`npm test -- tests/store`).
 */
const BUILDS = ['build:weapp', 'build:h5', 'build:cloud'];

function run(command: string, args: string[], quiet: boolean): void {
  const result = spawnSync(command, args, { stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

function main(): void {
  ensureSystemTools();
  for (const script of BUILDS) {
    process.stdout.write(`npm run ${script}…\n`);
    run('npm', ['run', '--silent', script], true);
  }
  run('npx', ['jest', ...process.argv.slice(2)], false);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
