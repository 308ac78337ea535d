import type { Handlers } from '../../kernel/handler-types';
import { myNotices } from './inbox.service';

export const noticesRoutes = {
  'me.notices': (_input, ctx) => myNotices(ctx),
} satisfies Partial<Handlers>;
