import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasPostgresUser, postgresBinDir } from './system-tools';
import { onFreePort } from './free-port';

/**
 * A throw-away PostgreSQL server: `initdb` into a temp dir and `pg_ctl` on a free loopback port.
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
 */
export interface PostgresServer {
  url: string;
  /** The folder holding the server's data, socket and log: what `stopPostgresIn` needs. */
  dir: string;
  /** Stops the server as a crash would (`immediate`: no checkpoint, recovery on start) and starts it again. */
  restart(downMs?: number): Promise<void>;
  stop(): void;
}

/** Runs one of PostgreSQL's programs; as root, as the `postgres` user, since PostgreSQL refuses to run as root. */
function runProgram(program: string, args: string[]): void {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
  const full = path.join(bin, program);
  if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
  else execFileSync(full, args, { stdio: 'pipe' });
}

/**
 * Stops the server `startPostgres` started in `dir` and removes the folder, from any process: the test run
 * starts one server in its global set-up and stops it in its teardown.
 */
export function stopPostgresIn(dir: string): void {
  try {
    runProgram('pg_ctl', ['-D', path.join(dir, 'data'), '-m', 'immediate', 'stop']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startPostgres(options: { durable?: boolean } = {}): Promise<PostgresServer> {
  if (!postgresBinDir()) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql');
  const asRoot = process.getuid?.() === 0;
  if (asRoot && !hasPostgresUser())
    throw new Error('Running as root needs the postgres user (apt-get install -y postgresql)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-pg-'));
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const dataDir = path.join(dir, 'data');
  runProgram('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // Tests that do not kill the server can skip fsync; crash tests ask for a durable one.
  const durability = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const startOn = (port: number) =>
    runProgram('pg_ctl', [
      '-D',
      dataDir,
      '-w',
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${durability}`,
      'start',
    ]);
  const port = await onFreePort(async (candidate) => {
    startOn(candidate);
    return candidate;
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    async restart(downMs = 1000) {
      runProgram('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      await new Promise((resolve) => setTimeout(resolve, downMs));
      startOn(port);
    },
    stop: () => stopPostgresIn(dir),
  };
}
