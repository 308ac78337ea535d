import type { FunctionHandlers } from '../../kernel/handler-types';
import { issueWallLink, listWallLinks, revokeWallLink } from './wall-links.service';
import { wallView } from './wall.service';

export const wallApiRoutes = {
  'wall.view': (input, ctx) => wallView(ctx, input.token),
} satisfies Partial<FunctionHandlers<'api'>>;

export const wallAdminRoutes = {
  'admin.wallLinkIssue': (input, ctx) => issueWallLink(ctx, input),
  'admin.wallLinks': (input, ctx) => listWallLinks(ctx, input.unitId),
  'admin.wallLinkRevoke': (input, ctx) => revokeWallLink(ctx, input),
} satisfies Partial<FunctionHandlers<'admin'>>;
