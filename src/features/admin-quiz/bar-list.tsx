import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import { colors } from '@/theme/tokens';

/** Labelled horizontal bars, longest = full width: a chart that needs no chart library. */
export function BarList({
  bars,
  color = colors.primary,
}: {
  bars: Array<{ key: string; label: string; percent: number; value: string }>;
  color?: string;
}) {
  return (
    <View>
      {bars.map((bar) => (
        <View key={bar.key} className="console-bar" aria-label={`${bar.label}：${bar.value}`}>
          <Text className="console-bar__label console-cell__title">{bar.label}</Text>
          <View className="console-bar__track">
            <Progress percent={Math.max(0, Math.min(100, bar.percent))} color={color} strokeWidth="10" />
          </View>
          <Text className="console-bar__value">{bar.value}</Text>
        </View>
      ))}
    </View>
  );
}
