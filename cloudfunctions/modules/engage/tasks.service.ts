import type { z } from 'zod';
import type { TaskState } from '../../../types/engage-labels';
import type { MyTask, TaskCreateInput, TaskDetailOutput } from '../../../types/schemas/engage';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import { appendAudit, newId } from '../audit/audit';
import { findAll, membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { notify } from '../notices/notify';
import { assignmentId, engageRepository } from './engage.repository';
import type { AssignmentDoc, TaskDoc } from './engage.types';

/**
 * Tasks with feedback (任务): an admin assigns a task with a deadline; each member reports it done with text
 * and perhaps a photo; the admin accepts it or returns it with a reason, and a returned task can be
 * reported again. Each member's copy is one document keyed by task and member.
 */
const ASSIGNABLE_STATUSES = ['normal', 'mobile'];
const MAX_PHOTO_BYTES = 1024 * 1024;
const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

async function assignees(ctx: CallContext, unitId: string, memberIds: string[]): Promise<MemberDoc[]> {
  const { members } = membersRepository(ctx.store);
  if (memberIds.length === 0)
    return findAll((skip) =>
      members.find(
        { unitPath: unitId, status: { $in: ASSIGNABLE_STATUSES } },
        { sort: [['_id', 1]], skip, limit: 100 },
      ),
    );
  const wanted = [...new Set(memberIds)];
  const found = await members.find({ _id: { $in: wanted }, unitPath: unitId }, { limit: wanted.length });
  if (found.length !== wanted.length)
    throw new AppError('VALIDATION_FAILED', '所选党员中有人不在这个单位，请重新选择。', {
      memberIds: '只能指派本单位的党员',
    });
  return found;
}

export async function createTask(ctx: CallContext, input: z.output<typeof TaskCreateInput>) {
  const admin = requireMember(ctx);
  if (input.deadline <= ctx.now)
    throw new AppError('VALIDATION_FAILED', '截止时间要晚于现在，请重新选择。', { deadline: '截止时间已过' });
  const repo = membersRepository(ctx.store);
  const unit = await repo.unitById(input.unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销。');
  const people = await assignees(ctx, unit._id, input.memberIds);
  if (people.length === 0)
    throw new AppError('VALIDATION_FAILED', `${unit.name}还没有可以指派的党员，请换一个单位。`, {
      unitId: '这个单位没有党员',
    });
  const unitNames = new Map<string, string>();
  for (const unitId of new Set(people.map((member) => member.unitId)))
    unitNames.set(unitId, (await repo.unitById(unitId))?.name ?? '');
  const task: TaskDoc = {
    _id: newId('task'),
    unitId: unit._id,
    unitPath: [...unit.path, unit._id],
    unitName: unit.name,
    title: input.title,
    description: input.description,
    deadline: input.deadline,
    assigned: people.length,
    createdBy: admin._id,
    createdAt: ctx.now,
  };
  const { tasks, assignments } = engageRepository(ctx.store);
  await tasks.insert(task);
  for (const member of people)
    await assignments.insert({
      _id: assignmentId(task._id, member._id),
      taskId: task._id,
      memberId: member._id,
      memberName: member.name,
      unitId: member.unitId,
      unitName: unitNames.get(member.unitId) ?? '',
      deadline: task.deadline,
      state: 'todo',
      feedback: null,
      photoFileId: null,
      returnReason: null,
      submittedAt: null,
    });
  await appendAudit(ctx, {
    action: 'task.create',
    summary: `向${unit.name}的 ${people.length} 名党员布置了任务「${task.title}」`,
    targetId: task._id,
    targetName: task.title,
    unitPath: task.unitPath,
  });
  return { taskId: task._id, assigned: people.length };
}

async function photoUrl(ctx: CallContext, fileId: string | null) {
  return fileId ? ctx.platform.files.urlOf(fileId) : null;
}

async function myTask(ctx: CallContext, task: TaskDoc, mine: AssignmentDoc): Promise<z.output<typeof MyTask>> {
  return {
    taskId: task._id,
    title: task.title,
    description: task.description,
    unitName: task.unitName,
    deadline: task.deadline,
    state: mine.state,
    feedback: mine.feedback,
    photoUrl: await photoUrl(ctx, mine.photoFileId),
    returnReason: mine.returnReason,
    submittedAt: mine.submittedAt,
  };
}

export async function myTasks(ctx: CallContext, input: { state?: TaskState; skip: number; limit: number }) {
  const member = requireMember(ctx);
  const { tasks, assignments } = engageRepository(ctx.store);
  const filter = { memberId: member._id, ...(input.state ? { state: input.state } : {}) };
  const [mine, total] = await Promise.all([
    assignments.find(filter, { sort: [['deadline', 1]], skip: input.skip, limit: input.limit }),
    assignments.count(filter),
  ]);
  const byId = new Map(
    (mine.length ? await tasks.find({ _id: { $in: mine.map((a) => a.taskId) } }, { limit: mine.length }) : []).map(
      (task) => [task._id, task],
    ),
  );
  const items = await Promise.all(
    mine.flatMap((a) => {
      const task = byId.get(a.taskId);
      return task ? [myTask(ctx, task, a)] : [];
    }),
  );
  return { items, total };
}

export async function submitTask(
  ctx: CallContext,
  input: { taskId: string; text: string; photo?: { name: string; content: string } },
) {
  const member = requireMember(ctx);
  const { tasks, assignments } = engageRepository(ctx.store);
  const id = assignmentId(input.taskId, member._id);
  const [task, mine] = await Promise.all([tasks.get(input.taskId), assignments.get(id)]);
  if (!task || !mine) throw new AppError('NOT_FOUND', '没有找到这项任务，它可能没有指派给您。');
  if (mine.state === 'submitted' || mine.state === 'accepted')
    throw new AppError('CONFLICT', '这项任务已经提交过了，请等待管理员审核。');
  if ((await ctx.platform.contentSafety.checkText(input.text, callerOpenid(ctx))) === 'risky')
    throw new AppError('VALIDATION_FAILED', '反馈含有不适宜的词语，请修改后再提交。', { text: '请修改不适宜的词语' });
  let photoFileId: string | null = null;
  if (input.photo) {
    const content = Buffer.from(input.photo.content, 'base64');
    if (content.length === 0 || content.length > MAX_PHOTO_BYTES)
      throw new AppError('PAYLOAD_TOO_LARGE', '图片太大，请压缩到 1 MB 以内。');
    const type = IMAGE_TYPES[input.photo.name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
    photoFileId = await ctx.platform.files.put(input.photo.name, content, type);
  }
  const changed = await assignments.updateWhere(
    { _id: id, state: { $in: ['todo', 'returned'] } },
    // The task's path while the report waits for review: the console counts a subtree's waiting reports at once.
    {
      $set: { state: 'submitted', feedback: input.text, photoFileId, submittedAt: ctx.now, reviewPath: task.unitPath },
    },
  );
  if (changed === 0) throw new AppError('CONFLICT', '这项任务已经提交过了，请等待管理员审核。');
  return myTask(ctx, task, { ...mine, state: 'submitted', feedback: input.text, photoFileId, submittedAt: ctx.now });
}

export async function unitTasks(ctx: CallContext, unitId: string, skip: number, limit: number) {
  const { tasks, assignments } = engageRepository(ctx.store);
  const filter = { unitPath: unitId };
  const [items, total] = await Promise.all([
    tasks.find(filter, { sort: [['createdAt', -1]], skip, limit }),
    tasks.count(filter),
  ]);
  const rows = await Promise.all(
    items.map(async (task) => {
      const [todo, submitted, returned, accepted] = await Promise.all(
        (['todo', 'submitted', 'returned', 'accepted'] as const).map((state) =>
          assignments.count({ taskId: task._id, state }),
        ),
      );
      return {
        taskId: task._id,
        title: task.title,
        unitName: task.unitName,
        deadline: task.deadline,
        assigned: task.assigned,
        counts: { todo: todo ?? 0, submitted: submitted ?? 0, returned: returned ?? 0, accepted: accepted ?? 0 },
        createdAt: task.createdAt,
      };
    }),
  );
  return { items: rows, total };
}

async function loadTask(ctx: CallContext, taskId: string) {
  const task = await engageRepository(ctx.store).tasks.get(taskId);
  if (!task) throw new AppError('NOT_FOUND', '没有找到这项任务，请返回刷新。');
  return task;
}

export async function taskDetail(ctx: CallContext, taskId: string): Promise<z.output<typeof TaskDetailOutput>> {
  const task = await loadTask(ctx, taskId);
  const all = await findAll((skip) =>
    engageRepository(ctx.store).assignments.find({ taskId }, { sort: [['_id', 1]], skip, limit: 100 }),
  );
  const units = new Map<string, { unitId: string; unitName: string; assigned: number; accepted: number }>();
  for (const a of all) {
    const row = units.get(a.unitId) ?? { unitId: a.unitId, unitName: a.unitName, assigned: 0, accepted: 0 };
    row.assigned += 1;
    if (a.state === 'accepted') row.accepted += 1;
    units.set(a.unitId, row);
  }
  const order: Record<TaskState, number> = { submitted: 0, returned: 1, todo: 2, accepted: 3 };
  const sorted = [...all].sort((a, b) => order[a.state] - order[b.state]);
  return {
    taskId: task._id,
    title: task.title,
    description: task.description,
    deadline: task.deadline,
    assignees: await Promise.all(
      sorted.map(async (a) => ({
        memberId: a.memberId,
        name: a.memberName,
        unitName: a.unitName,
        state: a.state,
        feedback: a.feedback,
        photoUrl: await photoUrl(ctx, a.photoFileId),
        returnReason: a.returnReason,
        submittedAt: a.submittedAt,
      })),
    ),
    byUnit: [...units.values()],
  };
}

export async function reviewTask(
  ctx: CallContext,
  input: { taskId: string; memberId: string; decision: 'accept' | 'return'; reason: string },
) {
  const task = await loadTask(ctx, input.taskId);
  const { assignments } = engageRepository(ctx.store);
  const id = assignmentId(task._id, input.memberId);
  const mine = await assignments.get(id);
  if (!mine) throw new AppError('NOT_FOUND', '这名党员没有这项任务，请返回刷新。');
  const accept = input.decision === 'accept';
  const changed = await assignments.updateWhere(
    { _id: id, state: 'submitted' },
    {
      $set: accept
        ? { state: 'accepted', returnReason: null, reviewPath: [] }
        : { state: 'returned', returnReason: input.reason, reviewPath: [] },
    },
  );
  if (changed === 0) throw new AppError('CONFLICT', '这份反馈已经审核过或尚未提交，请刷新后查看。');
  await appendAudit(ctx, {
    action: accept ? 'task.accept' : 'task.return',
    summary: accept
      ? `通过了${mine.memberName}的任务「${task.title}」反馈`
      : `退回了${mine.memberName}的任务「${task.title}」反馈：${input.reason}`,
    targetId: task._id,
    targetName: task.title,
    unitPath: task.unitPath,
  });
  if (!accept) {
    const member = await membersRepository(ctx.store).memberById(mine.memberId);
    if (member)
      await notify(
        ctx,
        member,
        '任务反馈被退回',
        `「${task.title}」：${input.reason}。请修改后重新提交。`,
        'notice_reminder',
      );
  }
  return taskDetail(ctx, task._id);
}
