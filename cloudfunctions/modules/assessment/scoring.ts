import { GRADE_FLOORS, GRADES, type Grade } from '../../../types/assessment-labels';
import type { Indicator, IndicatorScore } from '../../../types/schemas/assessment';
import type { z } from 'zod';
import type { RawValues } from './indicators';

type IndicatorDef = z.output<typeof Indicator>;

/** Scores to one decimal, so 0.1 × 37 minutes reads 3.7 and not 3.7000000000000006. */
const tenths = (value: number) => Math.round(value * 10) / 10;

/** The most a scheme's indicators add up to: deductions (违纪扣分) can only take away, so they add nothing. */
export const maxTotalOf = (indicators: IndicatorDef[]) =>
  indicators.reduce((sum, i) => sum + (i.deduction ? 0 : i.cap), 0);

/** An indicator's points: a deduction lies in [−cap, 0] (a 加分 entered under it only offsets earlier 扣分). */
const pointsOf = (indicator: IndicatorDef, value: number) =>
  tenths(Math.max(-indicator.cap, Math.min(indicator.deduction ? 0 : indicator.cap, value * indicator.weight)));

export function gradeOf(percent: number): Grade {
  return GRADES.find((grade) => percent >= GRADE_FLOORS[grade]) ?? 'weak';
}

/**
 * An indicator's points: its raw value times its weight, within ±cap (a manual deduction goes no lower than
 * −cap). Manual indicators read the approved items entered under their key. The total never goes below 0:
 * deductions lower what a member earned, they do not leave a debt.
 */
export function scoreIndicators(indicators: IndicatorDef[], raw: RawValues) {
  const breakdown: Array<z.output<typeof IndicatorScore>> = indicators.map((indicator) => {
    const value = indicator.source === 'manual' ? (raw.manual[indicator.key] ?? 0) : raw[indicator.source];
    const points = pointsOf(indicator, value);
    return {
      key: indicator.key,
      label: indicator.label,
      source: indicator.source,
      raw: tenths(value),
      points,
      cap: indicator.cap,
      ...(indicator.deduction ? { deduction: true } : {}),
    };
  });
  const maxTotal = maxTotalOf(indicators);
  const total = Math.max(0, tenths(breakdown.reduce((sum, i) => sum + i.points, 0)));
  const percent = maxTotal > 0 ? tenths((total / maxTotal) * 100) : 0;
  return { indicators: breakdown, total, percent, grade: gradeOf(percent) };
}
