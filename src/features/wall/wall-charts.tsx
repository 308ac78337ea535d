import { useMemo, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { WallView } from '@contract/schemas/wall';
import { ChartCanvas } from '@/features/charts/chart-canvas';
import type { ChartText } from '@/features/charts/chart-text';
import { donutChart, lineChart, type ChartElement, type Datum, type SeriesDatum } from '@/features/charts/specs';
import { allZero, stageSlices, weeklyTrends } from '@/features/dashboard/series';
import { WallMatrix } from './wall-matrix';

/** Chart words sized for a room: about the height of a line of the header's small type. */
const ROOM_TEXT: ChartText = { axis: 18, legend: 22 };

const percentLine = (data: SeriesDatum[]) => lineChart(data, { max: 100 });

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View className="wall-panel">
      <Text className="wall-panel__title">{title}</Text>
      {children}
    </View>
  );
}

function Chart<D extends Datum>({
  id,
  title,
  data,
  build,
  height,
  emptyText,
}: {
  id: string;
  title: string;
  data: D[];
  build: (data: D[]) => ChartElement;
  height: number;
  emptyText: string;
}) {
  const chart = useMemo(() => build(data), [build, data]);
  const label = `${title}：${data.map((datum) => `${datum.label} ${datum.value}`).join('，')}`;
  return (
    <Panel title={title}>
      {allZero(data) ? (
        <Text className="wall-panel__empty">{emptyText}</Text>
      ) : (
        <ChartCanvas canvasId={id} chart={chart} height={height} label={label} text={ROOM_TEXT} />
      )}
    </Panel>
  );
}

/** The four panels under the figures: who the members are, and how the quarter went week by week. */
export function WallCharts({ view, chartHeight }: { view: WallView; chartHeight: number }) {
  const series = useMemo(() => ({ stages: stageSlices(view), ...weeklyTrends(view) }), [view]);
  return (
    <View className="wall-charts">
      <Chart
        id="wall-stage"
        title="党员构成"
        data={series.stages}
        build={donutChart}
        height={chartHeight}
        emptyText="还没有在册人员。"
      />
      <Chart
        id="wall-study"
        title="每周学习时长（分钟）"
        data={series.study}
        build={lineChart}
        height={chartHeight}
        emptyText="本季度还没有学习记录。"
      />
      <Chart
        id="wall-attendance"
        title="每周活动出勤率（%）"
        data={series.attendance}
        build={percentLine}
        height={chartHeight}
        emptyText="本季度还没有活动。"
      />
      <Panel title="三会一课">
        <WallMatrix branches={view.meetingMatrix} />
      </Panel>
    </View>
  );
}
