import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, TextArea } from '@nutui/nutui-react-taro';

/** As long as assistant.ask takes (types/schemas/assistant.ts; the schema itself would bring zod along). */
const QUESTION_MAX_LENGTH = 200;

/** Where the member writes a question in their own words; sending clears it once answered. */
export function AskBox({
  busy,
  error,
  remaining,
  onAsk,
}: {
  busy: boolean;
  error: string | null;
  remaining: number | null;
  onAsk: (question: string) => Promise<boolean>;
}) {
  const [question, setQuestion] = useState('');
  const send = async () => {
    if (await onAsk(question.trim())) setQuestion('');
  };
  return (
    <View className="card ask-box">
      <TextArea
        value={question}
        onChange={setQuestion}
        placeholder="用自己的话提问，例如：预备党员的预备期是多长？"
        maxLength={QUESTION_MAX_LENGTH}
        autoSize
        aria-label="问题"
        className="ask-box__input"
      />
      {error ? (
        <View role="alert">
          <Text className="ask-box__error">{error}</Text>
        </View>
      ) : null}
      <View className="ask-box__bar">
        <Text className="ask-box__left">{remaining === null ? '' : `今天还可以问 ${remaining} 次`}</Text>
        <Button
          type="primary"
          size="small"
          loading={busy}
          disabled={busy || question.trim().length < 2 || remaining === 0}
          onClick={send}
          className="ask-box__send"
        >
          提问
        </Button>
      </View>
    </View>
  );
}
