import { DEFAULT_POINT_RULES, POINT_RULE_LABELS, POINT_RULES, type PointRule } from '../../../types/labels';
import { publish } from '../../kernel/events';
import { appendAudit } from '../audit/audit';
import { requireMember, type CallContext } from '../../kernel/context';
import { DuplicateKeyError, type DocStore } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { chinaDay } from '../shared/china-time';
import { incrementOrCreate, upsert } from '../shared/upsert';
import { notePointsAwarded } from '../home/summary-notes';
import type { AwardDoc, BalanceDoc, DailyCapDoc, RuleDoc } from './points.types';

/**
 * The points ledger (积分). An award is exactly-once per idempotency key and never pushes a member past
 * the rule's daily cap, however many calls race:
 * 1. reserve the points on the member's daily counter for the rule, conditionally on staying within the cap;
 * 2. insert the award under its idempotency key; a duplicate gives the reservation back;
 * 3. add the points to the balance.
 * A crash between the steps can only under-award (a reservation without an award, or an award not yet in
 * the balance), never award twice.
 */
function pointsRepository(store: DocStore) {
  return {
    awards: store.collection<AwardDoc>('points_awards'),
    caps: store.collection<DailyCapDoc>('points_caps'),
    balances: store.collection<BalanceDoc>('points_balances'),
    rules: store.collection<RuleDoc>('points_rules'),
  };
}

export async function pointRules(store: DocStore) {
  const saved = new Map((await pointsRepository(store).rules.find({}, { limit: 100 })).map((doc) => [doc._id, doc]));
  return POINT_RULES.map((rule) => {
    const doc = saved.get(rule);
    const base = doc ?? DEFAULT_POINT_RULES[rule];
    return { rule, points: base.points, dailyCap: base.dailyCap, enabled: base.enabled };
  });
}

export interface AwardRequest {
  member: Pick<MemberDoc, '_id' | 'unitPath'>;
  rule: PointRule;
  objectId: string;
  reason: string;
}

/** Awards points once per (member, rule, object, day) within the daily cap; returns the points given. */
export async function awardPoints(ctx: CallContext, request: AwardRequest): Promise<number> {
  const rule = (await pointRules(ctx.store)).find((r) => r.rule === request.rule);
  if (!rule || !rule.enabled || rule.points === 0) return 0;
  const { awards, caps, balances } = pointsRepository(ctx.store);
  const day = chinaDay(ctx.now);
  const memberId = request.member._id;
  const capId = `${memberId}_${request.rule}_${day}`;
  const reserved = await reserve(caps, capId, rule.points, rule.dailyCap);
  if (!reserved) return 0;
  try {
    await awards.insert({
      _id: `${memberId}_${request.rule}_${request.objectId}_${day}`,
      memberId,
      rule: request.rule,
      objectId: request.objectId,
      day,
      points: rule.points,
      reason: request.reason,
      at: ctx.now,
    });
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    await caps.updateWhere({ _id: capId }, { $inc: { total: -rule.points } });
    return 0;
  }
  await incrementOrCreate(
    balances,
    { _id: memberId, unitPath: request.member.unitPath, total: rule.points, updatedAt: ctx.now },
    { total: rule.points },
    { unitPath: request.member.unitPath, updatedAt: ctx.now },
  );
  await notePointsAwarded(ctx, memberId, rule.points);
  const balance = await balances.get(memberId);
  await publish(ctx, {
    type: 'points.awarded',
    payload: {
      memberId,
      unitPath: request.member.unitPath,
      at: ctx.now,
      rule: request.rule,
      points: rule.points,
      balanceAfter: balance?.total ?? rule.points,
    },
  });
  return rule.points;
}

