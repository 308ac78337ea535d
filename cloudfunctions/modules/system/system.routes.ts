import type { Handlers } from '../../kernel/handler-types';
import { redeemBootstrap, setup } from './bootstrap.service';
import { pendingWork } from './pending-work.service';

export const systemRoutes = {
  'system.setup': (_input, ctx) => setup(ctx),
  'auth.bootstrap': (input, ctx) => redeemBootstrap(ctx, input),
  'admin.pendingWork': (input, ctx) => pendingWork(ctx, input.unitId),
} satisfies Partial<Handlers>;
