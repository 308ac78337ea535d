import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Popup, TextArea } from '@nutui/nutui-react-taro';

/**
 * A bottom sheet asking for a short text before an action (撤回's reason, an objection's handling): the
 * action runs only from its own button, so it doubles as the confirmation.
 */
export function ReasonSheet({
  visible,
  title,
  hint,
  placeholder,
  action,
  danger = false,
  onSubmit,
  onClose,
}: {
  visible: boolean;
  title: string;
  hint?: string;
  placeholder: string;
  action: string;
  danger?: boolean;
  /** Resolves to an error message to show, or null when done. */
  onSubmit: (text: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const failed = await onSubmit(text.trim());
    setBusy(false);
    setError(failed);
    if (!failed) setText('');
  };
  return (
    <Popup visible={visible} position="bottom" round closeable title={title} onClose={onClose}>
      <View className="publicity-sheet" data-testid="reason-sheet">
        {hint ? <Text className="publicity-row__meta">{hint}</Text> : null}
        <TextArea value={text} maxLength={300} showCount placeholder={placeholder} onChange={setText} />
        {error ? <View className="notice">{error}</View> : null}
        <Button
          block
          type={danger ? 'danger' : 'primary'}
          loading={busy}
          disabled={text.trim().length < 2}
          onClick={() => void submit()}
        >
          {action}
        </Button>
      </View>
    </Popup>
  );
}
