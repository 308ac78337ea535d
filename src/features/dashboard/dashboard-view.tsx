import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import type { Dashboard } from '@contract/schemas/dashboard';
import { MEMBER_STATUS_LABELS, MEMBER_STATUSES } from '@contract/labels';
import {
  barChart,
  donutChart,
  groupedBarChart,
  lineChart,
  type Datum,
  type SeriesDatum,
} from '@/features/charts/specs';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';
import { ChartFigure, FigureCard } from './figure-card';
import { Headline } from './headline';
import { MeetingMatrix } from './meeting-matrix';
import { PendingCells } from './pending-cells';
import {
  childQuizBars,
  childStudyBars,
  partyAgeBars,
  pointsBars,
  scoreBars,
  stageSlices,
  weeklyTrends,
} from './series';

const horizontalBars = (data: Datum[]) => barChart(data, { horizontal: true });
const percentLine = (data: SeriesDatum[]) => lineChart(data, { max: 100 });
const goldBars = (data: Datum[]) => barChart(data, { color: colors.gold });
const horizontalGroups = (data: SeriesDatum[]) => groupedBarChart(data, { horizontal: true });

/** A bar per child unit, tall enough that every name has its own line. */
const childChartHeight = (count: number) => Math.max(160, count * 44 + 40);

/** Every figure of a unit over the period, each card leading to the list behind it. */
export function DashboardView({ dashboard }: { dashboard: Dashboard }) {
  const unitId = dashboard.unitId;
  const series = useMemo(
    () => ({
      stages: stageSlices(dashboard),
      partyAge: partyAgeBars(dashboard),
      childStudy: childStudyBars(dashboard),
      childQuiz: childQuizBars(dashboard),
      scores: scoreBars(dashboard),
      ...weeklyTrends(dashboard),
      points: pointsBars(dashboard),
    }),
    [dashboard],
  );
  const statuses = MEMBER_STATUSES.map(
    (status) => `${MEMBER_STATUS_LABELS[status]} ${dashboard.composition.byStatus[status] ?? 0}`,
  );
  const hasChildren = dashboard.children.length > 0;

  return (
    <View className="dashboard">
      <Headline dashboard={dashboard} />
      <ChartFigure
        canvasId="chart-stage"
        title="党员构成"
        data={series.stages}
        build={donutChart}
        height={180}
        emptyText="这个单位还没有在册人员。"
        note={`共 ${dashboard.composition.members} 人：${statuses.join('，')}`}
        drill={() => openPage('adminMembers', { unitId })}
      />
      <ChartFigure
        canvasId="chart-party-age"
        title="党龄分布"
        data={series.partyAge}
        build={barChart}
        emptyText="这个单位还没有在册人员。"
        drill={() => openPage('adminMembers', { unitId })}
      />
      <ChartFigure
        canvasId="chart-study"
        title="每周学习时长"
        data={series.study}
        build={lineChart}
        emptyText="这段时间还没有学习记录。"
        note="单位：分钟"
        drill={() => openPage('adminPlans', { unitId })}
      />
      {hasChildren ? (
        <ChartFigure
          canvasId="chart-child-study"
          title="下级单位人均学习"
          data={series.childStudy}
          build={horizontalBars}
          height={childChartHeight(dashboard.children.length)}
          emptyText="这段时间下级单位还没有学习记录。"
          note="人均学习分钟数"
          drill={() => openPage('adminPlans', { unitId })}
        />
      ) : null}
      {hasChildren ? (
        <ChartFigure
          canvasId="chart-child-quiz"
          title="下级单位答题"
          data={series.childQuiz}
          build={horizontalGroups}
          height={childChartHeight(dashboard.children.length) + 24}
          emptyText="这段时间下级单位还没有人交卷。"
          drill={() => openPage('adminQuizzes', { unitId })}
        />
      ) : null}
      <ChartFigure
        canvasId="chart-scores"
        title="答题成绩分布"
        data={series.scores}
        build={barChart}
        emptyText="这段时间还没有人交卷。"
        note="得分率每 10 分一段（如 60 为 60–69 分）；纵轴为交卷次数"
        drill={() => openPage('adminQuizzes', { unitId })}
      />
      <ChartFigure
        canvasId="chart-attendance"
        title="活动出勤率"
        data={series.attendance}
        build={percentLine}
        emptyText="这段时间还没有活动。"
        note="签到人数占报名人数的比例"
        drill={() => openPage('adminActivities', { unitId })}
      />
      <FigureCard
        title="三会一课"
        drill={() => openPage('adminMeetings', { unitId })}
        note="红色为缺项，点按可安排活动"
      >
        {dashboard.meetingMatrix.length > 0 ? (
          <MeetingMatrix branches={dashboard.meetingMatrix} />
        ) : (
          <Text className="dashboard-figure__empty">这个单位下还没有支部。</Text>
        )}
      </FigureCard>
      <ChartFigure
        canvasId="chart-points"
        title="积分分布"
        data={series.points}
        build={goldBars}
        emptyText="还没有党员获得积分。"
        note={`本期发放 ${dashboard.totals.pointsAwarded} 分；纵轴为党员人数`}
        drill={() => openPage('adminPoints', { unitId })}
      />
      <FigureCard title="问一问" note="本月数据；只统计次数和人数，不查看提问内容">
        <Text className="dashboard-figure__line" data-testid="assistant-usage">
          本月提问 <Text className="dashboard-figure__number">{dashboard.assistantThisMonth.questions}</Text> 次，
          <Text className="dashboard-figure__number">{dashboard.assistantThisMonth.members}</Text> 人使用
        </Text>
      </FigureCard>
      <FigureCard title="交流园地" note="本月数据；只统计发帖条数和人数，不评价个人">
        <Text className="dashboard-figure__line" data-testid="forum-participation">
          本月发帖 <Text className="dashboard-figure__number">{dashboard.forumThisMonth.posts}</Text> 条，参与{' '}
          <Text className="dashboard-figure__number">{dashboard.forumThisMonth.members}</Text> 人
        </Text>
      </FigureCard>
      <FigureCard title="待办事项">
        <PendingCells unitId={unitId} pending={dashboard.pending} />
      </FigureCard>
    </View>
  );
}
