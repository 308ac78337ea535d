import type { z } from 'zod';
import type { WallView } from '../../../types/schemas/wall';
import type { CallContext } from '../../kernel/context';
import { dashboard } from '../dashboard/dashboard.service';
import { chinaDay } from '../shared/china-time';
import { verifiedWallLink } from './wall-link-token';

/**
 * `wall.view`: the router has verified the link (access `link: 'wall'`); this reads it again (the call's reads
 * are cached) for its unit, and passes on only the dashboard's aggregate figures of the current quarter.
 */
export async function wallView(ctx: CallContext, token: string): Promise<z.input<typeof WallView>> {
  const link = await verifiedWallLink(token, ctx);
  const figures = await dashboard(ctx, { unitId: link.unitId, period: 'quarter', anchor: chinaDay(ctx.now) });
  const { members, activeMembers, byStage } = figures.composition;
  return {
    unitName: figures.unitName,
    kind: figures.kind,
    from: figures.from,
    to: figures.to,
    serverNow: figures.serverNow,
    composition: { members, activeMembers, byStage },
    totals: figures.totals,
    weeks: figures.weeks,
    meetingMatrix: figures.meetingMatrix,
    expiresAt: link.expiresAt,
  };
}
