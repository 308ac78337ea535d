/** The platform’s own routes: timers and one-off tasks, callable by no signed-in person. */
import { SendRemindersOutput } from '../schemas/activities';
import { Empty } from '../schemas/common';
import { DrainEventsOutput, ReconcileOutput } from '../schemas/dashboard';
import { PruneQuotasOutput, SetupOutput } from '../schemas/system';
import { route } from '../route-def';

export const systemJobsRoutes = {
  'system.sendReminders': route({
    input: Empty,
    output: SendRemindersOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Send due activity reminders, each exactly once (timer).',
  }),
  'system.drainEvents': route({
    input: Empty,
    output: DrainEventsOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Deliver domain events whose consumers failed or whose call crashed (timer).',
  }),
  'system.reconcileAggregates': route({
    input: Empty,
    output: ReconcileOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Recompute the per-unit aggregates from the records and repair drift (nightly timer).',
  }),
  'system.pruneQuotas': route({
    input: Empty,
    output: PruneQuotasOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Delete daily allowance counters older than 40 days (nightly timer; safe to run again).',
  }),
  'system.setup': route({
    input: Empty,
    output: SetupOutput,
    access: { role: 'system' },
    writes: true,
    summary: 'Create every collection and index the code relies on (idempotent; run once after deploy).',
  }),
};
