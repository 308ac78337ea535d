/** The meeting room's 大屏: admins issue expiring read-only links to a unit's figures, opened without signing in. */
import * as z from 'zod';
import {
  WallLink,
  WallLinkIssueInput,
  WallLinkRevokeInput,
  WallLinks,
  WallLinksInput,
  WallView,
  WallViewInput,
} from '../schemas/wall';
import { route } from '../route-def';

export const wallApiRoutes = {
  'wall.view': route({
    input: WallViewInput,
    output: WallView,
    access: { role: 'link', link: 'wall' },
    writes: false,
    summary:
      'A unit’s 大屏 figures for whoever holds a valid link, without a session: members by stage, the quarter’s study, quizzes and attendance by week, 三会一课 — aggregates only.',
  }),
};

export const wallAdminRoutes = {
  'admin.wallLinkIssue': route({
    input: WallLinkIssueInput,
    output: WallLink,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Issue a signed 大屏 link to a unit in the caller’s subtree, valid for 1–72 hours (audited).',
  }),
  'admin.wallLinks': route({
    input: WallLinksInput,
    output: WallLinks,
    access: { role: 'branch_admin', scope: 'unit' },
    writes: false,
    summary: 'The 大屏 links issued for a unit, newest first, with their expiry and whether they were revoked.',
  }),
  'admin.wallLinkRevoke': route({
    input: WallLinkRevokeInput,
    output: z.object({ revokedAt: z.number().int() }),
    access: { role: 'branch_admin', scope: 'unit' },
    writes: true,
    summary: 'Revoke one of a unit’s 大屏 links at once (audited).',
  }),
};
