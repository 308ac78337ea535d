import type { z } from 'zod';
import type { WallLink, WallLinks } from '../../../types/schemas/wall';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { appendAudit, newId } from '../audit/audit';
import { membersRepository } from '../members/members.repository';
import { chinaDateTime } from '../shared/china-time';
import { wallToken } from './wall-link-token';
import { wallLinks, type WallLinkDoc } from './wall-links.repository';

/** A unit keeps its last 50 links on the list; older ones have long expired. */
const LISTED_LINKS = 50;

async function liveUnit(ctx: CallContext, unitId: string) {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销，请返回刷新。');
  return unit;
}

function asWallLink(ctx: CallContext, doc: WallLinkDoc): WallLink {
  return {
    linkId: doc._id,
    token: wallToken(ctx.pii, doc),
    createdAt: doc.createdAt,
    createdByName: doc.createdByName,
    expiresAt: doc.expiresAt,
    revokedAt: doc.revokedAt,
  };
}

export async function issueWallLink(ctx: CallContext, input: { unitId: string; hours: number }): Promise<WallLink> {
  const admin = requireMember(ctx);
  const unit = await liveUnit(ctx, input.unitId);
  const doc: WallLinkDoc = {
    _id: newId('wl'),
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    createdAt: ctx.now,
    createdBy: admin._id,
    createdByName: admin.name,
    expiresAt: ctx.now + input.hours * 3600_000,
    revokedAt: null,
  };
  await wallLinks(ctx.store).insert(doc);
  await appendAudit(ctx, {
    action: 'wall.linkIssue',
    summary: `生成${unit.name}的大屏链接，有效期至${chinaDateTime(doc.expiresAt)}`,
    targetId: doc._id,
    targetName: unit.name,
    unitPath: doc.unitPath,
  });
  return asWallLink(ctx, doc);
}

export async function listWallLinks(ctx: CallContext, unitId: string): Promise<z.input<typeof WallLinks>> {
  const unit = await liveUnit(ctx, unitId);
  const docs = await wallLinks(ctx.store).find({ unitId }, { sort: [['createdAt', -1]], limit: LISTED_LINKS });
  return { unitName: unit.name, items: docs.map((doc) => asWallLink(ctx, doc)) };
}

export async function revokeWallLink(ctx: CallContext, input: { unitId: string; linkId: string }) {
  const link = await wallLinks(ctx.store).get(input.linkId);
  if (!link || link.unitId !== input.unitId) throw new AppError('NOT_FOUND', '没有找到这条大屏链接，请返回刷新。');
  if (link.revokedAt !== null) return { revokedAt: link.revokedAt };
  await wallLinks(ctx.store).updateWhere({ _id: link._id, revokedAt: null }, { $set: { revokedAt: ctx.now } });
  const unit = await membersRepository(ctx.store).unitById(link.unitId);
  await appendAudit(ctx, {
    action: 'wall.linkRevoke',
    summary: `撤销${unit?.name ?? ''}的大屏链接（原有效期至${chinaDateTime(link.expiresAt)}）`,
    targetId: link._id,
    targetName: unit?.name,
    unitPath: link.unitPath,
  });
  return { revokedAt: ctx.now };
}
