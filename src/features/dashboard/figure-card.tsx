import { useMemo, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { SectionHeader } from '@/components/section-header';
import { ChartCanvas } from '@/features/charts/chart-canvas';
import type { ChartElement, Datum } from '@/features/charts/specs';
import { allZero } from './series';

/** Where a figure's "查看明细" leads: the list behind it. */
type Drill = () => void;

/** A titled card of the dashboard: the section header carries the drill-down to the list behind the figure. */
export function FigureCard({
  title,
  drill,
  note,
  children,
}: {
  title: string;
  drill?: Drill;
  /** One quiet line under the figure: what it counts. */
  note?: string;
  children: ReactNode;
}) {
  return (
    <View className="dashboard-figure">
      <SectionHeader title={title} action={drill ? { label: '查看明细', onClick: drill } : undefined} />
      <View className="card dashboard-figure__body">
        {children}
        {note ? <Text className="dashboard-figure__note">{note}</Text> : null}
      </View>
    </View>
  );
}

/**
 * A chart card: draws `build(data)` or, when every value is zero, says there is nothing to show yet. `label`
 * reads the figures out in words for screen readers.
 */
export function ChartFigure<D extends Datum>({
  canvasId,
  title,
  data,
  build,
  height = 200,
  emptyText,
  drill,
  note,
}: {
  canvasId: string;
  title: string;
  data: D[];
  build: (data: D[]) => ChartElement;
  height?: number;
  emptyText: string;
  drill?: Drill;
  note?: string;
}) {
  const chart = useMemo(() => build(data), [build, data]);
  const label = `${title}：${data.map((datum) => `${datum.label} ${datum.value}`).join('，')}`;
  return (
    <FigureCard title={title} drill={drill} note={note}>
      {allZero(data) ? (
        <Text className="dashboard-figure__empty">{emptyText}</Text>
      ) : (
        <ChartCanvas canvasId={canvasId} chart={chart} height={height} label={label} />
      )}
    </FigureCard>
  );
}
