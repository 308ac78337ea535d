import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useElderMode } from '@/features/elder-mode/use-elder-mode';

/** 您好 and the member's unit, with the switch between 长辈模式 and 标准模式 at hand. */
export function HomeGreeting({ name, unitName }: { name: string; unitName: string }) {
  const [elder, setElder] = useElderMode();
  return (
    <View className="home-greeting">
      <View className="home-greeting__text">
        <Text className="home-greeting__hello">您好，{name}</Text>
        <Text className="home-greeting__unit">{unitName}</Text>
      </View>
      <Button
        size="small"
        type="primary"
        fill="outline"
        className="home-greeting__mode"
        aria-pressed={elder}
        onClick={() => setElder(!elder)}
      >
        {elder ? '标准模式' : '长辈模式'}
      </Button>
    </View>
  );
}
