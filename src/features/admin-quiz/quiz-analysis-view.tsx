import { Text, View } from '@tarojs/components';
import { Cell, CellGroup, CircleProgress, Tag } from '@nutui/nutui-react-taro';
import type { RouteOutput } from '@contract/contract';
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
      <CircleProgress percent={a.passPercent} radius={48} strokeWidth={8} color={colors.primary}>
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
  const top = Math.max(1, ...a.distribution);
  return (
    <View>
      <View className="title">{a.title}</View>
      <Figures a={a} />
      <View className="console-section">分数分布</View>
      <View className="card">
        <BarList
          color={colors.gold}
          bars={a.distribution.map((n, i) => ({
            key: String(i),
            label: i === 9 ? '90–100 分' : `${i * 10}–${i * 10 + 9} 分`,
            percent: (n / top) * 100,
            value: `${n} 人`,
          }))}
        />
      </View>
      {a.units.length ? (
        <View>
          <View className="console-section">各单位及格率</View>
          <View className="card">
            <BarList
              bars={a.units.map((u) => ({
                key: u.unitId,
                label: u.unitName,
                percent: u.passRate,
                value: `${u.passed}/${u.participants} 人`,
              }))}
            />
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
