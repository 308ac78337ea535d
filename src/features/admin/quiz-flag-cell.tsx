import { Text, View } from '@tarojs/components';
import { Button, Cell, Tag } from '@nutui/nutui-react-taro';
import { ATTEMPT_MODE_LABELS } from '@contract/labels';
import type { RouteOutput } from '@contract/contract';
import { secondsText } from '@/features/quiz/format';
import { shortDateText } from '@/lib/format';

export type FlaggedAttempt = RouteOutput<'admin.quizFlags'>['items'][number];

/** One attempt answered too fast: who, which quiz, the time against the reading time, and the decision. */
export function QuizFlagCell({
  flag,
  onConfirm,
  onVoid,
}: {
  flag: FlaggedAttempt;
  onConfirm?: () => void;
  onVoid?: () => void;
}) {
  return (
    <Cell
      className="review-cell"
      title={
        <View className="review-cell__main">
          <View className="review-cell__line">
            <Text className="review-cell__title">{flag.memberName}</Text>
            <Tag type="danger" plain>
              {flag.percent} 分
            </Tag>
          </View>
          <Text className="review-cell__meta">
            {flag.unitName} · {ATTEMPT_MODE_LABELS[flag.mode]}「{flag.title}」· {shortDateText(flag.submittedAt)}
          </Text>
          <Text className="review-cell__body">
            用时 {secondsText(flag.seconds)}，正常阅读至少需要 {secondsText(Math.ceil(flag.neededSeconds))}
          </Text>
          {flag.reason ? <Text className="review-cell__meta">理由：{flag.reason}</Text> : null}
          {onConfirm && onVoid ? (
            <View className="review-cell__actions">
              <Button size="small" fill="outline" onClick={onVoid}>
                判为无效
              </Button>
              <Button size="small" type="primary" onClick={onConfirm}>
                确认有效
              </Button>
            </View>
          ) : null}
        </View>
      }
    />
  );
}
