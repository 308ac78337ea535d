import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Dialog, TextArea } from '@nutui/nutui-react-taro';

/**
 * Hiding a post or comment: the admin writes why (members see only that it was hidden; the reason goes to
 * the audit log). The server's message shows under the reason if it is refused.
 */
export function ReasonDialog({
  visible,
  title,
  error,
  onConfirm,
  onCancel,
}: {
  visible: boolean;
  title: string;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const close = () => {
    setReason('');
    onCancel();
  };
  return (
    <Dialog
      visible={visible}
      title={title}
      confirmText="确认隐藏"
      cancelText="取消"
      disableConfirmButton={reason.trim().length < 2}
      onConfirm={() => onConfirm(reason.trim())}
      onCancel={close}
      content={
        <View>
          <Text className="forum-meta">隐藏后，党员只能看到“该内容已被管理员隐藏”。</Text>
          <TextArea
            className="forum-dialog__area"
            value={reason}
            maxLength={200}
            showCount
            placeholder="请写明隐藏原因（至少 2 个字）"
            onChange={setReason}
          />
          {error ? <Text className="field__error">{error}</Text> : null}
        </View>
      }
    />
  );
}
