import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, CircleProgress, Tag } from '@nutui/nutui-react-taro';
import type { RouteOutput } from '@contract/contract';
import { ChartCanvas } from '@/features/charts/chart-canvas';
import { barChart } from '@/features/charts/specs';
import { secondsText } from '@/features/quiz/format';
import { colors } from '@/theme/tokens';
import { BarList } from './bar-list';

type Analysis = RouteOutput<'admin.quizAnalysis'>;

const FLAG_STATUS = {
  pending: { label: '待核实', type: 'warning' },
  confirmed: { label: '已确认有效', type: 'success' },
  voided: { label: '已判为无效', type: 'default' },
} as const;

function Figures({ a }: { a: Analysis }) {
  return (
    <View className="card console-figure">
      <CircleProgress
        className="console-figure__ring"
        percent={a.passPercent}
        radius={48}
        strokeWidth={8}
        color={colors.primary}
      >
        <Text className="console-figure__value">{a.passPercent}%</Text>
      </CircleProgress>
      <View>
        <Text className="console-cell__meta">及格率</Text>
        <View>
          参与{' '}
          <Text className="console-figure__value" data-testid="analysis-participants">
            {a.participants}
          </Text>{' '}
          人
        </View>
        <View>
          平均 <Text className="console-figure__value">{a.averagePercent}</Text> 分
        </View>
      </View>
    </View>
  );
}

/** An exam's figures: pass rate, score spread, units, each question's correctness, missed points, flags. */
export function QuizAnalysisView({ a }: { a: Analysis }) {
  const charts = useMemo(() => {
    const scores = a.distribution.map((n, i) => ({ label: `${i * 10}`, value: n }));
    const units = a.units.map((u) => ({ label: u.unitName, value: u.passRate }));
    return {
      scores: barChart(scores, { color: colors.gold }),
      scoresLabel: scores.map((bar) => `${bar.label} 分起 ${bar.value} 人`).join('，'),
      units: barChart(units, { horizontal: true, max: 100 }),
      unitsLabel: a.units.map((u) => `${u.unitName} ${u.passed}/${u.participants} 人及格`).join('，'),
    };
  }, [a]);
  return (
    <View>
      <View className="title">{a.title}</View>
      <Figures a={a} />
      <View className="console-section">分数分布</View>
      <View className="card">
        <ChartCanvas canvasId="chart-quiz-scores" chart={charts.scores} height={200} label={charts.scoresLabel} />
        <Text className="console-cell__meta">每 10 分一段（如 60 为 60–69 分），纵轴为人数</Text>
      </View>
      {a.units.length ? (
        <View>
          <View className="console-section">各单位及格率</View>
          <View className="card">
            <ChartCanvas
              canvasId="chart-quiz-units"
              chart={charts.units}
              height={Math.max(120, a.units.length * 44 + 40)}
              label={charts.unitsLabel}
            />
            <Text className="console-cell__meta">及格率（%）</Text>
          </View>
        </View>
      ) : null}
      <View className="console-section">逐题分析（答对率低的在前）</View>
      <View className="card">
        <BarList
          bars={a.questions.map((q, i) => ({
            key: q.questionId,
            label: `第 ${i + 1} 题 ${q.stem}`,
            percent: Math.round(q.facility * 100),
            value: `${Math.round(q.facility * 100)}%`,
          }))}
        />
        <Text className="console-cell__meta">
          {a.questions.filter((q) => q.discrimination < 0.2 && q.answered >= 5).length
            ? `有 ${a.questions.filter((q) => q.discrimination < 0.2 && q.answered >= 5).length} 道题区分度偏低，可考虑修改。`
            : '每道题作答 5 人以上后会提示区分度偏低的题。'}
        </Text>
      </View>
      {a.missedTags.length ? (
        <View>
          <View className="console-section">错得最多的知识点</View>
          <View className="card">
            <BarList
              color={colors.gold}
              bars={a.missedTags.map((t) => ({
                key: t.tag,
                label: t.tag,
                percent: (t.misses / Math.max(1, ...a.missedTags.map((m) => m.misses))) * 100,
                value: `${t.misses} 次`,
              }))}
            />
          </View>
        </View>
      ) : null}
      {a.flagged.length ? (
        <View>
          <View className="console-section">答题过快</View>
          <CellGroup description="在管理后台的「答题待核实」中确认有效或判为无效。">
            {a.flagged.map((f) => (
              <Cell
                key={f.attemptId}
                title={f.name}
                description={`${f.percent} 分 · 用时 ${secondsText(f.seconds)}`}
                extra={<Tag type={FLAG_STATUS[f.status].type}>{FLAG_STATUS[f.status].label}</Tag>}
              />
            ))}
          </CellGroup>
        </View>
      ) : null}
    </View>
  );
}
