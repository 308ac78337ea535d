import { INACTIVE_MEMBER_STATUSES, ROLES } from '../../../types/labels';
import type { CallContext } from '../../kernel/context';
import { adminUnitOf } from '../../kernel/scope';
import { DuplicateKeyError } from '../../store/types';
import { membersRepository } from '../members/members.repository';
import type { MemberDoc } from '../members/members.types';
import { notify } from '../notices/notify';
import { developmentRepository } from './development.repository';
import { pipeline } from './due.service';
import { dateText } from './progress';
import { rulesInForce } from './rules-in-force';

/**
 * The timer: tells the secretaries of a person's branch when a development step becomes due and again when
 * it becomes overdue. A marker keyed by person, step and state is inserted first, so however often the
 * timer runs (or two run at once) each reminder goes out once.
 */
const ADMIN_ROLES = ROLES.filter((role) => role !== 'member');

/** The admins of the nearest unit up the person's path that has any. */
async function secretariesOf(ctx: CallContext, member: MemberDoc): Promise<MemberDoc[]> {
  const { members } = membersRepository(ctx.store);
  for (const unitId of [...member.unitPath].reverse()) {
    const admins = await members.find({ unitPath: unitId, role: { $in: ADMIN_ROLES } }, { limit: 100 });
    const own = admins.filter(
      (admin) => adminUnitOf(admin) === unitId && !INACTIVE_MEMBER_STATUSES.includes(admin.status),
    );
    if (own.length > 0) return own;
  }
  return [];
}

export async function sendDevelopmentReminders(ctx: CallContext): Promise<{ reminded: number; notified: number }> {
  const { steps: rules } = await rulesInForce(ctx.store);
  const { reminders } = developmentRepository(ctx.store);
  let reminded = 0;
  let notified = 0;
  for (const { member, next } of await pipeline(ctx, {}, rules)) {
    if (next.state !== 'due' && next.state !== 'overdue') continue;
    const state = next.state;
    try {
      await reminders.insert({
        _id: `${member._id}_${next.step.key}_${state}`,
        memberId: member._id,
        stepKey: next.step.key,
        state,
        sentAt: ctx.now,
      });
    } catch (error) {
      if (error instanceof DuplicateKeyError) continue;
      throw error;
    }
    reminded += 1;
    const when = next.dueAt !== null ? `，期限 ${dateText(next.dueAt)}` : '';
    const title = state === 'overdue' ? '发展党员步骤已逾期' : '发展党员步骤待办理';
    const body = `${member.name}：「${next.step.label}」${state === 'overdue' ? '已超过期限' : '已可办理'}${when}。`;
    for (const secretary of await secretariesOf(ctx, member)) {
      await notify(ctx, secretary, title, body);
      notified += 1;
    }
  }
  return { reminded, notified };
}
