import { randomUUID } from 'node:crypto';
import { FUNCTION_MANIFESTS } from '../functions/manifest';
import type { Services } from '../kernel/context';
import { dispatch } from '../router/dispatch';
import { acquireLease } from '../store/lease';

/**
 * The self-hosted stand-in for WeChat's timer triggers: every host runs the `jobs` triggers on their
 * interval, and a lease in the store makes sure each due run happens on one host only. The jobs
 * themselves are also idempotent (reminders are claimed one by one), so a late or doubled run is harmless.
 */
export function startScheduler(
  services: Services,
  options: { intervalScale?: number; holder?: string } = {},
): () => void {
  const holder = options.holder ?? randomUUID();
  const scale = options.intervalScale ?? 1;
  const timers = FUNCTION_MANIFESTS.jobs.triggers.map((trigger) => {
    const periodMs = Math.max(200, trigger.everySeconds * 1000 * scale);
    return setInterval(() => {
      void (async () => {
        const now = services.clock();
        // The lease lasts a little less than the period, so the next run can take it again.
        if (!(await acquireLease(services.store, `job:${trigger.name}`, holder, now, periodMs * 0.9))) return;
        await dispatch('jobs', { route: trigger.route, input: {} }, { kind: 'system' }, services);
      })().catch(() => undefined);
    }, periodMs);
  });
  return () => timers.forEach((timer) => clearInterval(timer));
}
