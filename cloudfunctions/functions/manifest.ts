import type { FunctionName } from '../../types/functions';

/**
 * What each cloud function's `config.json` declares to WeChat: the openapi permissions its routes use,
 * its timeout, and its timer triggers (each naming the route it runs). Features add theirs here.
 */
export const HEAVY_LIBRARIES = ['exceljs', 'papaparse', 'qrcode', 'sanitize-html'] as const;
export type HeavyLibrary = (typeof HEAVY_LIBRARIES)[number];

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
  /**
   * The large libraries its routes load on first use (`modules/shared/heavy-libraries.ts`). The build ships
   * each beside the function's index.js; in a function that does not list it, loading it fails with a message.
   */
  lazyLibraries: HeavyLibrary[];
  /**
   * Tasks an operator runs by hand in the cloud console (云端测试) with a timer event naming them; never
   * scheduled, and absent from `config.json`.
   */
  consoleTasks?: Array<{ name: string; route: string }>;
}

export const FUNCTION_MANIFESTS: Record<FunctionName, FunctionManifest> = {
  api: {
    description: '党员端接口',
    openapi: [
      'security.msgSecCheck',
      'security.mediaCheckAsync',
      'subscribeMessage.send',
      'updatableMessage.createActivityId',
      'updatableMessage.setUpdatableMsg',
    ],
    // 问一问 waits for a cloud AI model's whole answer (up to a minute); every other route answers in well under 10 s.
    timeoutSeconds: 60,
    triggers: [],
    lazyLibraries: [],
  },
  admin: {
    description: '管理后台接口',
    openapi: ['soter.verifySignature', 'subscribeMessage.send', 'updatableMessage.setUpdatableMsg'],
    timeoutSeconds: 20,
    triggers: [],
    lazyLibraries: [...HEAVY_LIBRARIES],
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
      {
        name: 'drainEvents',
        type: 'timer',
        config: '0 */5 * * * * *',
        route: 'system.drainEvents',
        everySeconds: 300,
      },
      // Dues: each is safe to run again (records once per member per month, reminders once per month).
      {
        name: 'duesMonthly',
        type: 'timer',
        config: '0 20 0 * * * *',
        route: 'system.duesMonthly',
        everySeconds: 86_400,
      },
      {
        name: 'duesReconcile',
        type: 'timer',
        config: '0 15 4 * * * *',
        route: 'system.duesReconcile',
        everySeconds: 86_400,
      },
      {
        name: 'duesReminders',
        type: 'timer',
        config: '0 0 10 * * * *',
        route: 'system.duesReminders',
        everySeconds: 86_400,
      },
      {
        name: 'reconcileAggregates',
        type: 'timer',
        config: '0 30 3 * * * *',
        route: 'system.reconcileAggregates',
        everySeconds: 86_400,
      },
      {
        name: 'reconcileStudy',
        type: 'timer',
        config: '0 45 3 * * * *',
        route: 'system.reconcileStudy',
        everySeconds: 86_400,
      },
      {
        name: 'developmentReminders',
        type: 'timer',
        config: '0 0 8 * * * *',
        route: 'system.developmentReminders',
        everySeconds: 86_400,
      },
      {
        name: 'transferOverdue',
        type: 'timer',
        config: '0 0 9 * * * *',
        route: 'system.transferOverdue',
        everySeconds: 86_400,
      },
      {
        name: 'pruneQuotas',
        type: 'timer',
        config: '0 50 3 * * * *',
        route: 'system.pruneQuotas',
        everySeconds: 86_400,
      },
      // 公示栏: items whose period ended get their one closing record within ten minutes.
      {
        name: 'publicityClose',
        type: 'timer',
        config: '0 */10 * * * * *',
        route: 'system.publicityClose',
        everySeconds: 600,
      },
    ],
    consoleTasks: [{ name: 'setup', route: 'system.setup' }],
    lazyLibraries: [],
  },
};

const TIMER_EVENT_KEYS = new Set(['Type', 'TriggerName', 'Time', 'Message']);

/**
 * The call a timer event stands for, or null when the event is not one. WeChat's timer triggers call with
 * `{ Type: 'Timer', TriggerName, Time }` (and an optional `Message`); only the function's own triggers and
 * console tasks are recognised, and each runs its declared route with no input, so an event can never
 * choose what the platform runs.
 */
export function timerEventToCall(fn: FunctionName, event: unknown): { route: string; input: object } | null {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return null;
  const timer = event as Record<string, unknown>;
  if (timer.Type !== 'Timer' || typeof timer.TriggerName !== 'string' || typeof timer.Time !== 'string') return null;
  if (Object.keys(timer).some((key) => !TIMER_EVENT_KEYS.has(key))) return null;
  const manifest = FUNCTION_MANIFESTS[fn];
  const task = [...manifest.triggers, ...(manifest.consoleTasks ?? [])].find((t) => t.name === timer.TriggerName);
  return task ? { route: task.route, input: {} } : null;
}
