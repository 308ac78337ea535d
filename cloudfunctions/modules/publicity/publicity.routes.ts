import type { FunctionHandlers } from '../../kernel/handler-types';
import { boardItem, boardItems } from './board.service';
import { closeEndedItems } from './close.service';
import { createItem, itemForAdmin, unitItems, updateItem, withdrawItem } from './items.service';
import { fileObjection, itemObjections, replyObjection } from './objections.service';

export const publicityApiRoutes = {
  'publicity.list': (_input, ctx) => boardItems(ctx),
  'publicity.detail': (input, ctx) => boardItem(ctx, input.publicityId),
  'publicity.object': (input, ctx) => fileObjection(ctx, input),
} satisfies Partial<FunctionHandlers<'api'>>;

export const publicityAdminRoutes = {
  'admin.publicityCreate': (input, ctx) => createItem(ctx, input),
  'admin.publicityUpdate': (input, ctx) => updateItem(ctx, input),
  'admin.publicityWithdraw': (input, ctx) => withdrawItem(ctx, input.publicityId, input.reason),
  'admin.publicityList': (input, ctx) => unitItems(ctx, input),
  'admin.publicityDetail': (input, ctx) => itemForAdmin(ctx, input.publicityId),
  'admin.publicityObjections': (input, ctx) => itemObjections(ctx, input.publicityId),
  'admin.publicityObjectionReply': (input, ctx) => replyObjection(ctx, input),
} satisfies Partial<FunctionHandlers<'admin'>>;

export const publicityJobsRoutes = {
  'system.publicityClose': (_input, ctx) => closeEndedItems(ctx),
} satisfies Partial<FunctionHandlers<'jobs'>>;
