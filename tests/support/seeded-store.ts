import { rmSync } from 'node:fs';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import type { DocStore } from '../../cloudfunctions/store/types';
import { seededDataDir } from './demo-store';
import { seededDatabase } from './postgres-databases';

/**
 * The demo organisation in a fresh store of either kind: an embedded store in a temp folder, or a database of
 * its own on the run's PostgreSQL server, copied from the seeded template (tests/support/postgres-template.ts).
 * `close` closes the store and removes what was started.
 */
export async function seededStore(
  driver: 'embedded' | 'postgres',
): Promise<{ store: DocStore; close(): Promise<void> }> {
  if (driver === 'embedded') {
    const { store, dataDir } = await seededDataDir();
    return {
      store,
      async close() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const database = await seededDatabase();
  const store = await openPostgresStore(database.url, 20);
  return {
    store,
    async close() {
      await store.close();
      await database.drop();
    },
  };
}
