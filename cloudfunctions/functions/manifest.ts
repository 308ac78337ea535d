import type { FunctionName } from '../../types/functions';

/**
 * What each cloud function's `config.json` declares to WeChat: the openapi permissions its routes use,
 * its timeout, and its timer triggers (each naming the route it runs). Features add theirs here.
 */
export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** WeChat's 7-field cron: second minute hour day month weekday year. */
  config: string;
  route: string;
  /** The same schedule as an interval, for the self-hosted scheduler. */
  everySeconds: number;
}

export interface FunctionManifest {
  description: string;
  openapi: string[];
  timeoutSeconds: number;
  triggers: TimerTrigger[];
}

export const FUNCTION_MANIFESTS: Record<FunctionName, FunctionManifest> = {
  api: {
    description: '党员端接口',
    openapi: [
      'security.msgSecCheck',
      'subscribeMessage.send',
      'updatableMessage.createActivityId',
      'updatableMessage.setUpdatableMsg',
    ],
    timeoutSeconds: 10,
    triggers: [],
  },
  admin: {
    description: '管理后台接口',
    openapi: ['soter.verifySignature', 'subscribeMessage.send', 'updatableMessage.setUpdatableMsg'],
    timeoutSeconds: 20,
    triggers: [],
  },
  jobs: {
    description: '定时任务与部署初始化',
    openapi: ['subscribeMessage.send'],
    timeoutSeconds: 60,
    triggers: [
      {
        name: 'sendReminders',
        type: 'timer',
        config: '0 */5 * * * * *',
        route: 'system.sendReminders',
        everySeconds: 300,
      },
    ],
  },
};

/** A timer event (`{ Type: 'Timer', TriggerName }`) becomes a call of its trigger's route. */
export function timerEventToCall(fn: FunctionName, event: unknown): unknown {
  const timer = event as { Type?: unknown; TriggerName?: unknown } | null;
  if (!timer || timer.Type !== 'Timer') return event;
  const trigger = FUNCTION_MANIFESTS[fn].triggers.find((t) => t.name === timer.TriggerName);
  return trigger ? { route: trigger.route, input: {} } : event;
}
