import { Text, View } from '@tarojs/components';
import { CellGroup, Cell } from '@nutui/nutui-react-taro';
import { EmptyView, ErrorView, LoadingView } from '@/components/state-views';
import { agoText } from '@/lib/format';
import { useCall } from '@/lib/use-call';

/** My in-app notices, newest first: reminders, waitlist promotions, approval results. */
export function NoticesCard() {
  const { state, reload } = useCall('me.notices', {});
  if (state.status === 'loading') return <LoadingView label="正在读取通知…" />;
  if (state.status === 'error') return <ErrorView message={state.error.message} onRetry={reload} />;
  if (state.data.items.length === 0) return <EmptyView message="暂时没有通知" hint="活动提醒和审核结果会出现在这里" />;
  return (
    <CellGroup className="notices" data-testid="notices">
      {state.data.items.map((notice) => (
        <Cell
          key={notice.noticeId}
          title={
            <View className="notices__head">
              <Text className="notices__title">{notice.title}</Text>
              <Text className="notices__time">{agoText(notice.createdAt)}</Text>
            </View>
          }
          description={notice.body}
        />
      ))}
    </CellGroup>
  );
}
