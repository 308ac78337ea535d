import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from '../../config/env';
import { buildHttpHost } from '../../cloudfunctions/hosts/http';
import { TEST_SECRETS } from './demo-store';
import { postJson } from './http-client';
import { wxSignIn } from './http-host';
import { signedInCalls, type Dispatcher } from './signed-in-calls';

/** The dispatcher of the functions-wx project: every member call through a real HTTP host, signed in with wx.login. */
export async function overHttp(
  base: Pick<Dispatcher, 'clock' | 'messaging' | 'services' | 'system'>,
): Promise<Dispatcher> {
  const { services, clock } = base;
  const env = parseEnv({
    ...TEST_SECRETS,
    AUTH_MODE: 'wx',
    WX_LOGIN: 'local',
    JOBS: 'off',
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'zhdj-host-')),
    STATIC_DIR: mkdtempSync(path.join(os.tmpdir(), 'zhdj-static-')),
    LOG_CALLS: 'off',
    // The suites make thousands of writes a minute as a handful of members; the limit has its own test.
    WRITE_RATE_PER_MINUTE: '1000000000',
    READ_RATE_PER_MINUTE: '1000000000',
  });
  const app = await buildHttpHost({
    env,
    store: services.store,
    clock: () => clock.now,
    // The host's call records go where the test points `services.log`, as in-process calls' do.
    log: (record) => services.log(record),
    messaging: base.messaging,
    wxLogin: services.platform.wxLogin!,
    ports: {
      files: services.platform.files,
      contentSafety: services.platform.contentSafety,
      soter: services.platform.soter,
      payments: services.platform.payments,
      // A suite may swap `services.platform.models` for a stand-in; the host asks whichever is there.
      models: {
        get kind() {
          return services.platform.models.kind;
        },
        generate: (request) => services.platform.models.generate(request),
      },
    },
    pii: services.pii,
  });
  // Races send a thousand calls at once: a deep accept queue keeps a busy machine from dropping their
  // connections (Node's default of 511 lets the rest time out connecting, which is not what the race tests).
  const url = await app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });

  const post = async (route: string, input: unknown, token?: string) => {
    const response = await postJson(
      `${url}/api/${route}`,
      JSON.stringify(input === undefined ? {} : input),
      token ? { authorization: `Bearer ${token}` } : {},
    );
    return response.body;
  };

  /** Members no longer on the roster keep a token they once had. */
  const sessionToken = async (memberId: string): Promise<string> =>
    (await wxSignIn(services.store, (route, input) => post(route, input), memberId)) ??
    services.platform.sessions!.issue({ memberId, generation: 0 }, clock.now).token;
  const withToken = (token: string) => (route: string, input?: unknown) => post(route, input, token);

  return {
    ...base,
    ...signedInCalls(sessionToken, withToken),
    sessionToken,
    withToken,
    close: () => app.close(),
  };
}
