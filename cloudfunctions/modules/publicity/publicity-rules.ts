import { PUBLICITY_KIND_LABELS, PUBLICITY_MIN_DAYS, type PublicityKind } from '../../../types/publicity-labels';
import { AppError } from '../../kernel/app-error';
import type { CallContext } from '../../kernel/context';
import { membersRepository } from '../members/members.repository';
import type { UnitDoc } from '../members/members.types';

const DAY = 86_400_000;

/** The period must end in the future and last at least the kind's minimum (5 days for membership 公示). */
export function checkPeriod(ctx: CallContext, kind: PublicityKind, startsAt: number, endsAt: number): void {
  if (endsAt <= ctx.now)
    throw new AppError('VALIDATION_FAILED', '公示结束时间已经过去，请选择以后的时间。', { endsAt: '请选择以后的时间' });
  const minDays = PUBLICITY_MIN_DAYS[kind];
  if (endsAt - startsAt < minDays * DAY)
    throw new AppError(
      'VALIDATION_FAILED',
      `${PUBLICITY_KIND_LABELS[kind]}的公示期至少 ${minDays} 天，请把结束时间往后调。`,
      { endsAt: `至少公示 ${minDays} 天` },
    );
}

export async function boardUnit(ctx: CallContext, unitId: string): Promise<UnitDoc> {
  const unit = await membersRepository(ctx.store).unitById(unitId);
  if (!unit || unit.archived) throw new AppError('NOT_FOUND', '组织单位不存在或已撤销，请返回刷新。');
  return unit;
}
