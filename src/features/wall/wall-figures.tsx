import { Text, View } from '@tarojs/components';
import type { WallView } from '@contract/schemas/wall';
import { heldCount, partyMemberCount, passRate, percentOf } from '@/features/dashboard/series';

/** The quarter's key numbers, large enough to read from the back of the room. */
export function WallFigures({ view }: { view: WallView }) {
  const { composition, totals, meetingMatrix } = view;
  const meetings = meetingMatrix.reduce(
    (sum, branch) => sum + branch.months.reduce((held, cell) => held + heldCount(cell.held), 0),
    0,
  );
  const rate = passRate(totals);
  const figures: Array<{ label: string; value: number | null; unit: string }> = [
    { label: '党员', value: partyMemberCount(composition), unit: '人' },
    { label: '学习时长', value: totals.studyMinutes, unit: '分钟' },
    { label: '完成学习', value: totals.itemsCompleted, unit: '篇' },
    { label: '答题通过率', value: rate, unit: rate === null ? '' : '%' },
    { label: '活动出勤率', value: percentOf(totals.checkins, Math.max(totals.signups, totals.checkins)), unit: '%' },
    { label: '三会一课', value: meetings, unit: '次' },
  ];
  return (
    <View className="wall-figures">
      {figures.map((figure) => (
        <View
          key={figure.label}
          className="wall-figure"
          aria-label={`${figure.label} ${figure.value ?? '—'}${figure.unit}`}
          data-testid="wall-figure"
        >
          <View className="wall-figure__number">
            <Text className="wall-figure__value">
              {figure.value === null ? '—' : figure.value.toLocaleString('zh-CN')}
            </Text>
            <Text className="wall-figure__unit">{figure.unit}</Text>
          </View>
          <Text className="wall-figure__label">{figure.label}</Text>
        </View>
      ))}
    </View>
  );
}
