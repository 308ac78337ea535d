import type { Access, Scope } from '../../types/contract';
import { INACTIVE_MEMBER_STATUSES, MEMBER_STATUS_LABELS, type Role } from '../../types/labels';
import type { BindingRequestDoc, MemberDoc } from '../modules/members/members.types';
import type { DocStore } from '../store/types';
import { AppError } from './app-error';
import type { Caller, CallContext } from './context';

export const ROLE_RANK: Record<Role, number> = { member: 0, branch_admin: 1, org_admin: 2, super_admin: 3 };

/** The unit an admin manages: the one assigned with the role, else their own. */
export function adminUnitOf(admin: MemberDoc): string {
  return admin.adminUnitId ?? admin.unitId;
}

/** Resolves the unit a scoped input points at; null when the target does not exist. */
const SCOPE_TARGETS: Record<
  Exclude<Scope, 'none'>,
  (input: Record<string, unknown>, store: DocStore) => Promise<string[] | null>
> = {
  async unit(input, store) {
    const unit = await store.collection<{ _id: string; path: string[] }>('units').get(String(input.unitId));
    return unit ? [...unit.path, unit._id] : null;
  },
  async member(input, store) {
    const member = await store.collection<MemberDoc>('members').get(String(input.memberId));
    return member ? member.unitPath : null;
  },
  async activity(input, store) {
    const activity = await store
      .collection<{ _id: string; organiserPath: string[] }>('activities')
      .get(String(input.activityId));
    return activity ? activity.organiserPath : null;
  },
  async content(input, store) {
    const content = await store
      .collection<{ _id: string; audiencePath: string[] }>('contents')
      .get(String(input.contentId));
    return content ? content.audiencePath : null;
  },
  async plan(input, store) {
    const plan = await store.collection<{ _id: string; unitPath: string[] }>('plans').get(String(input.planId));
    return plan ? plan.unitPath : null;
  },
  async note(input, store) {
    const note = await store.collection<{ _id: string; unitPath: string[] }>('notes').get(String(input.noteId));
    return note ? note.unitPath : null;
  },
  async question(input, store) {
    const question = await store
      .collection<{ _id: string; bankPath: string[] }>('questions')
      .get(String(input.questionId));
    return question ? question.bankPath : null;
  },
  async quiz(input, store) {
    const quiz = await store.collection<{ _id: string; unitPath: string[] }>('quizzes').get(String(input.quizId));
    return quiz ? quiz.unitPath : null;
  },
  async questionReport(input, store) {
    const report = await store
      .collection<{ _id: string; bankPath: string[] }>('question_reports')
      .get(String(input.reportId));
    return report ? report.bankPath : null;
  },
  async vote(input, store) {
    const vote = await store.collection<{ _id: string; unitPath: string[] }>('votes').get(String(input.voteId));
    return vote ? vote.unitPath : null;
  },
  async bindingRequest(input, store) {
    const request = await store.collection<BindingRequestDoc>('binding_requests').get(String(input.requestId));
    return request ? request.unitPath : null;
  },
};

/** A unit path (root first, ending with the unit itself) is in an admin's scope if it passes their unit. */
export function pathInScope(admin: MemberDoc, unitPath: string[]): boolean {
  return admin.role === 'super_admin' || unitPath.includes(adminUnitOf(admin));
}

/** For services that touch a second unit (a move's new parent): the same check as the router's. */
export async function assertUnitInScope(ctx: CallContext, unitId: string): Promise<string[]> {
  if (ctx.caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
  const path = await SCOPE_TARGETS.unit({ unitId }, ctx.store);
  if (!path) throw new AppError('NOT_FOUND', '没有找到这个单位，可能已被撤销，请返回刷新。');
  if (!pathInScope(ctx.caller.member, path)) throw new AppError('OUT_OF_SCOPE');
  return path;
}

/** Members transferred out or suspended keep only routes declared for them (their own data), whatever their role. */
function assertActiveMember(member: MemberDoc): void {
  if (!INACTIVE_MEMBER_STATUSES.includes(member.status)) return;
  throw new AppError(
    'FORBIDDEN',
    `您的党籍状态为“${MEMBER_STATUS_LABELS[member.status]}”，只能查看和下载本人的信息；如有疑问，请联系原所在支部。`,
  );
}

/** Enforces a route's declared access on the server; throws the code the caller should see. */
export async function authorise(access: Access, caller: Caller, input: unknown, store: DocStore): Promise<void> {
  switch (access.role) {
    case 'public':
      return;
    case 'system':
      if (caller.kind !== 'system') throw new AppError('FORBIDDEN');
      return;
    case 'wechat':
      if (caller.kind !== 'wechat' && caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      return;
    case 'member':
      if (caller.kind === 'wechat') throw new AppError('NOT_BOUND');
      if (caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      if (!access.inactiveMembers) assertActiveMember(caller.member);
      return;
    default: {
      if (caller.kind === 'wechat') throw new AppError('NOT_BOUND');
      if (caller.kind !== 'member') throw new AppError('UNAUTHENTICATED');
      assertActiveMember(caller.member);
      if (ROLE_RANK[caller.member.role] < ROLE_RANK[access.role]) throw new AppError('FORBIDDEN');
      if (access.scope === 'none') return;
      const path = await SCOPE_TARGETS[access.scope](input as Record<string, unknown>, store);
      if (!path) throw new AppError('NOT_FOUND');
      if (!pathInScope(caller.member, path)) throw new AppError('OUT_OF_SCOPE');
    }
  }
}
