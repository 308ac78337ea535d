import { newWorkbook } from '../shared/heavy-libraries';
import type { z } from 'zod';
import type { PlanCreateInput } from '../../../types/schemas/study';
import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { awardPoints } from '../points/points.service';
import { chinaDateTime, chinaDay } from '../shared/china-time';
import { notify } from '../notices/notify';
import { bumpHomeFeeds } from '../home/feed-stamps';
import { notePlanProgress } from '../home/summary-notes';
import { publish } from '../../kernel/events';
import { cardsFor, isVisible } from './content-access';
import { passedAmong, passesOf, quizzesByIds } from './quiz-records';
import { planBrief } from './study-views';
import { studyRepository } from './study.repository';
import type { ContentDoc, PlanDoc } from './study.types';

/**
 * Study plans: a branch (or higher) admin assigns items to the members of a subtree with a start and a
 * deadline. Completion is derived from progress (an item is done once its `completedAt` is set), so a
 * report is always current and nothing has to be kept in step.
 */
async function loadPlan(ctx: CallContext, planId: string): Promise<PlanDoc> {
  const plan = await studyRepository(ctx.store).plans.get(planId);
  if (!plan) throw new AppError('NOT_FOUND', '没有找到这个学习计划，可能已被删除。');
  return plan;
}

export async function createPlan(ctx: CallContext, input: z.output<typeof PlanCreateInput>) {
  const admin = requireMember(ctx);
  const unit = await membersRepository(ctx.store).unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  const unitPath = [...unit.path, unit._id];
  const { contents } = studyRepository(ctx.store);
  const items = await contents.find({ _id: { $in: input.itemIds } }, { limit: input.itemIds.length });
  // Every item must reach every member of the plan: its audience must be the plan's unit or above.
  const unreachable = items.filter((item) => !unitPath.includes(item.audienceUnitId) || item.status === 'taken_down');
  if (items.length !== input.itemIds.length || unreachable.length)
    throw new AppError('VALIDATION_FAILED', '有的学习内容已下架，或学习范围小于计划范围，请重新选择。', {
      itemIds: '请重新选择学习内容',
    });
  const quizzes = await quizzesByIds(ctx, input.quizIds);
  if (quizzes.length !== new Set(input.quizIds).size || quizzes.some((quiz) => !unitPath.includes(quiz.unitId)))
    throw new AppError('VALIDATION_FAILED', '有的考试不存在，或考试范围小于计划范围，请重新选择。', {
      quizIds: '请重新选择考试',
    });
  const plan: PlanDoc = {
    _id: newId('plan'),
    title: input.title,
    unitId: unit._id,
    unitPath,
    itemIds: input.itemIds,
    quizIds: input.quizIds,
    startAt: input.startAt,
    deadline: input.deadline,
    createdBy: admin._id,
    createdAt: ctx.now,
  };
  await studyRepository(ctx.store).plans.insert(plan);
  await publish(ctx, { type: 'study.planAssigned', payload: { ...planBrief(plan), unitId: plan.unitId } });
  await bumpHomeFeeds(ctx, [plan.unitId]);
  await appendAudit(ctx, {
    action: 'plan.create',
    summary: `为${unit.name}布置了学习计划「${plan.title}」`,
    targetId: plan._id,
    targetName: plan.title,
    unitPath,
  });
  return plan._id;
}

async function planSummaries(ctx: CallContext, plans: PlanDoc[]) {
  const names = await membersRepository(ctx.store).unitNames(plans.map((plan) => plan.unitId));
  return plans.map((plan) => ({
    planId: plan._id,
    title: plan.title,
    unitName: names.get(plan.unitId) ?? '',
    startAt: plan.startAt,
    deadline: plan.deadline,
    itemCount: plan.itemIds.length + plan.quizIds.length,
  }));
}

export async function listPlans(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { plans } = studyRepository(ctx.store);
  const [page, total] = await Promise.all([
    plans.find({ unitPath: unitId }, { sort: [['deadline', -1]], skip, limit }),
    plans.count({ unitPath: unitId }),
  ]);
  return { items: await planSummaries(ctx, page), total };
}

