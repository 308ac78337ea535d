import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MemberDoc } from '../../cloudfunctions/modules/members/members.types';
import { ensureAllCollections } from '../../cloudfunctions/store/collections';
import { openEmbeddedStore } from '../../cloudfunctions/store/embedded';
import type { DocStore } from '../../cloudfunctions/store/types';
import { personalDataCipherFromEnv } from '../../cloudfunctions/security/keys-from-env';
import { seedDemoOrganisation } from '../../scripts/seed/demo-organisation';

/** Demo members the tests talk about, by what they are. */
export const DEMO = {
  superAdmin: 'm-001',
  orgAdmin: 'm-002',
  officeBranchAdmin: 'm-003', // 综合办公室党支部 (机关党总支)
  eastBranchAdmin: 'm-006', // 东湖社区党支部 (社区党总支)
  member: 'm-010',
} as const;

export const FIXED_NOW = Date.UTC(2026, 10, 22, 8, 0, 0);

/** Fixed test secrets (never used outside tests). */
export const TEST_SECRETS = {
  SESSION_SECRET: 'test-secret-test-secret-test-secret-0000',
  PII_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')},k0:${Buffer.alloc(32, 2).toString('base64')}`,
  PII_ACTIVE_KEY: 'k1',
  PII_HASH_KEY: Buffer.alloc(32, 3).toString('base64'),
};

export const testCipher = () => personalDataCipherFromEnv(TEST_SECRETS);

/**
 * A fresh data directory with the demo organisation seeded into an embedded store: a copy of the run's
 * seeded files when jest made them (tests/support/global-setup.js), else seeded here.
 */
export async function seededDataDir(): Promise<{ dataDir: string; store: DocStore }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhdj-test-'));
  const template = process.env.ZHDJ_SEED_TEMPLATE;
  if (template) {
    cpSync(path.join(template, 'db'), path.join(dataDir, 'db'), { recursive: true });
    const store = await openEmbeddedStore(path.join(dataDir, 'db'));
    // Every collection loaded now, as seeding would have: nedb rewrites a file as it loads it, and a load left
    // to a test's first read would change the files under a test that checks a refused call wrote nothing.
    await ensureAllCollections(store);
    return { dataDir, store };
  }
  const store = await openEmbeddedStore(path.join(dataDir, 'db'));
  await seedDemoOrganisation(store, testCipher(), FIXED_NOW);
  return { dataDir, store };
}

export async function bindOpenid(store: DocStore, memberId: string, openid: string): Promise<void> {
  await store.collection<MemberDoc>('members').updateWhere({ _id: memberId }, { $set: { openid } });
}
