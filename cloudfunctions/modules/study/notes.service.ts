import { appendAudit, newId } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { callerOpenid, requireMember, type CallContext } from '../../kernel/context';
import type { Filter } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import { awardPoints } from '../points/points.service';
import { notify } from '../notices/notify';
import { loadVisibleContent } from './content-access';
import { studyRepository } from './study.repository';
import type { NoteDoc } from './study.types';

/**
 * Study notes (心得): a member writes on an item or a plan; the text passes the content-safety port first;
 * the branch secretary approves (optionally showing it to the branch) or returns it with a comment.
 */
async function views(ctx: CallContext, notes: NoteDoc[]) {
  const names = await membersRepository(ctx.store).unitNames(notes.map((note) => note.unitId));
  return notes.map((note) => ({
    noteId: note._id,
    authorName: note.authorName,
    unitName: names.get(note.unitId) ?? '',
    targetKind: note.targetKind,
    targetId: note.targetId,
    targetTitle: note.targetTitle,
    text: note.text,
    status: note.status,
    reviewComment: note.reviewComment,
    createdAt: note.createdAt,
  }));
}

async function page(ctx: CallContext, filter: Filter, skip: number, limit: number) {
  const { notes } = studyRepository(ctx.store);
  const [docs, total] = await Promise.all([
    notes.find(filter, { sort: [['createdAt', -1]], skip, limit }),
    notes.count(filter),
  ]);
  return { items: await views(ctx, docs), total };
}

export async function submitNote(
  ctx: CallContext,
  input: { targetKind: 'content' | 'plan'; targetId: string; text: string },
) {
  const member = requireMember(ctx);
  let targetTitle: string;
  if (input.targetKind === 'content') {
    targetTitle = (await loadVisibleContent(ctx, member, input.targetId)).title;
  } else {
    const plan = await studyRepository(ctx.store).plans.get(input.targetId);
    if (!plan || !member.unitPath.includes(plan.unitId))
      throw new AppError('NOT_FOUND', '没有找到这个学习计划，请返回刷新。');
    targetTitle = plan.title;
  }
  const verdict = await ctx.platform.contentSafety.checkText(input.text, callerOpenid(ctx));
  if (verdict === 'risky') throw new AppError('CONTENT_REJECTED', '心得里有不适宜发布的内容，请修改后再提交。');
  const note: NoteDoc = {
    _id: newId('note'),
    memberId: member._id,
    authorName: member.name,
    unitId: member.unitId,
    unitPath: member.unitPath,
    targetKind: input.targetKind,
    targetId: input.targetId,
    targetTitle,
    text: input.text,
    status: 'pending',
    showInBranch: false,
    reviewComment: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await studyRepository(ctx.store).notes.insert(note);
  const [view] = await views(ctx, [note]);
  return view!;
}

export async function myNotes(ctx: CallContext, skip: number, limit: number) {
  return page(ctx, { memberId: requireMember(ctx)._id }, skip, limit);
}

/** Approved notes chosen for the branch wall, of the member's own unit. */
export async function branchNotes(ctx: CallContext, skip: number, limit: number) {
  const member = requireMember(ctx);
  return page(ctx, { unitId: member.unitId, status: 'approved', showInBranch: true }, skip, limit);
}

export async function noteQueue(ctx: CallContext, unitId: string, status: string, skip: number, limit: number) {
  return page(ctx, { unitPath: unitId, status }, skip, limit);
}

export async function reviewNote(
  ctx: CallContext,
  input: { noteId: string; approve: boolean; comment: string; showInBranch: boolean },
) {
  const admin = requireMember(ctx);
  const { notes } = studyRepository(ctx.store);
  const note = await notes.get(input.noteId);
  if (!note) throw new AppError('NOT_FOUND', '没有找到这篇心得。');
  if (note.memberId === admin._id) throw new AppError('FORBIDDEN', '不能审核自己的心得，请由其他管理员审核。');
  const status = input.approve ? 'approved' : 'returned';
  // Only a pending note is decided, once: a second reviewer at the same time finds it decided.
  const decided = await notes.updateWhere(
    { _id: note._id, status: 'pending' },
    {
      $set: {
        status,
        showInBranch: input.approve && input.showInBranch,
        reviewComment: input.comment || null,
        reviewedBy: admin._id,
        updatedAt: ctx.now,
      },
    },
  );
  if (!decided) throw new AppError('CONFLICT', '这篇心得已经审核过了，请刷新列表。');
  const author = await membersRepository(ctx.store).memberById(note.memberId);
  if (author) {
    if (input.approve)
      await awardPoints(ctx, {
        member: author,
        rule: 'note_approved',
        objectId: note._id,
        reason: `心得「${note.targetTitle}」通过审核`,
      });
    await notify(
      ctx,
      author,
      input.approve ? '心得已通过' : '心得被退回',
      input.approve ? `您关于「${note.targetTitle}」的心得已通过审核。` : `修改意见：${input.comment}`,
      'study_plan',
    );
  }
  await appendAudit(ctx, {
    action: input.approve ? 'note.approve' : 'note.return',
    summary: `${input.approve ? '通过' : '退回'}了${note.authorName}的学习心得「${note.targetTitle}」`,
    targetId: note._id,
    targetName: note.targetTitle,
    unitPath: note.unitPath,
  });
  const [view] = await views(ctx, [{ ...note, status, reviewComment: input.comment || null }]);
  return view!;
}
