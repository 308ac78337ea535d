import dayjs from 'dayjs';
import { Text, View } from '@tarojs/components';
import { useCall } from '@/lib/use-call';

/** The latest in-app notices: reminders, waitlist promotions, approval results. Quiet when there are none. */
export function NoticesCard() {
  const { state } = useCall('me.notices', {});
  if (state.status !== 'ready' || state.data.items.length === 0) return null;
  return (
    <View className="card notices">
      <View className="members__name">消息</View>
      {state.data.items.slice(0, 3).map((notice) => (
        <View className="row" key={notice.noticeId}>
          <Text>
            <Text className="members__name">{notice.title}</Text>：{notice.body}
          </Text>
          <Text className="muted">{dayjs(notice.createdAt).format('M/D')}</Text>
        </View>
      ))}
    </View>
  );
}
