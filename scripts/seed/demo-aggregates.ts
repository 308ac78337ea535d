import os from 'node:os';
import path from 'node:path';
import type { Services } from '../../cloudfunctions/kernel/context';
import { localModel } from '../../cloudfunctions/platform/models';
import { localContentSafety } from '../../cloudfunctions/platform/content-safety';
import { localFiles } from '../../cloudfunctions/platform/files';
import { createLocalMessaging } from '../../cloudfunctions/platform/messaging';
import { localSoter } from '../../cloudfunctions/platform/soter';
import { dispatch } from '../../cloudfunctions/router/dispatch';
import type { PersonalDataCipher } from '../../cloudfunctions/security/personal-data';
import type { DocStore } from '../../cloudfunctions/store/types';

/**
 * The demo seeds write records straight into the store, without the domain events the services emit, so the
 * dashboard's per-unit aggregates stay empty. The nightly reconcile, run once as the timer would, builds them.
 */
export async function backfillDemoAggregates(store: DocStore, pii: PersonalDataCipher, now: number): Promise<void> {
  const clock = () => now;
  const services: Services = {
    store,
    platform: {
      sessions: null,
      devLogin: false,
      wxLogin: null,
      soter: localSoter,
      files: localFiles(path.join(os.tmpdir(), 'zhdj-seed-files')),
      contentSafety: localContentSafety,
      models: localModel,
      ...createLocalMessaging(clock),
    },
    pii,
    clock,
    log: () => undefined,
  };
  const result = await dispatch(
    'http',
    { route: 'system.reconcileAggregates', input: {} },
    { kind: 'system' },
    services,
  );
  if (!result.ok) throw new Error(`the aggregates backfill failed: ${result.error.message}`);
}
