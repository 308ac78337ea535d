import { Text, View } from '@tarojs/components';

/** A full-screen line on the dark-red ground: loading, or why the 大屏 cannot show. */
export function WallMessage({ text, hint }: { text: string; hint?: string }) {
  return (
    <View className="wall wall--message" role="alert">
      <Text className="wall-message__text">{text}</Text>
      {hint ? <Text className="wall-message__hint">{hint}</Text> : null}
    </View>
  );
}
