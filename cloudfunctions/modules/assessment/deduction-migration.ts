import type { CallContext } from '../../kernel/context';
import { assessmentRepository } from './assessment.repository';
import type { SchemeDoc } from './assessment.types';

/** The manual indicator every default scheme has carried for 扣分 since before deductions had their own flag. */
const DISCIPLINE_LABEL = '违纪扣分';

/** A scheme's indicators with 违纪扣分 marked as the deduction it always meant; null when nothing is to change. */
function withDisciplineDeduction(indicators: SchemeDoc['indicators']): SchemeDoc['indicators'] | null {
  const marked = indicators.map((indicator) =>
    indicator.source === 'manual' && indicator.label.trim() === DISCIPLINE_LABEL && indicator.deduction === undefined
      ? { ...indicator, deduction: true }
      : indicator,
  );
  const changed = marked.some((indicator, n) => indicator !== indicators[n]);
  // A scheme needs one indicator that adds, or it has no maximum (the rule a save enforces).
  return changed && marked.some((indicator) => !indicator.deduction) ? marked : null;
}

/**
 * `system.setup`: schemes saved before the 扣分项 flag still let 违纪扣分 raise their maximum. Each scheme
 * version is looked at once (`deductionsFlagged`, which every save now sets, so a later choice of 加分 for that
 * indicator is never overridden). Closed periods keep the scores and maximum kept when they closed: only the
 * scheme changes, so only open periods read the new maximum.
 */
export async function flagDisciplineDeductions(ctx: CallContext): Promise<{ migrated: number }> {
  const { schemes } = assessmentRepository(ctx.store);
  let migrated = 0;
  for (;;) {
    const page = await schemes.find({ deductionsFlagged: { $exists: false } }, { sort: [['_id', 1]], limit: 100 });
    if (page.length === 0) return { migrated };
    for (const scheme of page) {
      const indicators = withDisciplineDeduction(scheme.indicators);
      await schemes.updateWhere(
        { _id: scheme._id, deductionsFlagged: { $exists: false } },
        { $set: indicators ? { indicators, deductionsFlagged: true } : { deductionsFlagged: true } },
      );
      if (indicators) migrated += 1;
    }
  }
}
