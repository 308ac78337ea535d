import type { Handlers } from '../../kernel/handler-types';
import { drainEvents } from '../../kernel/events';
import { dashboard } from './dashboard.service';
import { reconcileAggregates } from './reconcile.service';

export const dashboardRoutes = {
  'admin.dashboard': (input, ctx) => dashboard(ctx, input),
  'system.drainEvents': (_input, ctx) => drainEvents(ctx),
  'system.reconcileAggregates': (_input, ctx) => reconcileAggregates(ctx),
} satisfies Partial<Handlers>;
