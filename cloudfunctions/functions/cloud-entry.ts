import cloud from 'wx-server-sdk';
import { parseEnv } from '../../config/env';
import type { FunctionName } from '../../types/functions';
import { wxContentSafety } from '../platform/content-safety';
import { wxFiles } from '../platform/files';
import { modelFromEnv } from '../platform/models-from-env';
import { createWxMessaging } from '../platform/messaging';
import { wxSoter } from '../platform/soter';
import { wxIdentity } from '../platform/wx-identity';
import { timerEventToCall } from './manifest';
import { mediaCheckToCall } from './media-check-notice';
import { payNoticeReply, payNoticeToCall } from './pay-notice';
import { wxCloudPayments } from '../platform/payments-wxcloud';
import { personalDataCipherFromEnv } from '../security/keys-from-env';
import type { Services } from '../kernel/context';
import type { RouteDefs, RouteTable } from '../kernel/handler-types';
import { dispatchWith } from '../router/pipeline';
import { openStore } from '../store/open-store';
import type { WxDatabase } from '../store/wxcloud';

/**
 * Builds a cloud function's `main(event, context)`. Services are created on the first call and reused
 * while WeChat keeps the instance warm; nothing call-specific is kept between calls.
 */
async function cloudServices(): Promise<Services> {
  // DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the calling environment; throwOnNotFound is
  // honoured by the SDK's doc().get() though its typings omit it.
  const env = parseEnv({ DB_DRIVER: 'wxcloud', ...process.env });
  // A model's answer takes longer than the SDK's default 15 s wait.
  const aiTimeout = env.MODEL_DRIVER === 'wxcloud' ? { timeout: 60_000 } : {};
  const options = { env: cloud.DYNAMIC_CURRENT_ENV, throwOnNotFound: false, ...aiTimeout };
  cloud.init(options as unknown as Parameters<typeof cloud.init>[0]);
  return {
    store: await openStore(env, () => cloud.database() as unknown as WxDatabase),
    platform: {
      sessions: null,
      devLogin: false,
      wxLogin: null,
      files: wxFiles(cloud as never),
      soter: wxSoter(cloud.openapi as never),
      contentSafety: wxContentSafety(cloud.openapi as never),
      models: modelFromEnv(env, cloud as never),
      ...(env.WX_PAY_SUB_MCH_ID && env.WX_PAY_ENV_ID
        ? {
            payments: wxCloudPayments(
              cloud as never,
              { subMchId: env.WX_PAY_SUB_MCH_ID, envId: env.WX_PAY_ENV_ID, functionName: 'jobs' },
              Date.now,
            ),
          }
        : {}),
      ...createWxMessaging(cloud.openapi as never, cloud.getOpenData as never, {
        activity_reminder: env.WX_TEMPLATE_ACTIVITY_REMINDER,
        meeting_missing: env.WX_TEMPLATE_MEETING_MISSING,
        study_plan: env.WX_TEMPLATE_STUDY_PLAN,
        notice_reminder: env.WX_TEMPLATE_NOTICE_REMINDER,
      }),
    },
    pii: personalDataCipherFromEnv(env),
    clock: Date.now,
    // One JSON line per call, which the cloud console's log search can filter on.
    log: (record) => console.log(JSON.stringify(record)),
  };
}

/**
 * `table` and `defs` are the function's own routes and their contract: the bundle holds only the modules
 * and the schemas they reach.
 */
export function createCloudEntry(fn: FunctionName, table: RouteTable, defs: RouteDefs) {
  const dispatch = dispatchWith.bind(null, table, defs);
  let services: Promise<Services> | null = null;
  return async function main(event: unknown, _context?: unknown) {
    services ??= cloudServices();
    // Only a timer event is the platform's own call; any other call without an OPENID is nobody.
    const timerCall = timerEventToCall(fn, event);
    // A payment result notice only names an order, which the route checks with the payment platform.
    const payCall = payNoticeToCall(fn, event);
    if (payCall) return payNoticeReply(await dispatch(fn, payCall, { kind: 'system' }, await services));
    // WeChat's verdict on a posted image names only a trace id, which the route matches to an upload of ours.
    const mediaCall = mediaCheckToCall(fn, event);
    if (mediaCall) return dispatch(fn, mediaCall, { kind: 'system' }, await services);
    const identity = wxIdentity(cloud.getWXContext(), timerCall !== null);
    return dispatch(fn, timerCall ?? event, identity, await services);
  };
}
