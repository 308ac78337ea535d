import type { FunctionHandlers } from '../../kernel/handler-types';
import { drainEvents } from '../../kernel/events';
import { dashboard } from './dashboard.service';
import { reconcileAggregates } from './reconcile.service';

export const dashboardAdminRoutes = {
  'admin.dashboard': (input, ctx) => dashboard(ctx, input),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const dashboardJobsRoutes = {
  'system.drainEvents': (_input, ctx) => drainEvents(ctx),
  'system.reconcileAggregates': (_input, ctx) => reconcileAggregates(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
