import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localFiles } from '../../cloudfunctions/platform/files';
import { createLocalMessaging, type LocalMessaging } from '../../cloudfunctions/platform/messaging';
import type { Identity } from '../../cloudfunctions/platform/identity';
import { createSessionTokens } from '../../cloudfunctions/platform/session-tokens';
import { localContentSafety } from '../../cloudfunctions/platform/content-safety';
import { localSoter } from '../../cloudfunctions/platform/soter';
import { localCode2Session } from '../../cloudfunctions/platform/wx-login';
import type { Services } from '../../cloudfunctions/router/context';
import { dispatch } from '../../cloudfunctions/router/dispatch';
import type { DocStore } from '../../cloudfunctions/store/types';
import { FIXED_NOW, testCipher } from './demo-store';

/**
 * Calls routes in-process through the real dispatcher (validation, identity, scope, services), with a
 * clock the test moves and the local messaging ports it can look into. For tests that need thousands of
 * calls, where HTTP would only add noise.
 */
export interface Dispatcher {
  clock: { now: number };
  messaging: LocalMessaging;
  services: Services;
  as(memberId: string): (route: string, input?: unknown) => Promise<any>;
  system(route: string, input?: unknown): Promise<any>;
}

export function dispatcherFor(store: DocStore): Dispatcher {
  const clock = { now: FIXED_NOW };
  const messaging = createLocalMessaging(() => clock.now);
  const services: Services = {
    store,
    platform: {
      sessions: createSessionTokens('dispatcher-secret-dispatcher-secret-00', 3600_000),
      devLogin: true,
      wxLogin: localCode2Session(),
      files: localFiles(mkdtempSync(path.join(os.tmpdir(), 'zhdj-files-'))),
      soter: localSoter,
      contentSafety: localContentSafety,
      ...messaging,
    },
    pii: testCipher(),
    clock: () => clock.now,
    log: () => {},
  };
  const run = (identity: Identity, route: string, input: unknown = {}) =>
    dispatch('http', { route, input }, identity, services);
  return {
    clock,
    messaging,
    services,
    as: (memberId) => (route, input) => run({ kind: 'session', memberId }, route, input),
    system: (route, input) => run({ kind: 'system' }, route, input),
  };
}
