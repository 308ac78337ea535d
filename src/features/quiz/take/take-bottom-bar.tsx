import { View } from '@tarojs/components';
import { Button, SafeArea } from '@nutui/nutui-react-taro';

/**
 * 上一题 / 下一题, and 交卷 on the last question, fixed at the bottom where a thumb reaches. The first
 * question has no 上一题 at all: a greyed outline read as a live button.
 */
export function TakeBottomBar({
  first,
  last,
  busy,
  note,
  onPrevious,
  onNext,
  onHandIn,
}: {
  first: boolean;
  last: boolean;
  busy: boolean;
  note: string;
  onPrevious: () => void;
  onNext: () => void;
  onHandIn: () => void;
}) {
  return (
    <>
      <View className="quiz-bottom-space" />
      <View className="quiz-bottom">
        <View className="quiz-bottom__note">{note}</View>
        <View className="quiz-bottom__row">
          {first ? null : (
            <Button type="primary" fill="outline" size="large" onClick={onPrevious}>
              上一题
            </Button>
          )}
          {last ? (
            <Button type="primary" size="large" loading={busy} disabled={busy} onClick={onHandIn}>
              {busy ? '正在交卷' : '交卷'}
            </Button>
          ) : (
            <Button type="primary" size="large" onClick={onNext}>
              下一题
            </Button>
          )}
        </View>
        <SafeArea position="bottom" />
      </View>
    </>
  );
}
