import type { Handlers } from '../../kernel/handler-types';
import { redeemBootstrap, setup } from './bootstrap.service';

export const systemRoutes = {
  'system.setup': (_input, ctx) => setup(ctx),
  'auth.bootstrap': (input, ctx) => redeemBootstrap(ctx, input),
} satisfies Partial<Handlers>;
