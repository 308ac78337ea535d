import { Text, View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';

/** The roster as the numbered 接龙 text members paste into the group chat; copyable. */
export function RosterPopup({
  text,
  onCopy,
  onClose,
}: {
  text: string | null;
  onCopy: () => void;
  onClose: () => void;
}) {
  return (
    <Popup visible={text !== null} position="bottom" round closeable title="报名名单" onClose={onClose}>
      <View className="sheet">
        <Text className="sheet__text" userSelect>
          {text}
        </Text>
        <Button block type="primary" onClick={onCopy}>
          复制接龙
        </Button>
      </View>
    </Popup>
  );
}
