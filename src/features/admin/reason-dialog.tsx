import { useState } from 'react';
import { Text } from '@tarojs/components';
import { TextArea } from '@nutui/nutui-react-taro';
import { FormDialog } from './form-dialog';

/**
 * Confirms an action that needs a reason (驳回, 拒绝, 转出): the reason is required, up to `maxLength`,
 * and the dialog stays open with the server's message if the action is refused.
 */
export function ReasonDialog({
  title,
  visible,
  prompt,
  placeholder = '请写明原因，对方会看到',
  confirmText = '确定',
  maxLength = 200,
  optional = false,
  onSubmit,
  onClose,
}: {
  title: string;
  visible: boolean;
  prompt?: string;
  placeholder?: string;
  confirmText?: string;
  maxLength?: number;
  /** The reason may be left empty (e.g. a comment on an approval). */
  optional?: boolean;
  /** Resolves null when done, or the message to show. */
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  return (
    <FormDialog
      title={title}
      visible={visible}
      confirmText={confirmText}
      danger
      error={error}
      onClose={close}
      onConfirm={async () => {
        if (!optional && reason.trim().length === 0) {
          setError('请填写原因');
          return false;
        }
        const refused = await onSubmit(reason.trim());
        setError(refused);
        if (refused === null) setReason('');
        return refused === null;
      }}
    >
      {prompt ? <Text className="form-dialog__prompt">{prompt}</Text> : null}
      <TextArea
        className="form-dialog__reason"
        value={reason}
        onChange={setReason}
        placeholder={placeholder}
        maxLength={maxLength}
        showCount
        aria-label="原因"
      />
    </FormDialog>
  );
}
