import type { Handlers } from '../../router/handler-types';
import { ensureAllCollections } from '../../store/collections';

export const systemRoutes = {
  'system.setup': (_input, ctx) => ensureAllCollections(ctx.store),
} satisfies Partial<Handlers>;
