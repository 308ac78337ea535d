import { Text, View } from '@tarojs/components';
import type { MeHome } from '@contract/schemas/home';
import { countText } from '@/lib/format';
import { openPage } from '@/lib/pages';

/** My points, study streak and place in my branch, in one strip that opens the points page. */
export function HomeStats({ points }: { points: MeHome['points'] }) {
  const items: Array<{ value: string; unit?: string; label: string }> = [
    { value: countText(points.total), label: '我的积分' },
    { value: String(points.streakDays), unit: '天', label: '连续学习' },
    {
      value: points.branchRank === null ? '—' : String(points.branchRank),
      unit: points.branchRank ? '名' : '',
      label: '支部排名',
    },
  ];
  return (
    <View className="home-stats" role="link" data-testid="home-stats" onClick={() => openPage('studyPoints')}>
      {items.map((item) => (
        <View className="home-stats__item" key={item.label}>
          <Text className="home-stats__value">
            {item.value}
            {item.unit ? <Text className="home-stats__unit">{item.unit}</Text> : null}
          </Text>
          <Text className="home-stats__label">{item.label}</Text>
        </View>
      ))}
    </View>
  );
}
