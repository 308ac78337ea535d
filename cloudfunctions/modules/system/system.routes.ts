import type { FunctionHandlers } from '../../kernel/handler-types';
import { redeemBootstrap, setup } from './bootstrap.service';
import { pendingWork } from './pending-work.service';
import { pruneQuotas } from './quota-cleanup';

export const systemApiRoutes = {
  'auth.bootstrap': (input, ctx) => redeemBootstrap(ctx, input),
} satisfies Partial<FunctionHandlers<'api'>>;

export const systemAdminRoutes = {
  'admin.pendingWork': (input, ctx) => pendingWork(ctx, input.unitId),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const systemJobsRoutes = {
  'system.setup': (_input, ctx) => setup(ctx),
  'system.pruneQuotas': (_input, ctx) => pruneQuotas(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
