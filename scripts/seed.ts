import path from 'node:path';
import { parseEnv } from '../config/env';
import { localFiles } from '../cloudfunctions/platform/files';
import { openStore } from '../cloudfunctions/store/open-store';
import { personalDataCipherFromEnv } from '../cloudfunctions/security/keys-from-env';
import { localSecrets } from './dev-secret';
import { seedDemo } from './seed/demo';

/**
 * `npm run seed`: puts the demo organisation into the store DB_DRIVER names, if it is empty. Without PII_*
 * variables it uses (or creates) the local secrets under DATA_DIR, the same ones `npm start` uses.
 */
async function main(): Promise<void> {
  const env = parseEnv({ ...localSecrets(process.env.DATA_DIR ?? '.data'), ...process.env });
  const store = await openStore(env);
  try {
    const files = localFiles(path.join(env.DATA_DIR, 'files'));
    await seedDemo(store, personalDataCipherFromEnv(env), files, Date.now(), (line) =>
      process.stdout.write(`${line}\n`),
    );
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
