import { Text, View } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import type { z } from 'zod';
import { ATTEMPT_MODE_LABELS } from '@contract/labels';
import type { HistoryOutput } from '@contract/schemas/quiz';
import { whenText } from '@/lib/format';
import { passText, scoreText } from './format';

type Item = z.infer<typeof HistoryOutput>['items'][number];

/** Green only for a pass and red only for a fail; practice (daily, review, challenge) stays neutral. */
const scoreTone = (passed: boolean | null) =>
  passed === true ? 'history-row__score--pass' : passed === false ? 'history-row__score--fail' : '';

/** One handed-in attempt: what, when, and its score on one line each. */
export function HistoryRow({ item, onOpen }: { item: Item; onOpen?: () => void }) {
  const score = item.mode === 'challenge' ? `连对 ${item.score} 题` : scoreText(item.score, item.maxScore);
  return (
    <Cell
      data-testid="history-row"
      clickable={Boolean(onOpen)}
      onClick={onOpen}
      align="center"
      title={<Text className="history-row__title">{item.title}</Text>}
      description={`${ATTEMPT_MODE_LABELS[item.mode]} · ${whenText(item.submittedAt)}`}
      extra={
        <View className="history-row__extra">
          <Text className={`history-row__score ${scoreTone(item.passed)}`} data-testid="history-score">
            {score}
          </Text>
          {item.passed !== null ? <Text className="history-row__pass">{passText(item.passed)}</Text> : null}
        </View>
      }
    />
  );
}