/** Plans a member sees: addressed to a unit on their path, started, and not closed for more than 30 days. */
async function activePlansOf(ctx: CallContext, member: MemberDoc): Promise<PlanDoc[]> {
  return studyRepository(ctx.store).plans.find(
    { unitId: { $in: member.unitPath }, startAt: { $lte: ctx.now }, deadline: { $gte: ctx.now - 30 * 86_400_000 } },
    { sort: [['deadline', 1]], limit: 20 },
  );
}

export { passedAmong };

/** The ids among `contentIds` the member has completed. */
export async function completedAmong(ctx: CallContext, memberId: string, contentIds: string[]): Promise<Set<string>> {
  if (contentIds.length === 0) return new Set();
  const done = await findAll((skip) =>
    studyRepository(ctx.store).progress.find(
      { memberId, contentId: { $in: contentIds }, completedAt: { $exists: true } },
      { sort: [['_id', 1]], skip, limit: 100 },
    ),
  );
  return new Set(done.map((doc) => doc.contentId));
}

export async function myPlans(ctx: CallContext) {
  const member = requireMember(ctx);
  const plans = await activePlansOf(ctx, member);
  const ids = [...new Set(plans.flatMap((plan) => plan.itemIds))];
  const docs = ids.length
    ? await findAll((skip) =>
        studyRepository(ctx.store).contents.find({ _id: { $in: ids } }, { sort: [['_id', 1]], skip, limit: 100 }),
      )
    : [];
  const byId = new Map(docs.map((doc) => [doc._id, doc]));
  const done = await completedAmong(ctx, member._id, ids);
  const quizIds = [...new Set(plans.flatMap((plan) => plan.quizIds))];
  const [passed, quizzes] = await Promise.all([passedAmong(ctx, member._id, quizIds), quizzesByIds(ctx, quizIds)]);
  const quizTitle = new Map(quizzes.map((quiz) => [quiz._id, quiz.title]));
  const summaries = await planSummaries(ctx, plans);
  const items = await Promise.all(
    plans.map(async (plan, index) => {
      const visible = plan.itemIds
        .map((id) => byId.get(id))
        .filter((doc): doc is ContentDoc => doc !== undefined && isVisible(doc, member, ctx.now));
      const count =
        plan.itemIds.filter((id) => done.has(id)).length + plan.quizIds.filter((id) => passed.has(id)).length;
      return {
        ...summaries[index]!,
        done: count,
        items: await cardsFor(ctx, member, visible),
        quizzes: plan.quizIds.map((quizId) => ({
          quizId,
          title: quizTitle.get(quizId) ?? '',
          passed: passed.has(quizId),
        })),
        completed: count === plan.itemIds.length + plan.quizIds.length,
      };
    }),
  );
  return { items };
}

/** The plans' unfinished items (for "my plan's next items" and recommendations), plan title by item. */
export async function planGaps(ctx: CallContext, member: MemberDoc): Promise<Map<string, string>> {
  const plans = (await activePlansOf(ctx, member)).filter((plan) => plan.deadline >= ctx.now);
  const ids = [...new Set(plans.flatMap((plan) => plan.itemIds))];
  const done = await completedAmong(ctx, member._id, ids);
  const gaps = new Map<string, string>();
  for (const plan of plans) for (const id of plan.itemIds) if (!done.has(id) && !gaps.has(id)) gaps.set(id, plan.title);
  return gaps;
}

/**
 * After an item is completed or a quiz passed: note the member's progress on each open plan holding it (for
 * the home), and award `plan_complete` for each started plan the member has now finished (every item learnt,
 * every quiz passed).
 */
