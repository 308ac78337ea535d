import { Text, View } from '@tarojs/components';
import type { WallView } from '@contract/schemas/wall';
import { heldCount, meetingTypesText, monthLabel } from '@/features/dashboard/series';

/** 三会一课 per branch and month, read-only: held meetings, and in red what a month still lacks. */
export function WallMatrix({ branches }: { branches: WallView['meetingMatrix'] }) {
  const months = branches[0]?.months.map((cell) => cell.month) ?? [];
  const withYear = new Set(months.map((month) => month.slice(0, 4))).size > 1;
  if (branches.length === 0) return <Text className="wall-panel__empty">这个单位下还没有党支部。</Text>;
  return (
    <View className="wall-matrix" role="table" aria-label="三会一课完成情况">
      <View className="wall-matrix__row wall-matrix__row--head" role="row">
        <Text className="wall-matrix__name">支部</Text>
        {months.map((month) => (
          <Text key={month} className="wall-matrix__cell">
            {monthLabel(month, withYear)}
          </Text>
        ))}
      </View>
      {branches.slice(0, 8).map((branch) => (
        <View key={branch.unitId} className="wall-matrix__row" role="row">
          <Text className="wall-matrix__name">{branch.name}</Text>
          {branch.months.map((cell) => {
            const held = heldCount(cell.held);
            const missing = cell.missing.length > 0;
            return (
              <Text
                key={cell.month}
                className={missing ? 'wall-matrix__cell wall-matrix__cell--missing' : 'wall-matrix__cell'}
                aria-label={missing ? `缺${meetingTypesText(cell.missing)}` : held > 0 ? `已开${held}次` : '未到期'}
              >
                {missing ? `缺${cell.missing.length}项` : held > 0 ? `✓${held}` : '—'}
              </Text>
            );
          })}
        </View>
      ))}
    </View>
  );
}
