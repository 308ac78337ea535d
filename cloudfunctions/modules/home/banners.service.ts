import type { z } from 'zod';
import {
  HOME_BANNER_TARGET_LABELS,
  HOME_BANNERS_PER_UNIT,
  type AdminHomeBanner,
  type HomeBannerSaveInput,
  type HomeBannerTarget,
} from '../../../types/schemas/home';
import { appendAudit, newId, type AuditChange } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import type { UnitDoc } from '../members/members.types';
import { fileUrl } from '../study/content-access';
import { resolveTargets, targetKey, type ResolvedTarget } from './banner-targets';
import { bumpHomeFeeds } from './feed-stamps';
import { homeRepository } from './home.repository';
import type { BannerDoc } from './home.types';

/**
 * Home banners: an admin puts up to HOME_BANNERS_PER_UNIT banners on the home of a unit in their subtree; the
 * members of the unit and of every unit below it see them. A banner opens something each of those members
 * may open, so the target must exist, be live (published, not ended, not closed) and be addressed to the
 * unit or a unit above it. The router has checked that `unitId` is in the caller's subtree; a `bannerId`
 * must be one of that unit's own.
 */
const TARGET_MISSING: Record<HomeBannerTarget['kind'], string> = {
  content: '没有找到这篇学习内容，请重新选择。',
  activity: '没有找到这个活动，请重新选择。',
  vote: '没有找到这次投票，请重新选择。',
};
const TARGET_NOT_LIVE: Record<HomeBannerTarget['kind'], string> = {
  content: '这篇学习内容还没有发布或已下架，请选择已发布的内容。',
  activity: '这个活动已经结束，请选择还没有结束的活动。',
  vote: '这次投票已经结束，请选择进行中或未开始的投票。',
};
const BANNER_MISSING = '没有找到这个首页横幅，可能已被删除，请返回刷新。';

async function loadUnit(ctx: CallContext, unitId: string): Promise<UnitDoc> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  return unit;
}

async function loadOwnBanner(ctx: CallContext, unitId: string, bannerId: string): Promise<BannerDoc> {
  const banner = await homeRepository(ctx.store).banners.get(bannerId);
  // Another unit's banner is "not found": the router checked only `unitId`.
  if (!banner || banner.unitId !== unitId) throw new AppError('NOT_FOUND', BANNER_MISSING);
  return banner;
}

function targetRefused(message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { 'target.id': message });
}

async function assertTargetFits(ctx: CallContext, target: HomeBannerTarget, unitPath: string[]): Promise<void> {
  const resolved = (await resolveTargets(ctx, [target])).get(targetKey(target));
  if (!resolved) throw targetRefused(TARGET_MISSING[target.kind]);
  if (!resolved.live) throw targetRefused(TARGET_NOT_LIVE[target.kind]);
  if (!resolved.visibleTo(unitPath)) {
    const label = HOME_BANNER_TARGET_LABELS[target.kind];
    throw targetRefused(
      `本单位有的党员看不到这个${label}（它面向的范围比本单位小），请选择面向本单位或上级单位的${label}。`,
    );
  }
}

async function assertCoverExists(ctx: CallContext, coverFileId: string | null): Promise<void> {
  if (coverFileId !== null && (await ctx.platform.files.urlOf(coverFileId)) === null) {
    const message = '封面图片找不到了，请重新上传。';
    throw new AppError('VALIDATION_FAILED', message, { coverFileId: message });
  }
}

function adminView(banner: BannerDoc, target: ResolvedTarget | undefined, coverUrl: string | null): AdminHomeBanner {
  return {
    bannerId: banner._id,
    unitId: banner.unitId,
    title: banner.title,
    subtitle: banner.subtitle,
    coverFileId: banner.coverFileId,
    coverUrl,
    target: banner.target,
    targetTitle: target?.title ?? '（已删除）',
    targetLive: target !== undefined && target.live && target.visibleTo(banner.unitPath),
    updatedAt: banner.updatedAt,
  };
}

