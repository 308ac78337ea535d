import { parseEnv } from '../config/env';
import { openStore } from '../cloudfunctions/store/open-store';
import { seedDemoOrganisation } from './seed/demo-organisation';

/** `npm run seed`: puts the demo organisation into the store DB_DRIVER names, if it is empty. */
async function main(): Promise<void> {
  const env = parseEnv();
  const store = await openStore(env);
  try {
    const { seeded, members } = await seedDemoOrganisation(store, Date.now());
    process.stdout.write(
      seeded ? `Seeded ${members} demo members.\n` : 'The store already has members; left as it is.\n',
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