export async function awardFinishedPlans(
  ctx: CallContext,
  member: Pick<MemberDoc, '_id' | 'unitPath'>,
  finished: { contentId: string } | { quizId: string },
): Promise<number> {
  const plans = await studyRepository(ctx.store).plans.find(
    {
      ...('contentId' in finished ? { itemIds: finished.contentId } : { quizIds: finished.quizId }),
      unitId: { $in: member.unitPath },
      deadline: { $gte: ctx.now },
    },
    { limit: 20 },
  );
  let points = 0;
  for (const plan of plans) {
    const [done, passed] = await Promise.all([
      completedAmong(ctx, member._id, plan.itemIds),
      passedAmong(ctx, member._id, plan.quizIds),
    ]);
    await notePlanProgress(ctx, member._id, plan._id, done.size + passed.size);
    if (plan.startAt > ctx.now) continue;
    if (done.size === plan.itemIds.length && passed.size === plan.quizIds.length)
      points += await awardPoints(ctx, {
        member,
        rule: 'plan_complete',
        objectId: plan._id,
        reason: `完成学习计划「${plan.title}」`,
      });
  }
  return points;
}

export async function planReport(ctx: CallContext, planId: string) {
  return reportWithin(ctx, await loadPlan(ctx, planId), null);
}

/** Plans that reach a unit from above (assigned to an ancestor), current or closed within 30 days. */
export async function plansFromAbove(ctx: CallContext, unitId: string) {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  const plans = unit.path.length
    ? await studyRepository(ctx.store).plans.find(
        { unitId: { $in: unit.path }, startAt: { $lte: ctx.now }, deadline: { $gte: ctx.now - 30 * 86_400_000 } },
        { sort: [['deadline', 1]], limit: 20 },
      )
    : [];
  const items = [];
  for (const plan of plans) {
    const report = await reportWithin(ctx, plan, unitId);
    items.push({ ...report.plan, members: report.members, completedMembers: report.completedMembers });
  }
  return { items };
}

/**
 * A plan's report for one unit's subtree: the plan must be assigned to that unit or above it, so a branch
 * secretary follows a 党委's plan among his own members without seeing anyone else's.
 */
export async function planReportInUnit(ctx: CallContext, unitId: string, planId: string) {
  const plan = await loadPlan(ctx, planId);
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  if (![...unit.path, unit._id].includes(plan.unitId))
    throw new AppError('NOT_FOUND', '这个学习计划不是布置给本单位的，请从工作台的“上级部署”进入。');
  return reportWithin(ctx, plan, unitId);
}

/**
 * How many of the members a plan reaches under `unitId` completed it: under the unit when the plan was assigned
 * to it or above it, under the plan's own unit when assigned further down. The same count as the plan report.
 */
export async function planCompletionIn(ctx: CallContext, plan: PlanDoc, unitId: string) {
  const within = plan.unitPath.includes(unitId) && plan.unitId !== unitId ? plan.unitId : unitId;
  const report = await reportWithin(ctx, plan, within);
  return { members: report.members, completedMembers: report.completedMembers };
}