/** Reserves `points` on a daily counter unless that would pass `cap` (0 = no cap). */
async function reserve(caps: ReturnType<typeof pointsRepository>['caps'], capId: string, points: number, cap: number) {
  const withinCap = cap === 0 ? {} : { total: { $lte: cap - points } };
  if (await caps.updateWhere({ _id: capId, ...withinCap }, { $inc: { total: points } })) return true;
  if (cap !== 0 && points > cap) return false;
  try {
    await caps.insert({ _id: capId, total: points });
    return true;
  } catch (error) {
    if (!(error instanceof DuplicateKeyError)) throw error;
    // Someone created the counter first: one more conditional try.
    return (await caps.updateWhere({ _id: capId, ...withinCap }, { $inc: { total: points } })) === 1;
  }
}

export async function myPoints(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  const { awards, balances } = pointsRepository(ctx.store);
  const [balance, items, total] = await Promise.all([
    balances.get(member._id),
    awards.find({ memberId: member._id }, { sort: [['at', -1]], skip, limit }),
    awards.count({ memberId: member._id }),
  ]);
  return {
    balance: balance?.total ?? 0,
    items: items.map((award) => ({ rule: award.rule, points: award.points, reason: award.reason, at: award.at })),
    total,
  };
}

export async function balanceOf(store: DocStore, memberId: string): Promise<number> {
  return (await pointsRepository(store).balances.get(memberId))?.total ?? 0;
}

/** The place of `total` among the members of a subtree by points, as the ranking gives it (ties share it). */
export async function rankInSubtree(store: DocStore, unitId: string, total: number): Promise<number> {
  return 1 + (await pointsRepository(store).balances.count({ unitPath: unitId, total: { $gt: total } }));
}

/** Members of a subtree by points; equal points share a rank (1, 2, 2, 4). */
export async function ranking(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { balances } = pointsRepository(ctx.store);
  const filter = { unitPath: unitId };
  const [page, total] = await Promise.all([
    balances.find(filter, {
      sort: [
        ['total', -1],
        ['_id', 1],
      ],
      skip,
      limit,
    }),
    balances.count(filter),
  ]);
  const first = page[0];
  const firstRank = first ? 1 + (await balances.count({ ...filter, total: { $gt: first.total } })) : 1;
  const repo = membersRepository(ctx.store);
  const people = await repo.members.find({ _id: { $in: page.map((b) => b._id) } }, { limit: page.length || 1 });
  const byId = new Map(people.map((person) => [person._id, person]));
  const unitNames = await repo.unitNames(people.map((person) => person.unitId));
  let rank = firstRank;
  const items = page.map((balance, index) => {
    if (index > 0 && balance.total !== page[index - 1]?.total) rank = skip + index + 1;
    const person = byId.get(balance._id);
    return {
      rank,
      memberId: balance._id,
      name: person?.name ?? '（已移出）',
      unitName: person ? (unitNames.get(person.unitId) ?? '') : '',
      points: balance.total,
    };
  });
  return { items, total };
}

export async function saveRules(
  ctx: CallContext,
  rules: Array<{ rule: PointRule; points: number; dailyCap: number; enabled: boolean }>,
) {
  const admin = requireMember(ctx);
  const { rules: collection } = pointsRepository(ctx.store);
  const before = new Map((await pointRules(ctx.store)).map((rule) => [rule.rule, rule]));
  const changes = [];
  for (const rule of rules) {
    const fields = {
      points: rule.points,
      dailyCap: rule.dailyCap,
      enabled: rule.enabled,
      updatedBy: admin._id,
      updatedAt: ctx.now,
    };
    await upsert(collection, { _id: rule.rule, ...fields }, { $set: fields });
    const old = before.get(rule.rule);
    const describe = (r: { points: number; dailyCap: number; enabled: boolean } | undefined) =>
      r ? `${r.enabled ? '启用' : '停用'}，每次 ${r.points} 分，每日上限 ${r.dailyCap || '不限'}` : null;
    if (describe(old) !== describe(rule))
      changes.push({ field: POINT_RULE_LABELS[rule.rule], before: describe(old), after: describe(rule) });
  }
  await appendAudit(ctx, {
    action: 'points.rules',
    summary: '修改了积分规则',
    unitPath: admin.unitPath,
    changes,
  });
  return { rules: await pointRules(ctx.store) };
}
