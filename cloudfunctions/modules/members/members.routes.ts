import type { Handlers } from '../../router/handler-types';
import { demoMembers, devLogin, memberCard, unitOverview } from './members.service';

export const membersRoutes = {
  'auth.devMembers': (_input, ctx) => demoMembers(ctx),
  'auth.devLogin': (input, ctx) => devLogin(ctx, input.memberId),
  'me.card': (_input, ctx) => memberCard(ctx),
  'admin.unitOverview': (input, ctx) => unitOverview(ctx, input.unitId),
} satisfies Partial<Handlers>;
