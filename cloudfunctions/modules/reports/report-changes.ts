import type { z } from 'zod';
import type { ReportChange } from '../../../types/schemas/report';

type Change = z.input<typeof ReportChange>;

/** A figure this month and last, how it is named and counted in a sentence. */
export interface Compared {
  figure: string;
  unit: string;
  current: number | null;
  previous: number | null;
  /** Rates change by percentage points, not by a percentage of themselves. */
  rate?: true;
}

const number = (value: number) => value.toLocaleString('zh-CN', { maximumFractionDigits: 1 });

/**
 * "Notable changes against last month", one plain sentence per figure: 学习时长比上月增加 120 分钟（上月 300 分钟）.
 * A rate with no base in either month says nothing and is left out.
 */
export function monthChanges(figures: Compared[]): Change[] {
  const changes: Change[] = [];
  for (const { figure, unit, current, previous, rate } of figures) {
    if (current === null || previous === null) continue;
    const delta = Math.round((current - previous) * 10) / 10;
    const direction = delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
    const amount = rate ? `${number(Math.abs(delta))} 个百分点` : `${number(Math.abs(delta))} ${unit}`;
    const last = `（上月 ${number(previous)}${rate ? '%' : ` ${unit}`}）`;
    const text =
      direction === 'same'
        ? `${figure}与上月持平（${number(current)}${rate ? '%' : ` ${unit}`}）`
        : `${figure}比上月${direction === 'up' ? '增加' : '减少'} ${amount}${last}`;
    changes.push({ figure, current, previous, direction, text });
  }
  return changes;
}
