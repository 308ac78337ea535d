import * as z from 'zod';
import { EpochMs, Id } from './common';
import { Dashboard, DashboardComposition } from './dashboard';
import { WALL_LINK_HOURS } from '../labels';

export const WallLinkIssueInput = z.strictObject({
  unitId: Id,
  hours: z
    .number()
    .int('有效时长请填整数小时')
    .min(WALL_LINK_HOURS.min, `有效时长至少 ${WALL_LINK_HOURS.min} 小时`)
    .max(WALL_LINK_HOURS.max, `有效时长最多 ${WALL_LINK_HOURS.max} 小时`)
    .default(WALL_LINK_HOURS.default),
});

export const WallLinksInput = z.strictObject({ unitId: Id });

export const WallLinkRevokeInput = z.strictObject({ unitId: Id, linkId: Id });

/** One issued link; `token` goes after `?token=` in the 大屏 page's address. */
export const WallLink = z.object({
  linkId: Id,
  token: z.string(),
  createdAt: EpochMs,
  createdByName: z.string(),
  expiresAt: EpochMs,
  revokedAt: EpochMs.nullable(),
});
export type WallLink = z.infer<typeof WallLink>;

export const WallLinks = z.object({ unitName: z.string(), items: z.array(WallLink) });

export const WallViewInput = z.strictObject({ token: z.string().min(1, '链接不完整').max(300, '链接不完整') });

/** What a meeting room's 大屏 shows: aggregate figures of the unit's quarter, no person named. */
export const WallView = Dashboard.pick({
  unitName: true,
  kind: true,
  from: true,
  to: true,
  serverNow: true,
  totals: true,
  weeks: true,
  meetingMatrix: true,
}).extend({
  composition: DashboardComposition.pick({ members: true, activeMembers: true, byStage: true }),
  expiresAt: EpochMs,
});
export type WallView = z.infer<typeof WallView>;
