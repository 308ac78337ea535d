import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';
import { FIXED_NOW, testCipher } from './demo-store';

/**
 * Writes the demo organisation, seeded exactly as `seededDataDir` would seed it, into `<dir>/db`. Run once
 * per jest run (tests/support/global-setup.js); each test's store is then a copy of these files, which
 * takes milliseconds where seeding takes seconds, some hundreds of times a run.
 */
async function writeSeedTemplate(dir: string): Promise<void> {
  const store = await openEmbeddedStore(`${dir}/db`);
  await seedDemoOrganisation(store, testCipher(), FIXED_NOW);
  await store.close();
}

writeSeedTemplate(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
