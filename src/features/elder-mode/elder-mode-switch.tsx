import { Switch, Text, View } from '@tarojs/components';
import { useElderMode } from './use-elder-mode';

export function ElderModeSwitch() {
  const [enabled, setEnabled] = useElderMode();
  return (
    <View className="card elder-switch">
      <View>
        <Text className="elder-switch__label">长辈模式</Text>
        <View className="muted">字更大，对比更强</View>
      </View>
      <Switch
        className="elder-switch__control"
        checked={enabled}
        color="#c8161d"
        aria-label="长辈模式"
        onChange={(event) => setEnabled(event.detail.value)}
      />
    </View>
  );
}
