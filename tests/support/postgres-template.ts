import { writeFileSync } from 'node:fs';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import { startPostgres, stopPostgresIn } from '../../scripts/lib/postgres-server';
import { postgresBinDir } from '../../scripts/lib/system-tools';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { FIXED_NOW, testCipher } from './demo-store';
import { databaseUrl, onServer, SEEDED_TEMPLATE } from './postgres-databases';

/**
 * The run's one PostgreSQL server (tests/support/global-setup.js), run as a script:
 * - `start <file>` starts it with the demo organisation seeded once into a template database, exactly as
 *   `seededStore('postgres')` would seed it, and writes `{ url, dir }` to the file; each test's database is then
 *   a copy of the template, which takes a fraction of a second where a server of its own and seeding took
 *   seconds. Without PostgreSQL installed it writes nothing, and only the suites that need a server fail, saying
 *   so;
 * - `stop <dir>` stops it (global-teardown.js).
 */
async function start(file: string): Promise<void> {
  if (!postgresBinDir()) return;
  const server = await startPostgres();
  // Written before seeding, so that a set-up that fails half way can still stop the server.
  writeFileSync(file, JSON.stringify({ url: server.url, dir: server.dir }));
  await onServer(`CREATE DATABASE ${SEEDED_TEMPLATE}`, server.url);
  const store = await openPostgresStore(databaseUrl(server.url, SEEDED_TEMPLATE), 20);
  await ensureAllCollections(store);
  await seedDemoOrganisation(store, testCipher(), FIXED_NOW);
  // A template must have no connections while it is copied.
  await store.close();
}

const [command, argument = ''] = process.argv.slice(2);
(command === 'stop' ? Promise.resolve(stopPostgresIn(argument)) : start(argument)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
