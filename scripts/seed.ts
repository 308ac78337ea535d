import { parseEnv } from '../config/env';
import { openStore } from '../cloudfunctions/store/open-store';
import { personalDataCipherFromEnv } from '../cloudfunctions/security/keys-from-env';
import { localSecrets } from './dev-secret';
import { seedDemoHome } from './seed/demo-home';
import { seedDemoOrganisation } from './seed/demo-organisation';
import { seedDemoQuiz } from './seed/demo-quiz';
import { seedDemoVotes } from './seed/demo-votes';
import { seedDemoStudy } from './seed/demo-study';

/**
 * `npm run seed`: puts the demo organisation into the store DB_DRIVER names, if it is empty. Without PII_*
 * variables it uses (or creates) the local secrets under DATA_DIR, the same ones `npm start` uses.
 */
async function main(): Promise<void> {
  const env = parseEnv({ ...localSecrets(process.env.DATA_DIR ?? '.data'), ...process.env });
  const store = await openStore(env);
  try {
    const { seeded, members } = await seedDemoOrganisation(store, personalDataCipherFromEnv(env), Date.now());
    process.stdout.write(
      seeded ? `Seeded ${members} demo members.\n` : 'The store already has members; left as it is.\n',
    );
    if (await seedDemoStudy(store, Date.now())) process.stdout.write('Seeded demo study content and a plan.\n');
    if (await seedDemoQuiz(store, Date.now()))
      process.stdout.write('Seeded a demo question bank, an exam and a competition.\n');
    if (await seedDemoVotes(store, Date.now())) process.stdout.write('Seeded two open demo votes.\n');
    if (await seedDemoHome(store, Date.now())) process.stdout.write('Seeded two demo home banners.\n');
    // Fresh planner statistics, so the first queries on the loaded tables get index plans.
    await store.analyze();
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
