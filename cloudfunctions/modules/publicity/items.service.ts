import type { z } from 'zod';
import { PUBLICITY_KIND_LABELS } from '../../../types/publicity-labels';
import type { PublicityCreateInput, PublicityUpdateInput } from '../../../types/schemas/publicity';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { appendAudit, newId, type AuditChange } from '../audit/audit';
import { chinaDateTime } from '../shared/china-time';
import { sanitizeContentHtml } from '../study/sanitize';
import { publicityRepository } from './publicity.repository';
import { boardUnit, checkPeriod } from './publicity-rules';
import { adminCard } from './publicity-views';
import type { PublicityItemDoc } from './publicity.types';

/**
 * Admins put items on their unit's board. An item can be changed only before it opens (members must see
 * what was shown all along); after that it can be withdrawn with a reason, until its period ends.
 */
type Fields = Omit<z.output<typeof PublicityUpdateInput>, 'publicityId'>;

/** A start picked a little before saving (the form sat open) counts from when it was picked, up to an hour. */
const PICKED_START_GRACE = 3_600_000;

async function checkedFields(ctx: CallContext, input: Fields) {
  const startsAt = Math.max(input.startsAt, ctx.now);
  checkPeriod(ctx, input.kind, Math.max(input.startsAt, ctx.now - PICKED_START_GRACE), input.endsAt);
  const body = await sanitizeContentHtml(input.body);
  if (body.replace(/<[^>]*>/g, '').trim() === '' && !body.includes('<img'))
    throw new AppError('VALIDATION_FAILED', '公示内容是空的，请填写公示内容。', { body: '请填写公示内容' });
  return { kind: input.kind, title: input.title, body, startsAt, endsAt: input.endsAt };
}

export async function loadItem(ctx: CallContext, publicityId: string): Promise<PublicityItemDoc> {
  const item = await publicityRepository(ctx.store).items.get(publicityId);
  if (!item) throw new AppError('NOT_FOUND', '没有找到这条公示，可能已被删除，请返回刷新。');
  return item;
}

export async function createItem(ctx: CallContext, input: z.output<typeof PublicityCreateInput>) {
  const admin = requireMember(ctx);
  const unit = await boardUnit(ctx, input.unitId);
  const fields = await checkedFields(ctx, input);
  const item: PublicityItemDoc = {
    _id: newId('pb'),
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    ...fields,
    withdrawn: false,
    withdrawReason: null,
    withdrawnAt: null,
    closed: false,
    objectionCount: 0,
    handledCount: 0,
    source: null,
    createdBy: admin._id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await publicityRepository(ctx.store).items.insert(item);
  await appendAudit(ctx, {
    action: 'publicity.create',
    summary: `在${unit.name}公示栏发布了${PUBLICITY_KIND_LABELS[item.kind]}「${item.title}」（${chinaDateTime(item.startsAt)} 至 ${chinaDateTime(item.endsAt)}）`,
    targetId: item._id,
    targetName: item.title,
    unitPath: item.unitPath,
  });
  return { publicityId: item._id };
}

export async function updateItem(ctx: CallContext, input: z.output<typeof PublicityUpdateInput>) {
  const item = await loadItem(ctx, input.publicityId);
  if (item.source !== null)
    throw new AppError('CONFLICT', '这条公示由业务流程自动生成，不能在公示栏修改；如需更正请先撤回。');
  const fields = await checkedFields(ctx, input);
  const changed = await publicityRepository(ctx.store).items.updateWhere(
    { _id: item._id, withdrawn: false, startsAt: { $gt: ctx.now } },
    { $set: { ...fields, updatedAt: ctx.now } },
  );
  if (changed === 0) throw new AppError('CONFLICT', '公示已经开始或已撤回，不能再修改；如需更正请撤回后重新发布。');
  const changes: AuditChange[] = (['kind', 'title', 'startsAt', 'endsAt'] as const)
    .filter((field) => item[field] !== fields[field])
    .map((field) => ({ field, before: String(item[field]), after: String(fields[field]) }));
  if (item.body !== fields.body) changes.push({ field: 'body', before: null, after: null });
  await appendAudit(ctx, {
    action: 'publicity.update',
    summary: `修改了尚未开始的公示「${fields.title}」`,
    targetId: item._id,
    targetName: fields.title,
    unitPath: item.unitPath,
    changes,
  });
  return { publicityId: item._id };
}

export async function withdrawItem(ctx: CallContext, publicityId: string, reason: string) {
  const item = await loadItem(ctx, publicityId);
  const changed = await publicityRepository(ctx.store).items.updateWhere(
    { _id: item._id, withdrawn: false, endsAt: { $gt: ctx.now } },
    { $set: { withdrawn: true, withdrawReason: reason, withdrawnAt: ctx.now, updatedAt: ctx.now } },
  );
  if (changed === 0)
    throw new AppError(
      'CONFLICT',
      item.withdrawn ? '这条公示已经撤回了，请刷新后查看。' : '公示期已经结束，不能撤回；结束记录已保存。',
    );
  await appendAudit(ctx, {
    action: 'publicity.withdraw',
    summary: `撤回了公示「${item.title}」，原因：${reason}`,
    targetId: item._id,
    targetName: item.title,
    unitPath: item.unitPath,
  });
  return { publicityId: item._id };
}

export async function unitItems(ctx: CallContext, input: { unitId: string; skip: number; limit: number }) {
  const { items } = publicityRepository(ctx.store);
  const filter = { unitPath: input.unitId };
  const [docs, total] = await Promise.all([
    items.find(filter, { sort: [['createdAt', -1]], skip: input.skip, limit: input.limit }),
    items.count(filter),
  ]);
  return { items: docs.map((item) => adminCard(item, ctx.now)), total };
}

export async function itemForAdmin(ctx: CallContext, publicityId: string) {
  const item = await loadItem(ctx, publicityId);
  return { ...adminCard(item, ctx.now), unitId: item.unitId, body: item.body };
}
