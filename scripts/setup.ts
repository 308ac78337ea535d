import path from 'node:path';
import { parseEnv } from '../config/env';
import { localFiles } from '../cloudfunctions/platform/files';
import { createLocalMessaging } from '../cloudfunctions/platform/messaging';
import { localModel } from '../cloudfunctions/platform/models';
import { localContentSafety } from '../cloudfunctions/platform/content-safety';
import { localSoter } from '../cloudfunctions/platform/soter';
import { dispatch } from '../cloudfunctions/router/dispatch';
import { personalDataCipherFromEnv } from '../cloudfunctions/security/keys-from-env';
import { openStore } from '../cloudfunctions/store/open-store';

/**
 * `npm run setup`: the self-hosted equivalent of running `system.setup` in the WeChat cloud console. Creates
 * every collection and index in the store `DB_DRIVER` names and, while there is no super admin, prints the
 * one-time bootstrap code the first person redeems in the app.
 */
async function main(): Promise<void> {
  const env = parseEnv();
  const store = await openStore(env);
  try {
    const result = await dispatch(
      'jobs',
      { route: 'system.setup', input: {} },
      { kind: 'system' },
      {
        store,
        platform: {
          sessions: null,
          devLogin: false,
          wxLogin: null,
          soter: localSoter,
          contentSafety: localContentSafety,
          models: localModel,
          files: localFiles(path.join(env.DATA_DIR, 'files')),
          ...createLocalMessaging(Date.now),
        },
        pii: personalDataCipherFromEnv(env),
        clock: Date.now,
        log: () => undefined,
      },
    );
    if (!result.ok) throw new Error(result.error.message);
    const data = result.data as {
      collections: string[];
      indexes: number;
      bootstrapCode: string | null;
      legacyBallots: { migrated: number; duplicatesRemoved: number };
      memberSortKeys: number;
      questionRandomKeys: number;
    };
    process.stdout.write(`Collections ready: ${data.collections.join(', ')} (${data.indexes} indexes).\n`);
    const { migrated, duplicatesRemoved } = data.legacyBallots;
    if (migrated + duplicatesRemoved > 0)
      process.stdout.write(
        `Ballots made anonymous: ${migrated} (a member's earlier duplicate removed: ${duplicatesRemoved}).\n`,
      );
    if (data.memberSortKeys > 0) process.stdout.write(`Members given a pinyin sort key: ${data.memberSortKeys}.\n`);
    if (data.questionRandomKeys > 0)
      process.stdout.write(`Questions given a random draw key: ${data.questionRandomKeys}.\n`);
    // Setup may have rewritten many records: fresh planner statistics keep the hot routes on their indexes.
    await store.analyze();
    process.stdout.write(
      data.bootstrapCode
        ? `Bootstrap code (one use): ${data.bootstrapCode}\nOpen the app, choose 首次部署：使用初始化码, and enter it.\n`
        : 'A super admin exists already; no bootstrap code.\n',
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
