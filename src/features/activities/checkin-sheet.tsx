import { Text, View } from '@tarojs/components';
import { Popup } from '@nutui/nutui-react-taro';
import { type CheckedIn, CheckinCodeForm } from './checkin-code-form';

/** 签到 from the activity: the 6-digit code, typed large, in a sheet over the page. */
export function CheckinSheet({
  activityId,
  visible,
  onDone,
  onClose,
}: {
  activityId: string;
  visible: boolean;
  onDone: (done: CheckedIn) => void;
  onClose: () => void;
}) {
  return (
    <Popup visible={visible} position="bottom" round closeable title="现场签到" onClose={onClose}>
      <View className="sheet">
        <Text className="sheet__hint">请输入组织者屏幕上二维码旁的 6 位数字，数字每隔几秒更新。</Text>
        <CheckinCodeForm activityId={activityId} onDone={onDone} />
      </View>
    </Popup>
  );
}
