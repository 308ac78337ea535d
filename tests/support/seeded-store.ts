import { rmSync } from 'node:fs';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import { openPostgresStore } from '../../cloudfunctions/store/postgres';
import type { DocStore } from '../../cloudfunctions/store/types';
import { startPostgres } from '../../scripts/lib/postgres-server';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { FIXED_NOW, seededDataDir, testCipher } from './demo-store';

/**
 * The demo organisation in a fresh store of either kind: an embedded store in a temp folder, or a throw-away
 * PostgreSQL server. `close` closes the store and removes what was started.
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
  const server = await startPostgres();
  const store = await openPostgresStore(server.url, 20);
  await ensureAllCollections(store);
  await seedDemoOrganisation(store, testCipher(), FIXED_NOW);
  return {
    store,
    async close() {
      await store.close();
      server.stop();
    },
  };
}
