import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';

/**
 * A Dialog whose confirm runs an action and closes only when it succeeds: a refused action keeps the
 * dialog open with the server's message, so nothing typed is lost. The kit shows the button busy meanwhile.
 */
export function FormDialog({
  title,
  visible,
  confirmText = '确定',
  danger = false,
  error,
  onConfirm,
  onClose,
  children,
}: PropsWithChildren<{
  title: string;
  visible: boolean;
  confirmText?: string;
  danger?: boolean;
  error?: string | null;
  /** Resolves true when done; false keeps the dialog open. */
  onConfirm: () => Promise<boolean>;
  onClose: () => void;
}>) {
  return (
    <Dialog
      visible={visible}
      title={title}
      className={danger ? 'form-dialog form-dialog--danger' : 'form-dialog'}
      confirmText={confirmText}
      cancelText="取消"
      onConfirm={async () => {
        if (!(await onConfirm())) throw new Error('kept open');
      }}
      onCancel={onClose}
      onClose={onClose}
    >
      <View className="form-dialog__body">
        {children}
        {error ? <Text className="form-dialog__error">{error}</Text> : null}
      </View>
    </Dialog>
  );
}
