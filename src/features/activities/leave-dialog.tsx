import { Text, View } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';

/** 请假 needs a reason the organiser will read; the dialog asks for it. */
export function LeaveDialog({
  visible,
  reason,
  error,
  onReason,
  onConfirm,
  onCancel,
}: {
  visible: boolean;
  reason: string;
  error?: string;
  onReason: (reason: string) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Dialog
      visible={visible}
      title="请假"
      confirmText="提交请假"
      cancelText="取消"
      disableConfirmButton={reason.trim().length < 2}
      onConfirm={onConfirm}
      onCancel={onCancel}
      content={
        <View>
          <TextArea
            value={reason}
            placeholder="请写明请假原因（至少 2 个字）"
            maxLength={100}
            showCount
            onChange={onReason}
          />
          {error ? <Text className="field__error">{error}</Text> : null}
        </View>
      }
    />
  );
}
