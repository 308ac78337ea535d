import { STAGES, type Stage } from '../../../types/labels';
import type { DemoMember, Session } from '../../../types/schemas/auth';
import type { MemberCard, UnitOverview } from '../../../types/schemas/members';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { requireMember } from '../../kernel/context';
import { unitSnapshots } from '../dashboard/aggregates';
import { membersRepository } from './members.repository';
import type { MemberDoc } from './members.types';
import { memberSession } from './session-generation';

export async function memberCard(ctx: CallContext): Promise<MemberCard> {
  const member = requireMember(ctx);
  const nameOf = await membersRepository(ctx.store).unitNames(member.unitPath);
  const ancestors = member.unitPath.slice(0, -1);
  return {
    memberId: member._id,
    name: member.name,
    unitId: member.unitId,
    unitName: nameOf.get(member.unitId) ?? '未知单位',
    unitPath: ancestors.map((id) => nameOf.get(id) ?? '未知单位'),
    role: member.role,
    position: member.position,
    stage: member.stage,
    stageSince: member.stageSince,
    joinedAt: member.joinedAt,
  };
}

/**
 * The console overview from the units' snapshots (ADR 0015): the unit, its first 100 children, their count,
 * the names above it and their snapshots (two reads at most), whatever the number of members.
 */
export async function unitOverview(ctx: CallContext, unitId: string): Promise<UnitOverview> {
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(unitId);
  if (!unit) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  const [children, childUnitTotal, parentNames] = await Promise.all([
    repo.childUnits(unitId),
    repo.countChildUnits(unitId),
    repo.unitNames(unit.path),
  ]);
  const counts = await unitSnapshots(ctx.store, [unit._id, ...children.map((child) => child._id)]);
  const own = counts.get(unit._id) ?? {};
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, own[`roster_stage_${stage}`] ?? 0])) as Record<
    Stage,
    number
  >;
  return {
    unitId: unit._id,
    unitName: unit.name,
    kind: unit.kind,
    parentNames: unit.path.map((id) => parentNames.get(id) ?? '').filter(Boolean),
    memberCount: own.members ?? 0,
    byStage,
    childUnitTotal,
    childUnits: children.map((child) => ({
      unitId: child._id,
      name: child.name,
      kind: child.kind,
      memberCount: counts.get(child._id)?.members ?? 0,
    })),
  };
}

function requireDevLogin(ctx: CallContext): void {
  if (!ctx.platform.devLogin) throw new AppError('DEV_LOGIN_DISABLED');
}

export async function demoMembers(ctx: CallContext): Promise<{ members: DemoMember[] }> {
  requireDevLogin(ctx);
  const repo = membersRepository(ctx.store);
  const members: MemberDoc[] = [];
  for (let page = await repo.demoMembers(0); page.length > 0; page = await repo.demoMembers(members.length)) {
    members.push(...page);
    if (page.length < 100) break;
  }
  const nameOf = await repo.unitNames(members.map((member) => member.unitId));
  return {
    members: members.map((member) => ({
      memberId: member._id,
      name: member.name,
      unitName: nameOf.get(member.unitId) ?? '未知单位',
      role: member.role,
      stage: member.stage,
    })),
  };
}

export async function devLogin(ctx: CallContext, memberId: string): Promise<Session> {
  requireDevLogin(ctx);
  const sessions = ctx.platform.sessions;
  if (!sessions) throw new AppError('DEV_LOGIN_DISABLED');
  const member = await membersRepository(ctx.store).memberById(memberId);
  if (!member || !member.demo) throw new AppError('NOT_FOUND', '没有这个演示账号，请刷新列表后重新选择。');
  const { token, expiresAt } = memberSession(sessions, member, ctx.now);
  return { token, expiresAt, memberId: member._id };
}