export async function listBanners(ctx: CallContext, unitId: string) {
  const docs = await homeRepository(ctx.store).banners.find(
    { unitId },
    {
      sort: [
        ['createdAt', -1],
        ['_id', 1],
      ],
      limit: 100,
    },
  );
  const [targets, covers] = await Promise.all([
    resolveTargets(
      ctx,
      docs.map((doc) => doc.target),
    ),
    Promise.all(docs.map((doc) => fileUrl(ctx, doc.coverFileId))),
  ]);
  return { items: docs.map((doc, index) => adminView(doc, targets.get(targetKey(doc.target)), covers[index] ?? null)) };
}

function describeTarget(target: HomeBannerTarget): string {
  return `${HOME_BANNER_TARGET_LABELS[target.kind]} ${target.id}`;
}

function changesOf(before: BannerDoc, after: Pick<BannerDoc, 'title' | 'subtitle' | 'coverFileId' | 'target'>) {
  const changes: AuditChange[] = [];
  const compare = (field: string, was: string | null, now: string | null) => {
    if (was !== now) changes.push({ field, before: was, after: now });
  };
  compare('标题', before.title, after.title);
  compare('副标题', before.subtitle, after.subtitle);
  compare('封面', before.coverFileId, after.coverFileId);
  compare('打开', describeTarget(before.target), describeTarget(after.target));
  return changes;
}

export async function saveBanner(ctx: CallContext, input: z.output<typeof HomeBannerSaveInput>) {
  const admin = requireMember(ctx);
  const unit = await loadUnit(ctx, input.unitId);
  const unitPath = [...unit.path, unit._id];
  const { banners } = homeRepository(ctx.store);
  const existing = input.bannerId ? await loadOwnBanner(ctx, unit._id, input.bannerId) : null;
  await assertTargetFits(ctx, input.target, unitPath);
  await assertCoverExists(ctx, input.coverFileId);
  const fields = {
    title: input.title,
    subtitle: input.subtitle || null,
    coverFileId: input.coverFileId,
    target: input.target,
  };
  let bannerId: string;
  if (existing) {
    bannerId = existing._id;
    // Conditional on the copy read, so two admins editing at once do not silently overwrite each other.
    const saved = await banners.updateWhere(
      { _id: existing._id, updatedAt: existing.updatedAt },
      { $set: { ...fields, updatedAt: ctx.now } },
    );
    if (!saved) throw new AppError('CONFLICT', '这个横幅刚被别人修改过，请刷新后再改。');
  } else {
    if ((await banners.count({ unitId: unit._id })) >= HOME_BANNERS_PER_UNIT)
      throw new AppError('CONFLICT', `每个单位的首页最多放 ${HOME_BANNERS_PER_UNIT} 个横幅，请先删除不再需要的横幅。`);
    bannerId = newId('banner');
    await banners.insert({
      _id: bannerId,
      unitId: unit._id,
      unitPath,
      ...fields,
      createdBy: admin._id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  await bumpHomeFeeds(ctx, [unit._id]);
  await appendAudit(ctx, {
    action: existing ? 'home.bannerEdit' : 'home.bannerCreate',
    summary: `${existing ? '修改了' : '添加了'}${unit.name}首页的横幅「${fields.title}」`,
    targetId: bannerId,
    targetName: fields.title,
    unitPath,
    changes: existing ? changesOf(existing, fields) : [],
  });
  return { bannerId };
}

export async function removeBanner(ctx: CallContext, unitId: string, bannerId: string) {
  const unit = await loadUnit(ctx, unitId);
  const banner = await loadOwnBanner(ctx, unit._id, bannerId);
  if (!(await homeRepository(ctx.store).banners.removeWhere({ _id: banner._id })))
    throw new AppError('NOT_FOUND', BANNER_MISSING);
  await bumpHomeFeeds(ctx, [unit._id]);
  await appendAudit(ctx, {
    action: 'home.bannerRemove',
    summary: `删除了${unit.name}首页的横幅「${banner.title}」`,
    targetId: banner._id,
    targetName: banner.title,
    unitPath: banner.unitPath,
  });
  return listBanners(ctx, unit._id);
}
