import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { Answer, PlayQuestion } from '@contract/schemas/quiz';
import { answerText, challengeOutcomeText } from '@/features/quiz/format';
import { QuestionView } from '@/features/quiz/question-view';
import { openPage } from '@/lib/pages';

/** The end of a run: how far it went, praise only for a new best, and the question that ended it. */
export function ChallengeFinish({
  streak,
  newBest,
  lastQuestion,
  lastAnswer,
  reveal,
  onAgain,
}: {
  streak: number;
  newBest: boolean;
  lastQuestion: PlayQuestion | null;
  lastAnswer: Answer | undefined;
  reveal: { answer: Answer; explanation: string } | null;
  onAgain: () => void;
}) {
  return (
    <View>
      <View className="card" data-testid="challenge-finish">
        <View className="result-score">
          <Text className="result-score__label">本次连续答对</Text>
          <Text className="result-score__value">{streak} 题</Text>
          {newBest && streak > 0 ? <Tag type="success">新纪录</Tag> : null}
          <Text className="result-score__label" data-testid="challenge-outcome">
            {challengeOutcomeText({ streak, newBest })}
          </Text>
        </View>
        <View className="quiz-card__actions">
          <Button type="primary" fill="outline" onClick={() => openPage('quizBoard', { board: 'challenge' })}>
            看排行榜
          </Button>
          <Button type="primary" onClick={onAgain}>
            再挑战一次
          </Button>
        </View>
      </View>
      {lastQuestion && reveal ? (
        <View className="card">
          <View className="quiz-card__head">
            <Text className="quiz-card__title">答错的这一题</Text>
            <Tag type="danger">错误</Tag>
          </View>
          <QuestionView question={lastQuestion} answer={lastAnswer} reveal={reveal.answer} />
          <View className="result-item__right">正确答案：{answerText(reveal.answer)}</View>
          {reveal.explanation ? <View className="result-item__explain">解析：{reveal.explanation}</View> : null}
        </View>
      ) : null}
    </View>
  );
}
