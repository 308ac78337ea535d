import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { MonthlyReport } from '@contract/schemas/report';
import { DEVELOPMENT_STEPS } from '@contract/development-steps';
import { ACTIVITY_TYPE_LABELS, THREE_MEETINGS, UNIT_KIND_LABELS } from '@contract/labels';
import { barChart, type Datum } from '@/features/charts/specs';
import { ChartFigure, FigureCard } from '@/features/dashboard/figure-card';
import { countText, dateTimeText } from '@/lib/format';
import { BranchTable } from './branch-table';
import { ReportChanges } from './report-changes';
import { ReportPlans } from './report-plans';
import { branchStudyBars, pointsBars, scoreBars, stageBars } from './report-series';
import { meetingsHeld, meetingsRequired, missingText, monthTitle, rateText } from './report-text';
import { StatGrid } from './stat-grid';

const horizontalBars = (data: Datum[]) => barChart(data, { horizontal: true });
const barsHeight = (count: number) => Math.max(160, count * 44 + 40);

/** The printable monthly report of a unit: key figures, each section's detail, changes, and its branches. */
export function MonthlyReportView({ report }: { report: MonthlyReport }) {
  const f = report.figures;
  const series = useMemo(
    () => ({
      scores: scoreBars(f),
      points: pointsBars(f),
      stages: stageBars(f),
      branches: branchStudyBars(report),
    }),
    [f, report],
  );
  const required = meetingsRequired(f);
  const missing = missingText(f);
  return (
    <View className="report" data-testid="monthly-report">
      <View className="card report-title">
        <Text className="report-title__unit">{report.name}</Text>
        <Text className="report-title__name">{`${monthTitle(report.month)}党建工作月报`}</Text>
        <Text className="report-title__meta">
          {`${UNIT_KIND_LABELS[report.kind]} · 生成于 ${dateTimeText(report.generatedAt, report.generatedAt)}`}
        </Text>
      </View>
      <View className="card report-headline">
        <StatGrid
          strong
          stats={[
            { label: '学习时长', value: countText(f.study.minutes), unit: '分钟' },
            { label: '答题平均得分', value: f.quizzes.averageScore === null ? '—' : String(f.quizzes.averageScore) },
            { label: '活动出勤率', value: rateText(f.activities.attendanceRate) },
            {
              label: '三会一课',
              value: required ? `${meetingsHeld(f)}/${required}` : countText(meetingsHeld(f)),
              unit: '次',
            },
          ]}
        />
      </View>
      <ReportChanges changes={report.changes} />
      <FigureCard
        title="学习"
        note="学习时长为系统核验的有效学习时间；学习人数为本月有学习时长的人数；人均按状态正常的在册人员计算。"
      >
        <StatGrid
          pairs
          stats={[
            { label: '学习时长', value: countText(f.study.minutes), unit: '分钟' },
            { label: '学习人数', value: countText(f.study.members), unit: '人' },
            {
              label: '人均学习',
              value: f.study.minutesPerMember === null ? '—' : countText(f.study.minutesPerMember),
              unit: '分钟',
            },
            { label: '完成学习内容', value: countText(f.study.itemsCompleted), unit: '项' },
          ]}
        />
      </FigureCard>
      <FigureCard
        title="答题"
        note={
          f.quizzes.passRate === null
            ? '本月暂无设及格线的考试，及格率不计算；每日答题和挑战答题不设及格线。'
            : '及格率 = 及格人次 ÷ 设及格线的考试交卷人次；每日答题和挑战答题不设及格线，不计入。'
        }
      >
        <StatGrid
          stats={[
            { label: '交卷', value: countText(f.quizzes.attemptsHandedIn), unit: '人次' },
            { label: '及格率', value: rateText(f.quizzes.passRate) },
            { label: '平均得分', value: f.quizzes.averageScore === null ? '—' : String(f.quizzes.averageScore) },
          ]}
        />
      </FigureCard>
      <ReportPlans plans={report.plans} />
      <ChartFigure
        canvasId="report-scores"
        title="答题成绩分布"
        data={series.scores}
        build={barChart}
        emptyText="本月还没有人交卷。"
        note="得分率每 10 分一段（如 60 为 60–69 分）；纵轴为交卷次数"
      />
      <FigureCard title="活动与三会一课" note="参加活动人数为本月开始的活动中签到过的人数，每人只计一次。">
        <StatGrid
          pairs
          stats={[
            { label: '报名', value: countText(f.activities.signups), unit: '人次' },
            { label: '请假', value: countText(f.activities.leave), unit: '人次' },
            { label: '签到', value: countText(f.activities.checkins), unit: '人次' },
            { label: '参加活动', value: countText(f.activities.members), unit: '人' },
          ]}
        />
        <View className="report-meetings" data-testid="report-meetings">
          {THREE_MEETINGS.map((type) => (
            <View key={type} className="report-meetings__row">
              <Text className="report-meetings__name">{ACTIVITY_TYPE_LABELS[type]}</Text>
              <Text className="report-meetings__count">
                {`已开 ${f.meetings.held[type] ?? 0} 次${f.meetings.required[type] ? ` / 应开 ${f.meetings.required[type]} 次` : ''}`}
              </Text>
            </View>
          ))}
          {missing ? (
            <View className="report-meetings__missing">
              <Tag type="danger">{`缺：${missing}`}</Tag>
              {report.branches.length ? (
                <Text className="report-meetings__note">{`${f.meetings.branchesMissing} 个支部本月还有应开未开的会`}</Text>
              ) : null}
            </View>
          ) : (
            <Tag type="success">本月应开的会都已召开</Tag>
          )}
        </View>
      </FigureCard>
      <FigureCard title="问一问" note="只统计提问次数和使用人数，不含提问内容。">
        <StatGrid
          stats={[
            { label: '提问', value: countText(f.assistant.questions), unit: '次' },
            { label: '使用', value: countText(f.assistant.members), unit: '人' },
          ]}
        />
      </FigureCard>
      <ChartFigure
        canvasId="report-points"
        title={`积分（本月发放 ${countText(f.points.awarded)} 分）`}
        data={series.points}
        build={horizontalBars}
        height={barsHeight(series.points.length)}
        emptyText="本月还没有发放积分。"
        note="按积分规则统计本月发放的积分"
      />
      <FigureCard title="本月发展党员" note="按阶段的起始日期统计本月进入新阶段的人数。">
        <StatGrid
          pairs
          stats={DEVELOPMENT_STEPS.map(({ stage, label }) => ({
            label,
            value: countText(f.pipeline.reachedThisMonth[stage] ?? 0),
            unit: '人',
          }))}
        />
      </FigureCard>
      <ChartFigure
        canvasId="report-stages"
        title={`发展党员（在册 ${countText(f.pipeline.members)} 人）`}
        data={series.stages}
        build={horizontalBars}
        height={barsHeight(series.stages.length)}
        emptyText="这个单位还没有在册人员。"
        note="各发展阶段在册人数（状态正常），为生成报告时的名册"
      />
      {report.branches.length ? (
        <>
          <ChartFigure
            canvasId="report-branch-study"
            title="各支部学习时长"
            data={series.branches}
            build={horizontalBars}
            height={barsHeight(series.branches.length)}
            emptyText="本月各支部还没有学习记录。"
            note="单位：分钟"
          />
          <BranchTable report={report} />
        </>
      ) : null}
    </View>
  );
}
