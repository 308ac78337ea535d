import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../types/labels';
import { activitiesRepository } from '../activities/activities.repository';
import { rebaseLeavePaths } from '../activities/leave-index';
import { appendAudit, newId } from '../audit/audit';
import { bumpHomeFeeds } from '../home/feed-stamps';
import { assertUnitInScope } from '../../kernel/scope';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { publish } from '../../kernel/events';
import { findAll, membersRepository } from './members.repository';
import type { UnitDoc } from './members.types';

/** The organisation tree: create, rename, move (whole subtrees, no cycles) and archive units. */
async function loadUnit(ctx: CallContext, unitId: string): Promise<UnitDoc> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  return unit;
}

const rank = (kind: UnitKind) => UNIT_KINDS.indexOf(kind);

export async function createUnit(ctx: CallContext, parentId: string, name: string, kind: UnitKind) {
  const parent = await loadUnit(ctx, parentId);
  if (rank(kind) <= rank(parent.kind)) {
    throw new AppError('VALIDATION_FAILED', undefined, {
      kind: `${UNIT_KIND_LABELS[parent.kind]}下面只能建立更低一级的组织`,
    });
  }
  const unit: UnitDoc = { _id: newId('u'), name, kind, parentId: parent._id, path: [...parent.path, parent._id] };
  await membersRepository(ctx.store).insertUnit(unit);
  await publish(ctx, { type: 'unit.changed', payload: { unitId: unit._id, kind, path: unit.path } });
  await appendAudit(ctx, {
    action: 'unit.create',
    summary: `在 ${parent.name} 下新建${UNIT_KIND_LABELS[kind]}「${name}」`,
    targetId: unit._id,
    targetName: name,
    unitPath: [...unit.path, unit._id],
  });
  return { unitId: unit._id, name };
}

export async function renameUnit(ctx: CallContext, unitId: string, name: string) {
  const unit = await loadUnit(ctx, unitId);
  await membersRepository(ctx.store).units.updateWhere({ _id: unit._id }, { $set: { name } });
  await publish(ctx, { type: 'unit.changed', payload: { unitId: unit._id, kind: unit.kind, path: unit.path } });
  await bumpHomeFeeds(ctx, [unit._id]);
  await appendAudit(ctx, {
    action: 'unit.rename',
    summary: `将「${unit.name}」更名为「${name}」`,
    targetId: unit._id,
    targetName: name,
    unitPath: [...unit.path, unit._id],
    changes: [{ field: '名称', before: unit.name, after: name }],
  });
  return { unitId: unit._id, name };
}

/**
 * Moves a unit and everything below it. Descendants and their members are re-pathed first and the unit
 * itself last, so an interrupted move can simply be repeated and converges.
 */
export async function moveUnit(ctx: CallContext, unitId: string, newParentId: string) {
  const repo = membersRepository(ctx.store);
  const unit = await loadUnit(ctx, unitId);
  const parentPath = await assertUnitInScope(ctx, newParentId);
  const parent = await loadUnit(ctx, newParentId);
  if (parentPath.includes(unit._id)) throw new AppError('CONFLICT', '不能把单位移到它自己或它的下级单位下面。');
  if (rank(unit.kind) <= rank(parent.kind)) {
    throw new AppError('CONFLICT', `${UNIT_KIND_LABELS[unit.kind]}不能放在${UNIT_KIND_LABELS[parent.kind]}下面。`);
  }
  const prefix = parentPath;
  const rebase = (path: string[]) => [...prefix, ...path.slice(path.indexOf(unit._id))];

  const descendants = await findAll((skip) =>
    repo.units.find({ path: unit._id }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  for (const child of descendants) {
    await repo.units.updateWhere(
      { _id: child._id },
      { $set: { path: rebase([...child.path, child._id]).slice(0, -1) } },
    );
  }
  const members = await findAll((skip) =>
    repo.members.find({ unitPath: unit._id }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  for (const member of members) {
    await repo.members.updateWhere({ _id: member._id }, { $set: { unitPath: rebase(member.unitPath) } });
  }
  const requests = await findAll((skip) =>
    repo.requests.find({ unitPath: unit._id }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  for (const request of requests) {
    await repo.requests.updateWhere({ _id: request._id }, { $set: { unitPath: rebase(request.unitPath) } });
  }
  // Activities organised in the subtree move with it: their new superiors manage them and count their meetings.
  const { activities } = activitiesRepository(ctx.store);
  const organised = await findAll((skip) =>
    activities.find({ organiserPath: unit._id }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  for (const activity of organised) {
    await activities.updateWhere({ _id: activity._id }, { $set: { organiserPath: rebase(activity.organiserPath) } });
  }
  await rebaseLeavePaths(ctx, unit._id, rebase);
  await repo.units.updateWhere({ _id: unit._id }, { $set: { parentId: parent._id, path: prefix } });
  await publish(ctx, { type: 'unit.moved', payload: { unitId: unit._id, before: unit.path, after: prefix } });
  await appendAudit(ctx, {
    action: 'unit.move',
    summary: `将「${unit.name}」移到「${parent.name}」下（含 ${descendants.length} 个下级单位、${members.length} 名党员）`,
    targetId: unit._id,
    targetName: unit.name,
    unitPath: [...prefix, unit._id],
  });
  return { unitId: unit._id, name: unit.name };
}

export async function archiveUnit(ctx: CallContext, unitId: string) {
  const repo = membersRepository(ctx.store);
  const unit = await loadUnit(ctx, unitId);
  const [members, children] = await Promise.all([repo.countInSubtree(unit._id), repo.childUnits(unit._id)]);
  if (members > 0) {
    throw new AppError('CONFLICT', `「${unit.name}」还有 ${members} 名党员，请先把他们转到其他单位，再撤销。`);
  }
  if (children.length > 0) {
    throw new AppError('CONFLICT', `「${unit.name}」还有 ${children.length} 个下级组织，请先撤销或移走它们。`);
  }
  await repo.units.updateWhere({ _id: unit._id }, { $set: { archived: true } });
  await publish(ctx, { type: 'unit.changed', payload: { unitId: unit._id, kind: unit.kind, path: unit.path } });
  await appendAudit(ctx, {
    action: 'unit.archive',
    summary: `撤销了「${unit.name}」`,
    targetId: unit._id,
    targetName: unit.name,
    unitPath: [...unit.path, unit._id],
  });
  return { unitId: unit._id, name: unit.name };
}
