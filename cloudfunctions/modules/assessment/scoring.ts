import { GRADE_FLOORS, GRADES, type Grade } from '../../../types/assessment-labels';
import type { Indicator, IndicatorScore } from '../../../types/schemas/assessment';
import type { z } from 'zod';
import type { RawValues } from './indicators';

type IndicatorDef = z.output<typeof Indicator>;

/** Scores to one decimal, so 0.1 × 37 minutes reads 3.7 and not 3.7000000000000006. */
const tenths = (value: number) => Math.round(value * 10) / 10;

/** The most a scheme's indicators add up to. */
export const maxTotalOf = (indicators: IndicatorDef[]) => indicators.reduce((sum, i) => sum + i.cap, 0);

export function gradeOf(percent: number): Grade {
  return GRADES.find((grade) => percent >= GRADE_FLOORS[grade]) ?? 'weak';
}

/**
 * An indicator's points: its raw value times its weight, within ±cap (a manual deduction goes no lower than
 * −cap). Manual indicators read the approved items entered under their key.
 */
export function scoreIndicators(indicators: IndicatorDef[], raw: RawValues) {
  const breakdown: Array<z.output<typeof IndicatorScore>> = indicators.map((indicator) => {
    const value = indicator.source === 'manual' ? (raw.manual[indicator.key] ?? 0) : raw[indicator.source];
    const points = tenths(Math.max(-indicator.cap, Math.min(indicator.cap, value * indicator.weight)));
    return {
      key: indicator.key,
      label: indicator.label,
      source: indicator.source,
      raw: tenths(value),
      points,
      cap: indicator.cap,
    };
  });
  const maxTotal = maxTotalOf(indicators);
  const total = tenths(breakdown.reduce((sum, i) => sum + i.points, 0));
  const percent = maxTotal > 0 ? tenths(Math.max(0, (total / maxTotal) * 100)) : 0;
  return { indicators: breakdown, total, percent, grade: gradeOf(percent) };
}
