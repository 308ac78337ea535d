import { Text, View } from '@tarojs/components';
import { STAGE_LABELS } from '@contract/labels';
import type { DevelopmentDueOutput } from '@contract/schemas/development';

type Stage = DevelopmentDueOutput['stageCounts'][number]['stage'];

/** The pipeline at a glance: overdue and due in big numbers, then how many are at each stage. */
export function PipelineSummary({
  counts,
  onPick,
}: {
  counts: DevelopmentDueOutput | null;
  onPick: (stage: Stage) => void;
}) {
  return (
    <View className="card develop-summary" data-testid="develop-summary">
      <View className="develop-summary__main">
        <View className="develop-summary__figure">
          <Text className="develop-summary__number develop-summary__number--red">{counts?.overdue ?? '—'}</Text>
          <Text className="develop-summary__label">已逾期</Text>
        </View>
        <View className="develop-summary__figure">
          <Text className="develop-summary__number">{counts?.due ?? '—'}</Text>
          <Text className="develop-summary__label">待办理</Text>
        </View>
      </View>
      <View className="develop-summary__stages">
        {(counts?.stageCounts ?? []).map((c) => (
          <View key={c.stage} className="develop-summary__stage" role="button" onClick={() => onPick(c.stage)}>
            <Text className="develop-summary__stage-count">{c.count}</Text>
            <Text className="develop-summary__stage-label">{STAGE_LABELS[c.stage]}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
