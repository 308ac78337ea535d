import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup } from '@nutui/nutui-react-taro';
import { ArrowRight } from '@nutui/icons-react-taro';
import type { LearningReport } from './report-type';
import { SectionHeader } from '@/components/section-header';
import { ChartCanvas } from '@/features/charts/chart-canvas';
import { barChart } from '@/features/charts/specs';
import { dateText } from '@/lib/format';
import { openPage } from '@/lib/pages';
import { colors } from '@/theme/tokens';
import { ReportFigures } from './figures';
import { strengthSentences, weakSentences } from './insights';

const arrow = <ArrowRight size={14} color={colors.text3} />;

function Sentences({ lines, empty, testId }: { lines: string[]; empty: string; testId: string }) {
  return (
    <View className="card learning-sentences" data-testid={testId}>
      {lines.length ? (
        lines.map((line) => (
          <Text key={line} className="learning-sentences__line">
            {line}
          </Text>
        ))
      ) : (
        <Text className="learning-sentences__empty">{empty}</Text>
      )}
    </View>
  );
}

/** The report: figures, correct rate by tag, strengths, weak points with suggested items, activities attended. */
export function LearningReportView({ report }: { report: LearningReport }) {
  const chart = useMemo(
    () =>
      barChart(
        report.tags.map((tag) => ({ label: tag.tag, value: tag.rate })),
        { horizontal: true, max: 100 },
      ),
    [report.tags],
  );
  return (
    <View>
      <ReportFigures report={report} />
      <SectionHeader title="各类题目正确率" />
      <View className="card">
        {report.tags.length ? (
          <>
            <ChartCanvas
              canvasId="chart-learning-tags"
              chart={chart}
              height={Math.max(140, report.tags.length * 44 + 40)}
              label={report.tags.map((tag) => `${tag.tag} 答 ${tag.answered} 题，正确率 ${tag.rate}%`).join('，')}
            />
            <Text className="learning-note">正确率（%），按题目标签统计</Text>
          </>
        ) : (
          <Text className="learning-sentences__empty">这段时间还没有交卷的答题，去答题页做一次每日答题吧。</Text>
        )}
      </View>
      <SectionHeader title="我的强项" />
      <Sentences
        lines={strengthSentences(report)}
        empty="答够 3 道同类题且正确率达到 80%，就会显示为强项。"
        testId="learning-strengths"
      />
      <SectionHeader title="薄弱环节" />
      <Sentences lines={weakSentences(report)} empty="没有明显的薄弱环节，继续保持。" testId="learning-weak" />
      {report.suggestions.length ? (
        <>
          <SectionHeader title="推荐学习" />
          <CellGroup>
            {report.suggestions.map((item) => (
              <Cell
                key={item.contentId}
                className="learning-suggestion"
                title={<Text className="learning-suggestion__title">{item.title}</Text>}
                description={item.reason}
                extra={arrow}
                clickable
                onClick={() => openPage('studyDetail', { contentId: item.contentId })}
              />
            ))}
          </CellGroup>
        </>
      ) : null}
      <SectionHeader title="参加的活动" />
      {report.activities.length ? (
        <CellGroup>
          {report.activities.map((activity) => (
            <Cell
              key={activity.activityId}
              title={<Text className="learning-suggestion__title">{activity.title}</Text>}
              description={dateText(activity.startAt)}
              extra={arrow}
              clickable
              onClick={() => openPage('activityDetail', { activityId: activity.activityId })}
            />
          ))}
        </CellGroup>
      ) : (
        <Sentences lines={[]} empty="这段时间没有签到参加的活动。" testId="learning-activities" />
      )}
    </View>
  );
}