/** Completion of `plan` among the members under `withinUnitId` (the plan's own unit when null). */
async function reportWithin(ctx: CallContext, plan: PlanDoc, withinUnitId: string | null) {
  const rootId = withinUnitId ?? plan.unitId;
  const repo = membersRepository(ctx.store);
  const members = await findAll((skip) =>
    repo.members.find({ unitPath: rootId, status: 'normal' }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  const completions = await findAll((skip) =>
    studyRepository(ctx.store).progress.find(
      { contentId: { $in: plan.itemIds }, completedAt: { $exists: true } },
      { sort: [['_id', 1]], skip, limit: 100 },
    ),
  );
  const passes = await passesOf(ctx, plan.quizIds);
  const doneBy = new Map<string, number>();
  for (const doc of completions) doneBy.set(doc.memberId, (doneBy.get(doc.memberId) ?? 0) + 1);
  // A quiz counts once per member, however many passing attempts.
  for (const key of new Set(passes.map((a) => `${a.memberId}|${a.quizId}`))) {
    const memberId = key.split('|')[0] ?? '';
    doneBy.set(memberId, (doneBy.get(memberId) ?? 0) + 1);
  }
  const total = plan.itemIds.length + plan.quizIds.length;
  // Members are grouped by the unit right under the report's root on their path (or the root itself).
  const groupOf = (member: MemberDoc) => member.unitPath[member.unitPath.indexOf(rootId) + 1] ?? rootId;
  const names = await repo.unitNames([...members.map((m) => m.unitId), ...members.map(groupOf)]);
  const rows = members
    .map((member) => {
      const done = Math.min(total, doneBy.get(member._id) ?? 0);
      return {
        memberId: member._id,
        name: member.name,
        unitName: names.get(member.unitId) ?? '',
        done,
        total,
        completed: done === total,
      };
    })
    .sort((a, b) => Number(a.completed) - Number(b.completed) || a.done - b.done || a.name.localeCompare(b.name, 'zh'));
  const groups = new Map<string, { members: number; completed: number }>();
  for (const member of members) {
    const group = groups.get(groupOf(member)) ?? { members: 0, completed: 0 };
    group.members += 1;
    if ((doneBy.get(member._id) ?? 0) >= total) group.completed += 1;
    groups.set(groupOf(member), group);
  }
  const [summary] = await planSummaries(ctx, [plan]);
  return {
    plan: summary!,
    members: members.length,
    completedMembers: rows.filter((row) => row.completed).length,
    units: [...groups.entries()]
      .map(([unitId, group]) => ({
        unitId,
        unitName: names.get(unitId) ?? '',
        members: group.members,
        completed: group.completed,
        percent: Math.floor((group.completed / group.members) * 100),
      }))
      .sort((a, b) => a.percent - b.percent || a.unitName.localeCompare(b.unitName, 'zh')),
    rows,
  };
}

export async function remindPlan(ctx: CallContext, planId: string) {
  const plan = await loadPlan(ctx, planId);
  const report = await planReport(ctx, planId);
  const unfinished = report.rows.filter((row) => !row.completed);
  const repo = membersRepository(ctx.store);
  for (let i = 0; i < unfinished.length; i += 100) {
    const people = await repo.members.find(
      { _id: { $in: unfinished.slice(i, i + 100).map((row) => row.memberId) } },
      { limit: 100 },
    );
    for (const person of people)
      await notify(
        ctx,
        person,
        '学习计划提醒',
        `「${plan.title}」将于 ${chinaDateTime(plan.deadline)} 截止，您还有内容没有学完，请抓紧学习。`,
        'study_plan',
      );
  }
  await appendAudit(ctx, {
    action: 'plan.remind',
    summary: `提醒了${unfinished.length}名未完成学习计划「${plan.title}」的党员`,
    targetId: plan._id,
    targetName: plan.title,
    unitPath: plan.unitPath,
  });
  return { reminded: unfinished.length };
}

export async function exportPlan(ctx: CallContext, planId: string) {
  const report = await planReport(ctx, planId);
  const workbook = await newWorkbook();
  const overview = workbook.addWorksheet('按单位');
  overview.addRow([report.plan.title, `截止 ${chinaDateTime(report.plan.deadline)}`]);
  overview.addRow([`应学 ${report.members} 人`, `已完成 ${report.completedMembers} 人`]);
  overview.addRow(['单位', '人数', '已完成', '完成率']);
  for (const unit of report.units) overview.addRow([unit.unitName, unit.members, unit.completed, `${unit.percent}%`]);
  const detail = workbook.addWorksheet('按党员');
  detail.addRow(['姓名', '所在单位', '已学', '应学', '是否完成']);
  for (const row of report.rows)
    detail.addRow([row.name, row.unitName, row.done, row.total, row.completed ? '是' : '否']);
  for (const sheet of [overview, detail]) sheet.columns.forEach((column) => (column.width = 18));
  return {
    fileName: `${report.plan.title}-完成情况-${chinaDay(ctx.now).replace(/-/g, '')}.xlsx`,
    file: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
}
