import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import { Checked } from '@nutui/icons-react-taro';
import { colors } from '@/theme/tokens';

/** Where I am with an item: 未学习, 已学 60% with a short bar, or 已学完 — no empty bar before I start. */
export function StudyState({ percent, completed }: { percent: number; completed: boolean }) {
  if (completed)
    return (
      <View className="study-state study-state--done">
        <Checked size={14} color={colors.success} />
        <Text>已学完</Text>
      </View>
    );
  if (percent <= 0) return <Text className="study-state study-state--new">未学习</Text>;
  return (
    <View className="study-state study-state--part">
      <View className="study-state__bar">
        <Progress percent={percent} color={colors.gold} background={colors.track} strokeWidth="4" />
      </View>
      <Text>已学 {percent}%</Text>
    </View>
  );
}
