import { requireMember, type CallContext } from '../../kernel/context';
import { AppError } from '../../kernel/app-error';
import { DuplicateKeyError } from '../../store/types';
import { appendAudit } from '../audit/audit';
import { findAll, membersRepository } from '../members/members.repository';
import { assessmentRepository, closureId, scoreId } from './assessment.repository';
import { periodOf } from './periods';
import { liveScores, requireScheme, unitPathOf } from './scores.service';
import { closedPeriods } from './schemes.service';
import { maxTotalOf } from './scoring';

/**
 * Closing an ended period keeps every member's score as the scheme in force scored it. The closure is inserted
 * first under a deterministic id, so two admins closing at once cannot both snapshot; a member already kept by
 * a closing above keeps that score.
 */
export async function closePeriod(ctx: CallContext, unitId: string, periodId: string) {
  const admin = requireMember(ctx);
  const period = periodOf(periodId);
  if (period.to > ctx.now) throw new AppError('CONFLICT', `${period.label}还没有结束，结束后才能归档。`);
  const path = await unitPathOf(ctx, unitId);
  if ((await closedPeriods(ctx, path, [periodId])).has(periodId))
    throw new AppError('CONFLICT', `${period.label}已经归档，成绩不再变化。`);
  const scheme = await requireScheme(ctx, path);
  const { closures, scores } = assessmentRepository(ctx.store);
  try {
    await closures.insert({
      _id: closureId(unitId, periodId),
      unitId,
      unitPath: path,
      periodId,
      schemeId: scheme._id,
      schemeName: scheme.name,
      schemeVersion: scheme.version,
      maxTotal: maxTotalOf(scheme.indicators),
      closedBy: admin._id,
      closedAt: ctx.now,
    });
  } catch (error) {
    if (error instanceof DuplicateKeyError) throw new AppError('CONFLICT', `${period.label}已经归档，成绩不再变化。`);
    throw error;
  }
  const members = await findAll((skip) =>
    membersRepository(ctx.store).membersIn({ unitPath: unitId, status: { $in: ['normal', 'mobile'] } }, skip, 100),
  );
  const unitPaths = new Map(members.map((m) => [m._id, m.unitPath]));
  let scored = 0;
  for (const score of await liveScores(ctx, scheme, members, period)) {
    try {
      await scores.insert({
        _id: scoreId(periodId, score.memberId),
        memberId: score.memberId,
        name: score.name,
        unitId: score.unitId,
        unitPath: unitPaths.get(score.memberId) ?? [],
        periodId,
        schemeId: scheme._id,
        schemeName: scheme.name,
        schemeVersion: scheme.version,
        maxTotal: maxTotalOf(scheme.indicators),
        total: score.total,
        percent: score.percent,
        grade: score.grade,
        indicators: score.indicators,
        closedAt: ctx.now,
      });
      scored += 1;
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) throw error;
    }
  }
  await appendAudit(ctx, {
    action: 'assessment.close',
    summary: `归档了${period.label}的考核成绩（${scored} 人，方案「${scheme.name}」第 ${scheme.version} 版）`,
    targetId: closureId(unitId, periodId),
    unitPath: path,
  });
  return { periodId, scored };
}
