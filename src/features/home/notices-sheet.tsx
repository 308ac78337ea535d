import { View } from '@tarojs/components';
import { Popup } from '@nutui/nutui-react-taro';
import { NoticesCard } from '@/features/member/notices-card';

/** The notices inbox as a bottom sheet. */
export default function NoticesSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Popup visible={open} position="bottom" round closeable title="通知" onClose={onClose}>
      <View className="home-inbox">{open ? <NoticesCard /> : null}</View>
    </Popup>
  );
}
