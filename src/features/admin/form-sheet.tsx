import type { PropsWithChildren } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { FieldGroup } from '@/components/form';

/**
 * A form in a bottom sheet, for forms with picked dates (a date wheel opens above it, which a Dialog
 * cannot hold): the fields as one card, the whole form's error, and one full-width submit that shows busy.
 */
export function FormSheet({
  title,
  visible,
  submitText = '保存',
  busy,
  error,
  onSubmit,
  onClose,
  children,
}: PropsWithChildren<{
  title: string;
  visible: boolean;
  submitText?: string;
  busy: boolean;
  error?: string | null;
  onSubmit: () => void;
  onClose: () => void;
}>) {
  return (
    <Popup visible={visible} position="bottom" round closeable title={title} onClose={onClose}>
      <View className="form-sheet">
        <FieldGroup>{children}</FieldGroup>
        {error ? <Text className="form-sheet__error">{error}</Text> : null}
        <Button block type="primary" className="form-sheet__submit" loading={busy} onClick={onSubmit}>
          {submitText}
        </Button>
      </View>
    </Popup>
  );
}
