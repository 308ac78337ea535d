import { Text, View } from '@tarojs/components';
import type { MonthlyReport } from '@contract/schemas/report';
import { FigureCard } from '@/features/dashboard/figure-card';

const MARKS = { up: '↑', down: '↓', same: '＝' } as const;

/** 与上月相比: one plain sentence per figure, the ones that moved first. */
export function ReportChanges({ changes }: { changes: MonthlyReport['changes'] }) {
  const ordered = [...changes.filter((c) => c.direction !== 'same'), ...changes.filter((c) => c.direction === 'same')];
  return (
    <FigureCard title="与上月相比">
      {ordered.length === 0 ? (
        <Text className="dashboard-figure__empty">上月和本月都还没有可比较的数据。</Text>
      ) : (
        <View className="report-changes" data-testid="report-changes">
          {ordered.map((change) => (
            <View key={change.figure} className={`report-changes__row report-changes__row--${change.direction}`}>
              <Text className="report-changes__mark">{MARKS[change.direction]}</Text>
              <Text className="report-changes__text">{change.text}</Text>
            </View>
          ))}
        </View>
      )}
    </FigureCard>
  );
}
