import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { clockTimeText, dateText } from '@/lib/format';

/** The header's date and time, turning over on the minute. */
export function WallClock() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <View className="wall-clock">
      <Text className="wall-clock__time">{clockTimeText(now)}</Text>
      <Text className="wall-clock__date">{dateText(now)}</Text>
    </View>
  );
}
