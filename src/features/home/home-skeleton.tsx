import { View } from '@tarojs/components';
import { Skeleton } from '@nutui/nutui-react-taro';

/** The home's shape while it loads: banner, entries, two to-do cards. */
export function HomeSkeleton() {
  return (
    <View aria-busy="true" aria-label="正在加载首页…" data-testid="home-loading">
      <View className="home-skeleton__banner" />
      <View className="card">
        <Skeleton rows={2} animated />
      </View>
      <View className="card">
        <Skeleton rows={3} animated />
      </View>
      <View className="card">
        <Skeleton rows={3} animated />
      </View>
    </View>
  );
}
