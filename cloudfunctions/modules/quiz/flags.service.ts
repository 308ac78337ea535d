import { appendAudit } from '../audit/audit';
import { AppError } from '../../kernel/app-error';
import { requireMember, type CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import { afterHandIn } from './attempts.service';
import { quizRepository } from './quiz.repository';
import type { FlagDecision, FlagDoc } from './quiz.types';

/**
 * 答题过快，待核实: an admin of the quiz's organiser (the daily quiz: of the member's unit) confirms a flagged
 * attempt, which then earns its points and its place on the board as if it had counted at hand-in, or voids
 * it, with a reason, and it stays off both. One decision per attempt, audited; repeating it changes nothing.
 */
export async function listFlags(
  ctx: CallContext,
  input: { unitId: string; status: FlagDoc['status']; skip: number; limit: number },
) {
  const { flags } = quizRepository(ctx.store);
  const filter = { reviewPath: input.unitId, status: input.status };
  const [page, total] = await Promise.all([
    flags.find(filter, { sort: [['submittedAt', -1]], skip: input.skip, limit: input.limit }),
    flags.count(filter),
  ]);
  const unitNames = await membersRepository(ctx.store).unitNames(page.map((flag) => flag.unitId));
  return {
    items: page.map((flag) => ({
      attemptId: flag._id,
      memberName: flag.memberName,
      unitName: unitNames.get(flag.unitId) ?? '',
      mode: flag.mode,
      title: flag.title,
      percent: flag.percent,
      seconds: flag.seconds,
      neededSeconds: flag.neededSeconds,
      submittedAt: flag.submittedAt,
      status: flag.status,
      reason: flag.reason,
      decidedAt: flag.decidedAt,
    })),
    total,
  };
}

const DECISIONS: Record<'confirm' | 'void', FlagDecision> = { confirm: 'confirmed', void: 'voided' };
const DECISION_LABELS: Record<FlagDecision, string> = { confirmed: '有效', voided: '无效' };

export async function decideFlag(
  ctx: CallContext,
  input: { unitId: string; attemptId: string; decision: 'confirm' | 'void'; reason: string },
) {
  const admin = requireMember(ctx);
  const { flags, attempts } = quizRepository(ctx.store);
  const flag = await flags.get(input.attemptId);
  // The router checked the unit; the attempt must be one that unit's admins review.
  if (!flag || !flag.reviewPath.includes(input.unitId))
    throw new AppError('NOT_FOUND', '没有找到这份待核实的答卷，请返回刷新列表。');
  const status = DECISIONS[input.decision];
  const claimed = await flags.updateWhere(
    { _id: flag._id, status: 'pending' },
    { $set: { status, reason: input.reason, decidedBy: admin._id, decidedAt: ctx.now } },
  );
  if (!claimed) {
    const decided = await flags.get(flag._id);
    if (decided?.status === status) return { status, changed: false, pointsAwarded: 0 };
    throw new AppError(
      'CONFLICT',
      `这份答卷已被判定为${DECISION_LABELS[decided?.status as FlagDecision] ?? '其他结果'}，不能再改。`,
    );
  }
  const attempt = await attempts.get(flag._id);
  let pointsAwarded = 0;
  if (attempt) {
    await attempts.updateWhere({ _id: attempt._id }, { $set: { flagDecision: status } });
    if (status === 'confirmed' && !attempt.blank) {
      // Counted as of the hand-in: the daily points go to that day (and its cap), the best keeps its time.
      const confirmed = { ...attempt, flagDecision: status };
      await afterHandIn({ ...ctx, now: attempt.submittedAt ?? ctx.now }, confirmed);
      pointsAwarded = confirmed.pointsAwarded ?? 0;
    }
  }
  await appendAudit(ctx, {
    action: status === 'confirmed' ? 'quiz.flagConfirmed' : 'quiz.flagVoided',
    summary: `核实「${flag.memberName}」的答卷「${flag.title}」：${DECISION_LABELS[status]}${input.reason ? `（${input.reason}）` : ''}`,
    targetId: flag._id,
    targetName: flag.memberName,
    unitPath: flag.reviewPath,
  });
  return { status, changed: true, pointsAwarded };
}
